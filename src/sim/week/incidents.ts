/**
 * Spam that gets through: attempts grow with the square root of members, plus fake accounts and
 * spam waves; moderation hours (against what the size needs) and rules decide how many pass.
 * This week's spam weighs on next week's newcomers and regulars (spamLoad).
 */
import * as P from "../parameters";
import { memberCount } from "../members";
import { binomial } from "../rng";
import type { WeekContext } from "./context";

export function incidents(w: WeekContext): void {
  const { s, plat, levers, d } = w;
  const membersNow = memberCount(s);
  w.membersNow = membersNow;
  const attempts = Math.round(
    plat.spam * (P.SPAM.base + P.SPAM.perSqrtMember * Math.sqrt(membersNow)) +
      (w.fakes + w.seeds.fakes) * P.SPAM_PER_FAKE +
      w.spamWaveAttempts,
  );
  const modHours = levers.moderationHours * d.exec;
  const need = P.MODERATION_NEED.base + membersNow / P.MODERATION_NEED.perMembers;
  const pass = (1 - modHours / (modHours + need)) * P.RULES_SPAM[levers.rules];
  w.spamIncidents = binomial(w.re, attempts, pass);
  s.spamLoad = w.spamIncidents / (membersNow / 100 + P.SPAM_LOAD.offset);
}
