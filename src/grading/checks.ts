/**
 * Auto-checks: named predicates over a plan that rubric criteria reference by id
 * (content/rubrics/*.yaml, `check: posts-per-weekday`). Pure functions, no DOM, no clock.
 *
 * Each check returns `ratio` (0–1, the share of the standard the plan meets; the rubric engine
 * turns it into a level) and `issues`: what to fix, each an i18n key under `rubric.issue.` with
 * values and the plan field to focus (a dotted path, see `fieldPath` in the planner).
 *
 * The standards come from the course's source documents (shared/seeds); where a seed gives no
 * figure the constant says it is an assumption.
 */
import type { Plan } from "../schemas/plan";
import { WEEKDAYS } from "../schemas/plan";

export const STANDARDS = {
  /** Seed 004: on weekdays keep 3–5 updates a day. */
  postsPerWeekday: { min: 3, max: 5 },
  /** Seed 004: text-and-image content at 800–1200 characters. */
  articleChars: { min: 800, max: 1200 },
  /** Seed 004: video at most 3 minutes. */
  videoMaxMinutes: 3,
  /** Seed 004: start the crisis response within 30 minutes of a negative burst. */
  crisisMaxMinutes: 30,
  /** Seed 004: a 24-hour opinion-monitoring group. */
  monitoringHours: 24,
  /** Seed 004: answer high-frequency feedback within 48 hours. */
  feedbackMaxHours: 48,
  /** Seed 004: three-level review — ops lead, brand manager, legal. */
  reviewChain: ["ops-lead", "brand-manager", "legal"] as const,
  /**
   * Seeds 001 and 003 put monetization after value is delivered (maturity stage) but give no
   * week. Assumption: not before week 8, after cold start and a first month of growth.
   */
  monetizationFromWeek: 8,
  /** Seeds 000/002 name activity, growth and conversion KPIs: three measurable KPIs at least. */
  minKpis: 3,
  /** Seed 001 names four tiers (core, active, ordinary, dormant); at least three are required. */
  minTiers: 3,
  /** A tiered referral has at least two steps (seed 004: 3 invites → coupon, 10 → VIP). */
  minReferralTiers: 2,
  /** Tiered response means at least two levels. */
  minEscalationLevels: 2,
} as const;

export interface CheckIssue {
  /** i18n key under `rubric.issue.` (without the prefix). */
  key: string;
  values?: Record<string, string | number>;
  /** Dotted path of the plan field to fix, e.g. "risk.responseMinutes". */
  field: string;
}

export interface CheckResult {
  ratio: number;
  issues: CheckIssue[];
}

export type Check = (plan: Plan) => CheckResult;

const filled = (s: string | null | undefined): boolean => (s ?? "").trim().length > 0;

/** One part of a check: met or not, and the issue raised when it is not. */
type Part = [met: boolean, issue: CheckIssue];

/** A check made of equally weighted parts. */
function parts(list: Part[]): CheckResult {
  const met = list.filter(([ok]) => ok).length;
  return {
    ratio: list.length === 0 ? 1 : met / list.length,
    issues: list.filter(([ok]) => !ok).map(([, issue]) => issue),
  };
}

/** Share of rows that pass; the issue of each failing row; `emptyIssue` when there are none. */
function rows<T>(
  list: readonly T[],
  rowIssues: (row: T, index: number) => CheckIssue[],
  emptyIssue: CheckIssue,
  minRows = 1,
): CheckResult {
  if (list.length === 0) return { ratio: 0, issues: [emptyIssue] };
  const perRow = list.map(rowIssues);
  const good = perRow.filter((issues) => issues.length === 0).length;
  const issues = perRow.flat();
  if (list.length < minRows) issues.push(emptyIssue);
  return { ratio: good / Math.max(list.length, minRows), issues };
}

/** `rows` where each row either passes `ok` or raises `key` (numbered from 1) at `field(row)`. */
function eachRow<T>(
  list: readonly T[],
  ok: (row: T) => boolean,
  key: string,
  field: (row: T) => string,
  emptyIssue: CheckIssue,
  minRows = 1,
): CheckResult {
  return rows(
    list,
    (row, i) => (ok(row) ? [] : [{ key, values: { n: i + 1 }, field: field(row) }]),
    emptyIssue,
    minRows,
  );
}

