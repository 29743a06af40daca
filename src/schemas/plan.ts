import { z } from "astro/zod";
import { SlugSchema } from "./common";

/**
 * A community plan as the planner edits, stores, exports and imports it. One section per part of
 * a plan as modules 02–13 teach it. Every field has a default, so `PlanSchema.parse(header)` is a
 * blank plan and an old or partial file fills in what it lacks instead of failing.
 *
 * Empty text is "", an unknown number is null: the rubric checks tell the learner what is missing.
 */

export const PLAN_FORMAT = "community-ops-lab/plan";
export const PLAN_VERSION = 1;

const text = (max = 4000) => z.string().max(max).default("");
const count = (max: number) => z.number().int().min(0).max(max).nullable().default(null);
/** Stable id of a row in a list, so React-style keys and field focus survive reordering. */
const RowIdSchema = z.string().min(1).max(64);

/** Days of the content calendar, Monday first (0 = Monday … 6 = Sunday). */
export const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const WEEKDAYS = [0, 1, 2, 3, 4] as const;

/** What the community is for the organisation (module 02, seed 000). */
export const GOALS = ["industry-exchange", "product-users", "brand-reach"] as const;
/** The four community types of module 01 (seed 004). */
export const CATEGORIES = ["geographic", "interest", "professional", "brand-fan"] as const;
/** Learning, resource or service community (module 02, seed 001). */
export const MODELS = ["learning", "resource", "service"] as const;
/** The four value elements a community can offer (seed 001). */
export const VALUES = ["knowledge", "resources", "emotional", "interest"] as const;
export const PLATFORMS = ["wechat", "wecom", "discord", "zsxq", "xiaohongshu", "other"] as const;
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
export const STAGES = ["start", "growth", "maturity", "decline"] as const;
/**
 * KPI metrics: the growth sandbox's weekly outputs (so a KPI can become a goal of a run), plus
 * `other` for what the sandbox does not model (a KPI the learner measures outside it).
 */
export const KPI_METRICS = [
  "members",
  "dau",
  "wau",
  "mau",
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
  "nps",
  "revenue",
  "spamIncidents",
  "other",
] as const;
/** at-least / at-most a level by the deadline, or grow by target % a month until the deadline. */
export const KPI_KINDS = ["at-least", "at-most", "growth"] as const;

/** "HH:MM", 24-hour clock. */
const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:MM");

export const PersonaSchema = z.object({
  id: RowIdSchema,
  /** Who they are: age, job, situation. */
  who: text(),
  /** What they want from the community. */
  needs: text(),
  /** What hurts today, the problem the community solves. */
  pains: text(),
  /** Where they gather now (platforms, places): where seed users and the carrier are found. */
  whereNow: text(),
});
export type Persona = z.infer<typeof PersonaSchema>;

export const CalendarSlotSchema = z.object({
  id: RowIdSchema,
  /** 0 = Monday … 6 = Sunday. */
  day: z.number().int().min(0).max(6),
  time: TimeSchema,
  theme: text(200),
  format: z.enum(FORMATS).default("post"),
  /** Characters for posts and articles, minutes for video and live; null for image and poll. */
  length: z.number().min(0).max(100000).nullable().default(null),
});
export type CalendarSlot = z.infer<typeof CalendarSlotSchema>;

export const EventSchema = z.object({
  id: RowIdSchema,
  name: text(200),
  kind: z.enum(EVENT_KINDS).default("topic"),
  cadence: z.enum(CADENCES).default("weekly"),
  /** What it is for and how it runs. */
  description: text(),
  /** How the event is reviewed afterwards and its life extended (replay, notes). */
  followUp: text(),
});
export type PlanEvent = z.infer<typeof EventSchema>;

const NamedRuleSchema = z.object({ id: RowIdSchema, name: text(200), detail: text(1000) });

export const ReferralTierSchema = z.object({
  id: RowIdSchema,
  invites: z.number().int().min(1).max(100000).nullable().default(null),
  reward: text(300),
});

export const ReviewStepSchema = z.object({
  id: RowIdSchema,
  role: z.enum(REVIEW_ROLES).default("ops-lead"),
  /** Who holds the role in this community. */
  who: text(200),
});

export const EscalationLevelSchema = z.object({
  id: RowIdSchema,
  /** What puts an incident at this level. */
  trigger: text(500),
  /** What happens, and who acts. */
  action: text(500),
});

