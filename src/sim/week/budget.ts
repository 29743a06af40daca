/**
 * Hours and money. Every lever costs hours (parameters.HOURS); demanding more than the scenario's
 * weekly hours is not refused: the hour-based work is carried out at budget ÷ demand and a burnout
 * stock builds up that lowers it further. Money (ads, referral rewards, UGC prizes) is scaled
 * down to the weekly money budget.
 */
import * as P from "../parameters";
import { sat } from "../math";
import type { WeekContext } from "./context";
import { deliver } from "./delivery";
import { toggleAlert } from "./draws";
import { leverHours } from "../cost";

/** This week's hours, burnout, money and what the levers deliver. */
export function budgetWeek(w: WeekContext): void {
  const { levers, sc, plat, fx, s, prev, events, week } = w;
  const H = P.HOURS;
  const groups = plat.groupSize > 0 ? Math.max(1, Math.ceil(w.membersPrev / plat.groupSize)) : 1;
  w.groups = groups;
  const inTail =
    fx.transformWeeks > 0 &&
    w.transformed === "none" &&
    fx.transformWeeks > P.TRANSFORM.boostWeeks - 6;
  const hoursUsed =
    leverHours(levers, sc, w.membersPrev, prev.lastJoins, week === 1) +
    (w.crisisNow ? H.crisisHandling : 0) +
    H.adminBase +
    H.adminPerMember * w.membersPrev +
    (groups - 1) * H.perExtraGroup +
    (w.transformed !== "none" ? H.transformWeek : inTail ? H.transformTail : 0);
  w.hoursUsed = hoursUsed;
  const available = sc.budget.hoursPerWeek * (1 - s.teamLoss);
  w.hoursAvailable = available;
  const load = hoursUsed / available;
  // A stock that builds with overload and drains every week: a steady 25% overload settles
  // near 0.5, twice the hours near its maximum.
  s.burnout = Math.min(
    P.BURNOUT.max,
    s.burnout * P.BURNOUT.recover + Math.max(0, load - 1) * P.BURNOUT.build,
  );
  s.teamLoss =
    s.burnout > P.TEAM.from
      ? Math.min(P.TEAM.maxLoss, s.teamLoss + (s.burnout - P.TEAM.from) * P.TEAM.quit)
      : Math.max(0, s.teamLoss - P.TEAM.recover);
  const exec = Math.min(1, available / hoursUsed) / (1 + s.burnout);
  toggleAlert(s, events, week, "burnout", load > P.BURNOUT.alertLoad);
  toggleAlert(s, events, week, "team-shrinking", s.teamLoss > P.TEAM.alertLoss);

  const eco = sc.economics;
  w.rewardPerJoin = eco.referralReward * P.REFERRAL[levers.referral].rewardShare;
  w.ugcMoney = levers.ugcRewards * eco.ugcPrize * w.contributorsPrev;
  const wanted = levers.adBudget + prev.lastReferralJoins * w.rewardPerJoin + w.ugcMoney;
  const funded = wanted > 0 ? Math.min(1, sc.budget.moneyPerWeek / wanted) : 1;
  toggleAlert(s, events, week, "money-short", funded < 0.99);
  w.adSpend = levers.adBudget * funded;

  const themeBoost = w.boosting === "theme" ? P.TRANSFORM.theme.content : 0;
  w.d = deliver(levers, sc, exec, funded, themeBoost);
  w.gravity = sat(w.contributorsPrev, P.GRAVITY_HALF);
}