const textFields =
  <K extends string>(fields: readonly K[], prefix: string, issueKey: string) =>
  (obj: Record<K, string>, n?: number): CheckIssue[] =>
    fields
      .filter((f) => !filled(obj[f]))
      .map((f) => ({
        key: `${issueKey}.${f}`,
        ...(n === undefined ? {} : { values: { n } }),
        field: `${prefix}.${f}`,
      }));

const PERSONA_FIELDS = ["who", "needs", "pains", "whereNow"] as const;
const RULE_FIELDS = ["threshold", "speaking", "banned", "rewardsPenalties"] as const;
const STAGE_FIELDS = ["start", "growth", "maturity", "decline"] as const;

/** Counts of calendar slots per day, Monday first. */
export function slotsPerDay(plan: Plan): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const slot of plan.calendar.slots) counts[slot.day] = (counts[slot.day] ?? 0) + 1;
  return counts;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** Whether a time falls in a window; a window past midnight (21:00–01:00) wraps. */
export function inWindow(time: string, from: string, to: string): boolean {
  const t = minutesOf(time);
  const a = minutesOf(from);
  const b = minutesOf(to);
  return a <= b ? t >= a && t <= b : t >= a || t <= b;
}

const ACTIVITY_METRICS = new Set(["dau", "wau", "mau", "stickiness", "contributorsShare"]);
const OUTCOME_METRICS = new Set(["retentionW1", "retentionW4", "retentionW12", "nps", "revenue"]);

/** Whether a KPI names a metric, a number and a deadline. */
export function kpiMeasurable(kpi: Plan["kpis"][number]): boolean {
  const named = kpi.metric !== "other" || filled(kpi.customName);
  return named && kpi.target !== null && kpi.deadlineWeek !== null && kpi.deadlineWeek > 0;
}

const named = (row: { name: string; detail: string }) => filled(row.name) && filled(row.detail);

