/**
 * Every lever's global default, apart from the lever specs (levers.ts) so the engine core can
 * use them without bundling the specs' texts. A scenario's own levers go on top.
 */
import type { Levers } from "./types";

export const LEVER_DEFAULTS: Readonly<Levers> = {
  postsPerDay: 2,
  contentQuality: 0.5,
  ugcRewards: 0.2,
  eventsPerWeek: 1,
  replyCoverage: 0.5,
  rules: "basic",
  moderationHours: 2,
  referral: "off",
  antiCheat: false,
  adBudget: 0,
  segmentCare: 0.2,
  monetization: 0,
  crisisResponseMinutes: 240,
  seedInvites: 0,
  seedFit: 0.5,
  transform: "none",
};

/** Every lever at its global default. */
export function defaultLevers(): Levers {
  return { ...LEVER_DEFAULTS };
}