export const KpiSchema = z.object({
  id: RowIdSchema,
  metric: z.enum(KPI_METRICS).default("members"),
  /** The metric's name when `metric` is "other". */
  customName: text(200),
  kind: z.enum(KPI_KINDS).default("at-least"),
  /**
   * The number: a count for members/DAU/WAU/MAU/spam incidents, a percentage for stickiness,
   * retention and contributor share (25 means 25%), an NPS score (−100…100), money for revenue;
   * for `growth`, percent a month.
   */
  target: z.number().min(-1000000000).max(1000000000).nullable().default(null),
  /** Week of the plan by which the target must be met. */
  deadlineWeek: count(104),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const TeamMemberSchema = z.object({
  id: RowIdSchema,
  role: z.enum(TEAM_ROLES).default("community-manager"),
  name: text(200),
  hoursPerWeek: z.number().min(0).max(168).nullable().default(null),
});

export const SopSchema = z.object({
  id: RowIdSchema,
  kind: z.enum(SOP_KINDS).default("publishing"),
  name: text(200),
  steps: text(),
});

export const PlanSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  /** Stable id; a re-imported plan keeps it unless a plan with that id is already stored. */
  id: RowIdSchema,
  /** The plan's own name, shown in the plan list. */
  name: z.string().min(1).max(200),
  /**
   * The case community (sandbox scenario id) the plan is written for; "Run this plan" opens
   * that scenario.
   */
  scenario: SlugSchema.default("coffee-members"),
  /** ISO timestamps. */
  createdAt: z.string().max(40).default(""),
  updatedAt: z.string().max(40).default(""),
  positioning: z
    .object({
      goal: z.enum(GOALS).nullable().default(null),
      /** One line: who it is for and what they get. */
      line: text(300),
      slogan: text(200),
      /** How many weeks the plan covers; the sandbox runs this long. */
      horizonWeeks: z.number().int().min(8).max(104).default(52),
    })
    .default({}),
  personas: z.array(PersonaSchema).max(20).default([]),
  value: z
    .object({
      knowledge: text(),
      resources: text(),
      emotional: text(),
      interest: text(),
      /** The one element the community leads with (focus beats trying to offer everything). */
      core: z.enum(VALUES).nullable().default(null),
    })
    .default({}),
  communityType: z
    .object({
      category: z.enum(CATEGORIES).nullable().default(null),
      model: z.enum(MODELS).nullable().default(null),
    })
    .default({}),
  platform: z
    .object({
      platform: z.enum(PLATFORMS).nullable().default(null),
      /** Name of the carrier when `platform` is "other". */
      otherName: text(200),
      why: text(),
    })
    .default({}),
  rules: z
    .object({
      threshold: text(),
      speaking: text(),
      banned: text(),
      rewardsPenalties: text(),
      /** basic: reminders first, removal on repeat; strict: removal on the first serious breach. */
      enforcement: z.enum(["basic", "strict"]).default("basic"),
    })
    .default({}),
  coldStart: z
    .object({
      sources: text(),
      seedCount: count(100000),
      invitation: text(),
      iceBreakers: text(),
      /** Every newcomer is welcomed and their first post answered within a day. */
      answerFirstPosts: z.boolean().default(false),
    })
    .default({}),
  calendar: z
    .object({
      slots: z.array(CalendarSlotSchema).max(200).default([]),
      /** Members' peak hours, when key content goes out. */
      peakFrom: TimeSchema.nullable().default(null),
      peakTo: TimeSchema.nullable().default(null),
      /** How members co-create content and what they get for it. */
      ugc: text(),
    })
    .default({}),
  contentReview: z
    .object({
      /** Review levels in the order content passes them. */
      steps: z.array(ReviewStepSchema).max(10).default([]),
    })
    .default({}),
  events: z.array(EventSchema).max(50).default([]),
  feedback: z
    .object({
      channel: text(),
      /** Hours within which members' feedback gets an answer. */
      responseHours: z.number().min(0).max(10000).nullable().default(null),
    })
    .default({}),
  segmentation: z
    .object({
      tiers: z.array(NamedRuleSchema).max(20).default([]),
      points: z.array(NamedRuleSchema).max(50).default([]),
      badges: z.array(NamedRuleSchema).max(50).default([]),
      coreRoles: z.array(NamedRuleSchema).max(20).default([]),
      /** How dormant members are woken. */
      wakeUp: text(),
    })
    .default({}),
  referral: z
    .object({
      mode: z.enum(REFERRAL_MODES).default("off"),
      tiers: z.array(ReferralTierSchema).max(10).default([]),
      antiCheat: z.boolean().default(false),
      antiCheatMeasures: text(),
      /** Week referral starts: after the community has a base and a good name. */
      fromWeek: count(104),
      /** Paid acquisition per week, in the scenario's currency. */
      adBudgetPerWeek: z.number().min(0).max(1000000).nullable().default(null),
    })
    .default({}),
  monetization: z
    .object({
      model: z.enum(MONETIZATION_MODELS).default("none"),
      price: z.number().min(0).max(10000000).nullable().default(null),
      /** What the price buys: "per year", "per course", … */
      priceNote: text(200),
      fromWeek: count(104),
      intensity: z.enum(INTENSITIES).default("light"),
      /** The value members must have received before anything is sold. */
      valueFirst: text(),
    })
    .default({}),
  risk: z
    .object({
      /** Hours a day someone watches for negative opinion (24 = around the clock). */
      monitoringHours: z.number().min(0).max(24).nullable().default(null),
      monitoringWho: text(),
      sensitiveAutomated: z.boolean().default(false),
      sensitiveHuman: z.boolean().default(false),
      sensitiveProcess: text(),
      escalation: z.array(EscalationLevelSchema).max(10).default([]),
      /** Minutes from a negative burst to the start of the response. */
      responseMinutes: z.number().min(0).max(100000).nullable().default(null),
      copyrightRegister: z.boolean().default(false),
      copyrightNote: text(),
      privacy: text(),
    })
    .default({}),
  kpis: z.array(KpiSchema).max(20).default([]),
  /** How often the numbers are reviewed and what changes because of them. */
  kpiReview: text(),
  team: z
    .object({
      members: z.array(TeamMemberSchema).max(50).default([]),
      sops: z.array(SopSchema).max(30).default([]),
    })
    .default({}),
  lifecycle: z
    .object({
      start: text(),
      growth: text(),
      maturity: text(),
      decline: text(),
    })
    .default({}),
  /** The learner's own level for each self-assessed rubric criterion, criterion id → level id. */
  selfAssessment: z.record(z.string().max(64), z.string().max(64)).default({}),
});
export type Plan = z.infer<typeof PlanSchema>;
/** What a plan file may contain before defaults are filled in. */
export type PlanInput = z.input<typeof PlanSchema>;

