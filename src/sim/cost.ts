/**
 * The cost table: the hours a week's levers ask for. The engine charges it every week
 * (week/budget.ts); the planner shows it, part by part, before a plan is run.
 */
import * as P from "./parameters";
import type { Levers, Scenario } from "./types";

/** The levers that cost hours, each with its share of a week's hours. */
export type LeverHours = Partial<Record<keyof Levers, number>>;

/** The one-off hours of inviting the seed members (week 1). */
export function seedHours(levers: Levers): number {
  return (
    levers.seedInvites * (P.SEEDS.hoursBase + P.SEEDS.hoursFit * levers.seedFit * levers.seedFit)
  );
}

/**
 * The hours each lever asks for this week, given the members and last week's joins; `opening`
 * adds the seed invitations (week 1). Levers that cost nothing are left out.
 */
export function leverHourParts(
  levers: Levers,
  scenario: Scenario,
  members: number,
  lastJoins: number,
  opening = false,
): LeverHours {
  const H = P.HOURS;
  const typ = P.TYPES[scenario.communityType];
  const parts: LeverHours = {
    seedInvites: opening ? seedHours(levers) : 0,
    postsPerDay: levers.postsPerDay * 7 * (H.postBase + H.postQuality * levers.contentQuality),
    ugcRewards:
      levers.ugcRewards > 0 ? levers.ugcRewards * (H.ugcBase + H.ugcPerMember * members) : 0,
    eventsPerWeek: levers.eventsPerWeek * H.perEvent * typ.eventHours,
    replyCoverage: levers.replyCoverage * (H.replyBase + H.replyPerJoin * lastJoins),
    rules: H.rules[levers.rules] + (levers.rules === "strict" ? H.strictPerMember * members : 0),
    moderationHours: levers.moderationHours,
    referral: P.REFERRAL[levers.referral].hours,
    antiCheat: levers.antiCheat && levers.referral !== "off" ? P.ANTI_CHEAT_HOURS : 0,
    adBudget:
      levers.adBudget > 0 ? P.AD_HOURS_BASE + (P.AD_HOURS_PER_5000 * levers.adBudget) / 5000 : 0,
    segmentCare: levers.segmentCare * (H.careBase + H.carePerMember * members),
    monetization:
      levers.monetization > 0
        ? levers.monetization * (H.monetizationBase + H.monetizationPerMember * members)
        : 0,
    crisisResponseMinutes: Math.min(
      H.crisisStandbyMax,
      H.crisisStandbyK / levers.crisisResponseMinutes,
    ),
  };
  for (const name of Object.keys(parts) as (keyof Levers)[]) if (!parts[name]) delete parts[name];
  return parts;
}

/** The hours a week's levers ask for: the sum of `leverHourParts`. */
export function leverHours(
  levers: Levers,
  scenario: Scenario,
  members: number,
  lastJoins: number,
  opening = false,
): number {
  const parts = leverHourParts(levers, scenario, members, lastJoins, opening);
  let total = 0;
  for (const hours of Object.values(parts)) total += hours;
  return total;
}
