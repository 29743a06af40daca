/** What the levers deliver in a week once hours, burnout and money are accounted for. */
import * as P from "../parameters";
import { sat } from "../math";
import type { Levers, Scenario } from "../types";

export interface Delivery {
  /** Share of the hour-based work carried out (budget ÷ demand, lowered by burnout). */
  exec: number;
  quality: number;
  /** Content value 0–1. */
  cv: number;
  /** Events' pull 0–1. */
  evPull: number;
  ugcEff: number;
  careEff: number;
  replyEff: number;
  /** Share of the money wanted that the budget covers. */
  funded: number;
}

export const NO_DELIVERY: Delivery = {
  exec: 1,
  quality: 0,
  cv: 0,
  evPull: 0,
  ugcEff: 0,
  careEff: 0,
  replyEff: 0,
  funded: 1,
};

/** Holiday and platform conditions on visits this week. */
export interface Conditions {
  springDau: number;
  springWau: number;
  policyDau: number;
}

export function deliver(
  levers: Levers,
  scenario: Scenario,
  exec: number,
  funded: number,
  themeBoost: number,
): Delivery {
  const typ = P.TYPES[scenario.communityType];
  const quality = levers.contentQuality * exec;
  // An overloaded team does not publish what it planned: cadence falls with the work carried out.
  const contentPull = sat(levers.postsPerDay * exec, P.CONTENT_HALF);
  const cv = Math.min(
    1,
    contentPull * (P.CONTENT_QUALITY.floor + P.CONTENT_QUALITY.weight * quality) * typ.content +
      themeBoost,
  );
  const evPull = Math.min(1, sat(levers.eventsPerWeek, P.EVENTS_HALF) * exec * typ.events);
  const ugcEff = Math.min(
    1,
    levers.ugcRewards * (0.5 + 0.5 * funded) * typ.ugc * (0.5 + 0.5 * exec),
  );
  return {
    exec,
    quality,
    cv,
    evPull,
    ugcEff,
    careEff: levers.segmentCare * exec,
    replyEff: levers.replyCoverage * exec,
    funded,
  };
}