/** A new, empty plan. */
export function blankPlan(id: string, name: string, now: string, scenario?: string): Plan {
  return PlanSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    id,
    name,
    scenario,
    createdAt: now,
    updatedAt: now,
  });
}

/** Thrown by `migrate` when a file cannot be brought to the current version. */
export class PlanVersionError extends Error {
  constructor(
    readonly reason: "not-a-plan" | "newer" | "unknown-version",
    readonly found?: unknown,
  ) {
    super(`${reason}${found === undefined ? "" : `: ${String(found)}`}`);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const V0_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * Version 0 (the planner's first release) kept a single `persona`, a flat `calendar` array with
 * day names and `chars`/`minutes`, crisis response in hours, and referral anti-cheat as a flag
 * beside the tiers. Version 1 allows several personas, one `length` per slot, minutes for crisis
 * response, and a referral mode.
 */
function fromV0(v0: Record<string, unknown>): Record<string, unknown> {
  const { persona, calendar, risk, referral, ...rest } = v0;
  const next: Record<string, unknown> = { ...rest, version: 1 };
  if (isRecord(persona)) {
    const { where, ...p } = persona;
    next.personas = [{ id: "persona-1", ...p, whereNow: where ?? "" }];
  }
  if (Array.isArray(calendar)) {
    next.calendar = {
      slots: calendar.map((slot: unknown, i) => {
        if (!isRecord(slot)) return slot;
        const { day, chars, minutes, ...s } = slot;
        const dayIndex = typeof day === "string" ? V0_DAYS.indexOf(day) : day;
        return { id: `slot-${i + 1}`, ...s, day: dayIndex, length: chars ?? minutes ?? null };
      }),
    };
  }
  if (isRecord(risk)) {
    const { responseHours, ...r } = risk;
    next.risk =
      typeof responseHours === "number" ? { ...r, responseMinutes: responseHours * 60 } : r;
  }
  if (isRecord(referral)) {
    const { tiers, antiCheat, ...r } = referral;
    const list = Array.isArray(tiers) ? tiers : [];
    next.referral = {
      ...r,
      mode: list.length > 0 ? "tiered" : "off",
      tiers: list.map((tier: unknown, i) =>
        isRecord(tier) ? { id: `tier-${i + 1}`, ...tier } : tier,
      ),
      antiCheat: antiCheat === true,
    };
  }
  return next;
}

/**
 * Brings a parsed plan file of any earlier version forward to the current version's shape. It
 * does not validate: parse the result with `PlanSchema`. Throws `PlanVersionError` for something
 * that is not a plan or is newer than this site understands.
 */
export function migrate(data: unknown): unknown {
  if (!isRecord(data) || data.format !== PLAN_FORMAT) throw new PlanVersionError("not-a-plan");
  const version = data.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    throw new PlanVersionError("unknown-version", version);
  }
  if (version > PLAN_VERSION) throw new PlanVersionError("newer", version);
  return version === 0 ? fromV0(data) : data;
}
