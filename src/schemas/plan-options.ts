/**
 * The choices a plan offers, as plain constants: no zod here, so that code which only needs the
 * lists (the rubric checks in a module page's written assignment) does not load the schemas.
 * src/schemas/plan.ts builds the plan's schema from them and re-exports them.
 */
import { PLATFORMS as ENGINE_PLATFORMS, STAGES } from "../vocabulary/community";
import { FINAL_KEYS, type FinalKey } from "../vocabulary/metrics";

export { STAGES };

/** Days of the content calendar, Monday first (0 = Monday … 6 = Sunday). */
export const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const WEEKDAYS = [0, 1, 2, 3, 4] as const;

/**
 * What the community is for (module 02, seed 000): the three goals an organisation sets, and
 * mutual help, for volunteer and support groups that serve their members and no organisation.
 */
export const GOALS = ["industry-exchange", "product-users", "brand-reach", "mutual-help"] as const;
/** The four community types of module 01 (seed 004). */
export const CATEGORIES = ["geographic", "interest", "professional", "brand-fan"] as const;
/** Learning, resource or service community (module 02, seed 001). */
export const MODELS = ["learning", "resource", "service"] as const;
/** The four value elements a community can offer (seed 001). */
export const VALUES = ["knowledge", "resources", "emotional", "interest"] as const;
const [WECHAT, ...OTHER_PLATFORMS] = ENGINE_PLATFORMS;
/** The platforms the engine models, with WeCom (企业微信) beside WeChat, and any other. */
export const PLATFORMS = [WECHAT, "wecom", ...OTHER_PLATFORMS, "other"] as const;
export const FORMATS = ["post", "article", "video", "live", "image", "poll"] as const;
export const EVENT_KINDS = [
  "topic",
  "salon",
  "qa-contest",
  "check-in",
  "resource-matching",
  "meetup",
  "other",
] as const;
export const CADENCES = ["daily", "weekly", "biweekly", "monthly"] as const;
export const REFERRAL_MODES = ["off", "tiered", "per-head"] as const;
export const MONETIZATION_MODELS = [
  "none",
  "paid-knowledge",
  "membership",
  "product-sales",
  "advertising",
  "consulting",
] as const;
/** How much of members' attention goes to selling once monetization starts. */
export const INTENSITIES = ["light", "moderate", "heavy"] as const;
export const REVIEW_ROLES = ["ops-lead", "brand-manager", "legal", "other"] as const;
export const TEAM_ROLES = [
  "community-manager",
  "content-editor",
  "data-analyst",
  "moderator",
  "volunteer",
  "founder",
  "other",
] as const;
export const SOP_KINDS = ["publishing", "crisis", "onboarding", "events", "other"] as const;
/**
 * KPI metrics: the growth sandbox's weekly outputs (so a KPI can become a goal of a run), plus
 * `other` for what the sandbox does not model (a KPI the learner measures outside it).
 */
type KpiMetric = Exclude<FinalKey, "spent" | "hoursUsed"> | "other";
export const KPI_METRICS = [
  ...FINAL_KEYS.filter((k) => k !== "spent" && k !== "hoursUsed"),
  "other",
] as readonly KpiMetric[] as readonly [KpiMetric, ...KpiMetric[]];
/** at-least / at-most a level by the deadline, or grow by target % a month until the deadline. */
export const KPI_KINDS = ["at-least", "at-most", "growth"] as const;

/**
 * The plan fields a module's written assignment can ask for (module frontmatter `written.fields`);
 * the written-assignment island renders each with the planner's own field.
 */
export const WRITTEN_FIELDS = [
  "rules.threshold",
  "rules.speaking",
  "rules.banned",
  "rules.rewardsPenalties",
  "coldStart.invitation",
  "coldStart.firstWeek",
  "referral.mode",
  "referral.tiers",
  "referral.antiCheat",
  "referral.antiCheatMeasures",
  "risk.holdingStatement",
  "risk.timeline",
] as const;
export type WrittenField = (typeof WRITTEN_FIELDS)[number];