export const CHECKS = {
  "positioning-complete": (plan) =>
    parts([
      [plan.positioning.goal !== null, { key: "positioning.goal", field: "positioning.goal" }],
      [filled(plan.positioning.line), { key: "positioning.line", field: "positioning.line" }],
      [filled(plan.positioning.slogan), { key: "positioning.slogan", field: "positioning.slogan" }],
    ]),

  "personas-complete": (plan) => {
    if (plan.personas.length === 0) {
      return { ratio: 0, issues: [{ key: "personas.none", field: "personas" }] };
    }
    const issues = plan.personas.flatMap((p, i) =>
      textFields(PERSONA_FIELDS, `personas.${p.id}`, "personas")(p, i + 1),
    );
    return {
      ratio: 1 - issues.length / (plan.personas.length * PERSONA_FIELDS.length),
      issues,
    };
  },

  "value-proposition": (plan) => {
    const core = plan.value.core;
    return parts([
      [core !== null, { key: "value.core", field: "value.core" }],
      [
        core !== null && filled(plan.value[core]),
        { key: "value.coreText", field: core === null ? "value.core" : `value.${core}` },
      ],
    ]);
  },

  "community-type": (plan) =>
    parts([
      [
        plan.communityType.category !== null,
        { key: "type.category", field: "communityType.category" },
      ],
      [plan.communityType.model !== null, { key: "type.model", field: "communityType.model" }],
    ]),

  "platform-justified": (plan) =>
    parts([
      [
        plan.platform.platform !== null &&
          (plan.platform.platform !== "other" || filled(plan.platform.otherName)),
        {
          key: "platform.choose",
          field: plan.platform.platform === "other" ? "platform.otherName" : "platform.platform",
        },
      ],
      [filled(plan.platform.why), { key: "platform.why", field: "platform.why" }],
    ]),

  "rules-complete": (plan) => {
    const issues = textFields(RULE_FIELDS, "rules", "rules")(plan.rules);
    return { ratio: 1 - issues.length / RULE_FIELDS.length, issues };
  },

  "seed-users": (plan) =>
    parts([
      [filled(plan.coldStart.sources), { key: "cold.sources", field: "coldStart.sources" }],
      [
        (plan.coldStart.seedCount ?? 0) > 0,
        { key: "cold.seedCount", field: "coldStart.seedCount" },
      ],
      [
        filled(plan.coldStart.invitation),
        { key: "cold.invitation", field: "coldStart.invitation" },
      ],
    ]),

  "ice-breakers": (plan) =>
    parts([
      [
        filled(plan.coldStart.iceBreakers),
        { key: "cold.iceBreakers", field: "coldStart.iceBreakers" },
      ],
      [
        plan.coldStart.answerFirstPosts,
        { key: "cold.firstReply", field: "coldStart.answerFirstPosts" },
      ],
    ]),

  "posts-per-weekday": (plan) => {
    const counts = slotsPerDay(plan);
    const { min, max } = STANDARDS.postsPerWeekday;
    return parts(
      WEEKDAYS.map((day): Part => {
        const n = counts[day] ?? 0;
        return [
          n >= min && n <= max,
          {
            key: n < min ? "content.tooFewPosts" : "content.tooManyPosts",
            values: { day, n, min, max },
            field: `calendar.day.${day}`,
          },
        ];
      }),
    );
  },

  "long-post-length": (plan) => {
    const { min, max } = STANDARDS.articleChars;
    return rows(
      plan.calendar.slots.filter((s) => s.format === "article"),
      (s) =>
        s.length !== null && s.length >= min && s.length <= max
          ? []
          : [
              {
                key: s.length === null ? "content.articleNoLength" : "content.articleLength",
                values: { day: s.day, time: s.time, n: s.length ?? 0, min, max },
                field: `calendar.slots.${s.id}.length`,
              },
            ],
      { key: "content.noArticle", values: { min, max }, field: "calendar.day.0" },
    );
  },

  "video-length": (plan) => {
    const max = STANDARDS.videoMaxMinutes;
    const videos = plan.calendar.slots.filter((s) => s.format === "video");
    // No video in the plan breaks no standard: the standard limits videos, it does not ask for one.
    if (videos.length === 0) return { ratio: 1, issues: [] };
    return rows(
      videos,
      (s) =>
        s.length !== null && s.length > 0 && s.length <= max
          ? []
          : [
              {
                key: s.length === null ? "content.videoNoLength" : "content.videoLength",
                values: { day: s.day, time: s.time, n: s.length ?? 0, max },
                field: `calendar.slots.${s.id}.length`,
              },
            ],
      { key: "content.videoLength", field: "calendar.day.0" },
    );
  },

  "peak-hours": (plan) => {
    const { peakFrom, peakTo, slots } = plan.calendar;
    const windowSet = peakFrom !== null && peakTo !== null;
    return parts([
      [windowSet, { key: "content.peakWindow", field: "calendar.peakFrom" }],
      [
        windowSet &&
          slots.some(
            (s) =>
              (s.format === "article" || s.format === "video") &&
              inWindow(s.time, peakFrom, peakTo),
          ),
        { key: "content.peakSlot", field: windowSet ? "calendar.day.0" : "calendar.peakFrom" },
      ],
    ]);
  },

  "ugc-plan": (plan) =>
    parts([[filled(plan.calendar.ugc), { key: "content.ugc", field: "calendar.ugc" }]]),

  "content-review": (plan) => {
    const roles = plan.contentReview.steps.map((s) => s.role);
    const chain = STANDARDS.reviewChain;
    const present = chain.filter((role) => roles.includes(role));
    const positions = chain.map((role) => roles.indexOf(role));
    const inOrder = positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
    const issues: CheckIssue[] = chain
      .filter((role) => !roles.includes(role))
      .map((role) => ({ key: "review.missing", values: { role }, field: "contentReview.steps" }));
    if (present.length === chain.length && !inOrder) {
      issues.push({ key: "review.order", field: "contentReview.steps" });
    }
    const ratio =
      present.length === chain.length && !inOrder ? 2 / 3 : present.length / chain.length;
    return { ratio, issues };
  },

  "recurring-events": (plan) => {
    const real = plan.events.filter((e) => filled(e.name));
    return parts([
      [real.length >= 1, { key: "events.none", field: "events" }],
      [real.length >= 2, { key: "events.two", field: "events" }],
      [
        real.some((e) => e.cadence === "daily" || e.cadence === "weekly"),
        { key: "events.weekly", field: real[0] ? `events.${real[0].id}.cadence` : "events" },
      ],
    ]);
  },

  "event-follow-up": (plan) =>
    eachRow(
      plan.events,
      (e) => filled(e.followUp),
      "events.followUp",
      (e) => `events.${e.id}.followUp`,
      { key: "events.none", field: "events" },
    ),

  "feedback-48h": (plan) => {
    const hours = plan.feedback.responseHours;
    const max = STANDARDS.feedbackMaxHours;
    return parts([
      [filled(plan.feedback.channel), { key: "feedback.channel", field: "feedback.channel" }],
      [
        hours !== null && hours <= max,
        {
          key: hours === null ? "feedback.hoursMissing" : "feedback.hoursSlow",
          values: { n: hours ?? 0, max },
          field: "feedback.responseHours",
        },
      ],
    ]);
  },

  "segment-tiers": (plan) =>
    eachRow(
      plan.segmentation.tiers,
      named,
      "segments.tier",
      (row) => `segmentation.tiers.${row.id}.detail`,
      {
        key: "segments.fewTiers",
        values: { min: STANDARDS.minTiers },
        field: "segmentation.tiers",
      },
      STANDARDS.minTiers,
    ),

  "points-badges": (plan) =>
    parts([
      [
        plan.segmentation.points.some(named),
        { key: "segments.points", field: "segmentation.points" },
      ],
      [
        plan.segmentation.badges.some(named),
        { key: "segments.badges", field: "segmentation.badges" },
      ],
    ]),

  "core-roles": (plan) =>
    parts([
      [
        plan.segmentation.coreRoles.some(named),
        { key: "segments.coreRoles", field: "segmentation.coreRoles" },
      ],
    ]),

  "dormant-wake-up": (plan) =>
    parts([
      [filled(plan.segmentation.wakeUp), { key: "segments.wakeUp", field: "segmentation.wakeUp" }],
    ]),

  "referral-tiers": (plan) => {
    const { mode, tiers } = plan.referral;
    const complete = tiers.filter((t) => t.invites !== null && filled(t.reward));
    const invites = complete.map((t) => t.invites ?? 0);
    const rising = invites.every((n, i) => i === 0 || n > (invites[i - 1] ?? 0));
    const min = STANDARDS.minReferralTiers;
    return parts([
      [
        mode === "tiered",
        { key: mode === "off" ? "referral.off" : "referral.perHead", field: "referral.mode" },
      ],
      [complete.length >= min, { key: "referral.tiers", values: { min }, field: "referral.tiers" }],
      [complete.length >= 2 && rising, { key: "referral.rising", field: "referral.tiers" }],
    ]);
  },

  "anti-cheat": (plan) =>
    parts([
      [plan.referral.antiCheat, { key: "referral.antiCheat", field: "referral.antiCheat" }],
      [
        filled(plan.referral.antiCheatMeasures),
        { key: "referral.antiCheatMeasures", field: "referral.antiCheatMeasures" },
      ],
    ]),

  "monetization-model": (plan) =>
    parts([
      [plan.monetization.model !== "none", { key: "money.model", field: "monetization.model" }],
      [plan.monetization.price !== null, { key: "money.price", field: "monetization.price" }],
    ]),

  "monetization-after-value": (plan) => {
    const m = plan.monetization;
    // Nothing is sold, so nothing can be sold too early.
    if (m.model === "none") return { ratio: 1, issues: [] };
    const min = STANDARDS.monetizationFromWeek;
    return parts([
      [
        m.fromWeek !== null && m.fromWeek >= min,
        {
          key: m.fromWeek === null ? "money.weekMissing" : "money.tooEarly",
          values: { n: m.fromWeek ?? 0, min },
          field: "monetization.fromWeek",
        },
      ],
      [filled(m.valueFirst), { key: "money.valueFirst", field: "monetization.valueFirst" }],
    ]);
  },

  "monitoring-24h": (plan) =>
    parts([
      [
        plan.risk.monitoringHours === STANDARDS.monitoringHours,
        {
          key: "risk.monitoring",
          values: { n: plan.risk.monitoringHours ?? 0 },
          field: "risk.monitoringHours",
        },
      ],
      [filled(plan.risk.monitoringWho), { key: "risk.monitoringWho", field: "risk.monitoringWho" }],
    ]),

  "crisis-30min": (plan) => {
    const minutes = plan.risk.responseMinutes;
    const max = STANDARDS.crisisMaxMinutes;
    return parts([
      [
        minutes !== null && minutes <= max,
        {
          key: minutes === null ? "risk.responseMissing" : "risk.responseSlow",
          values: { n: minutes ?? 0, max },
          field: "risk.responseMinutes",
        },
      ],
    ]);
  },

  "sensitive-words": (plan) =>
    parts([
      [plan.risk.sensitiveAutomated, { key: "risk.automated", field: "risk.sensitiveAutomated" }],
      [plan.risk.sensitiveHuman, { key: "risk.human", field: "risk.sensitiveHuman" }],
      [filled(plan.risk.sensitiveProcess), { key: "risk.process", field: "risk.sensitiveProcess" }],
    ]),

  "escalation-tiers": (plan) =>
    eachRow(
      plan.risk.escalation,
      (level) => filled(level.trigger) && filled(level.action),
      "risk.level",
      (level) => `risk.escalation.${level.id}.trigger`,
      {
        key: "risk.fewLevels",
        values: { min: STANDARDS.minEscalationLevels },
        field: "risk.escalation",
      },
      STANDARDS.minEscalationLevels,
    ),

  "copyright-register": (plan) =>
    parts([
      [plan.risk.copyrightRegister, { key: "risk.copyright", field: "risk.copyrightRegister" }],
      [filled(plan.risk.copyrightNote), { key: "risk.copyrightNote", field: "risk.copyrightNote" }],
    ]),

  "kpis-measurable": (plan) =>
    eachRow(
      plan.kpis,
      kpiMeasurable,
      "kpi.vague",
      (kpi) => `kpis.${kpi.id}.${kpi.target === null ? "target" : "deadlineWeek"}`,
      { key: "kpi.few", values: { min: STANDARDS.minKpis }, field: "kpis" },
      STANDARDS.minKpis,
    ),

  "kpi-coverage": (plan) => {
    const measurable = plan.kpis.filter(kpiMeasurable);
    return parts([
      [
        measurable.some((k) => ACTIVITY_METRICS.has(k.metric)),
        { key: "kpi.activity", field: "kpis" },
      ],
      [measurable.some((k) => k.metric === "members"), { key: "kpi.growth", field: "kpis" }],
      [
        measurable.some((k) => OUTCOME_METRICS.has(k.metric)),
        { key: "kpi.outcome", field: "kpis" },
      ],
    ]);
  },

  "kpi-review": (plan) =>
    parts([[filled(plan.kpiReview), { key: "kpi.review", field: "kpiReview" }]]),

  "lifecycle-stages": (plan) => {
    const issues = textFields(STAGE_FIELDS, "lifecycle", "lifecycle")(plan.lifecycle);
    return { ratio: 1 - issues.length / STAGE_FIELDS.length, issues };
  },

  "team-roles": (plan) =>
    rows(
      plan.team.members,
      (m, i) => [
        ...(filled(m.name)
          ? []
          : [{ key: "team.name", values: { n: i + 1 }, field: `team.members.${m.id}.name` }]),
        ...((m.hoursPerWeek ?? 0) > 0
          ? []
          : [
              {
                key: "team.hours",
                values: { n: i + 1 },
                field: `team.members.${m.id}.hoursPerWeek`,
              },
            ]),
      ],
      { key: "team.none", field: "team.members" },
    ),

  sops: (plan) => {
    const has = (kind: "publishing" | "crisis") =>
      plan.team.sops.some((s) => s.kind === kind && filled(s.steps));
    return parts([
      [has("publishing"), { key: "team.sopPublishing", field: "team.sops" }],
      [has("crisis"), { key: "team.sopCrisis", field: "team.sops" }],
    ]);
  },
} satisfies Record<string, Check>;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

export function isCheckId(id: string): id is CheckId {
  return Object.hasOwn(CHECKS, id);
}

/** Runs one check; an unknown id (only possible with unvalidated data) meets nothing. */
export function runCheck(id: string, plan: Plan): CheckResult {
  return isCheckId(id) ? CHECKS[id](plan) : { ratio: 0, issues: [] };
}
