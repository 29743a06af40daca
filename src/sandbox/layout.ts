/**
 * How the sandbox lays out the engine's levers: the group each sits in on the full page (in the
 * order the course teaches them), the order of the controls, and each number lever's slider step.
 * The engine's lever list (LEVERS) is data only: ranges, defaults and the module that teaches it.
 */
import type { Levers } from "../sim/index";

export type LeverGroup = "content" | "engagement" | "growth" | "care" | "money" | "risk";

/** The groups of the full sandbox's lever panel, in order (labels `sandbox.group.<group>`). */
export const GROUPS: readonly LeverGroup[] = [
  "content",
  "engagement",
  "growth",
  "care",
  "money",
  "risk",
];

export interface LeverControl {
  name: keyof Levers;
  group: LeverGroup;
  /** Number levers: the slider's step (values between steps are still valid levers). */
  step?: number;
}

/** Every lever's control, in the order the sandbox shows them within a group and on a module's compact sandbox. */
export const LEVER_CONTROLS: readonly LeverControl[] = [
  { name: "postsPerDay", group: "content", step: 0.5 },
  { name: "contentQuality", group: "content", step: 0.05 },
  { name: "ugcRewards", group: "engagement", step: 0.05 },
  { name: "eventsPerWeek", group: "engagement", step: 1 },
  { name: "replyCoverage", group: "care", step: 0.05 },
  { name: "rules", group: "risk" },
  { name: "moderationHours", group: "risk", step: 1 },
  { name: "referral", group: "growth" },
  { name: "antiCheat", group: "growth" },
  { name: "adBudget", group: "money", step: 100 },
  { name: "segmentCare", group: "care", step: 0.05 },
  { name: "monetization", group: "money", step: 0.05 },
  { name: "crisisResponseMinutes", group: "risk", step: 5 },
  { name: "seedInvites", group: "growth", step: 5 },
  { name: "seedFit", group: "growth", step: 0.05 },
  { name: "transform", group: "engagement" },
];

/** A number lever's slider step (1 for a lever the layout gives none). */
export function leverStep(name: keyof Levers): number {
  return LEVER_CONTROLS.find((c) => c.name === name)?.step ?? 1;
}
