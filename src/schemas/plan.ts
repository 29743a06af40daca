import { z } from "astro/zod";
import { SlugSchema } from "./common";
import {
  CADENCES,
  CATEGORIES,
  EVENT_KINDS,
  FORMATS,
  GOALS,
  INTENSITIES,
  KPI_KINDS,
  KPI_METRICS,
  MAX_CALENDAR_SLOTS,
  MODELS,
  MONETIZATION_MODELS,
  PLATFORMS,
  REFERRAL_MODES,
  REVIEW_ROLES,
  SOP_KINDS,
  TEAM_ROLES,
  VALUES,
} from "./plan-options";

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

/** The plan's choices, so that a plan's code needs one import (zod-free code imports plan-options). */
export * from "./plan-options";

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
   * Where the metric stands when the plan starts, in the target's unit (for `growth`, members
   * today): a target means something only against it.
   */
  baseline: z.number().min(-1000000000).max(1000000000).nullable().default(null),
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

/** One step of the first 30 minutes after a burst of negative posts (module 10). */
export const TimelineStepSchema = z.object({
  id: RowIdSchema,
  /** Minutes after the burst is noticed. */
  minute: z.number().int().min(0).max(1440).nullable().default(null),
  /** What is done, and who does it. */
  action: text(500),
});

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
      /** The first week after opening, day by day: welcome, introductions, ice-breakers, a Q&A. */
      firstWeek: text(),
      /** Every newcomer is welcomed and their first post answered within a day. */
      answerFirstPosts: z.boolean().default(false),
    })
    .default({}),
  calendar: z
    .object({
      slots: z.array(CalendarSlotSchema).max(MAX_CALENDAR_SLOTS).default([]),
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
      /** The first public message in a crisis: seen it, doing this, next update at, contact. */
      holdingStatement: text(1000),
      /** The first 30 minutes of a crisis, step by step. */
      timeline: z.array(TimelineStepSchema).max(20).default([]),
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
