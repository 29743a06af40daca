/**
 * Plan → sandbox run: maps a community plan onto the growth engine's scenario, levers and timed
 * decisions, and its KPIs onto goals checked against the run. Pure: same plan, same result.
 *
 * A lever is set only when the plan says something about it; an empty section leaves the
 * scenario's own default in force and adds a note, so a half-written plan runs and says what it
 * left out.
 *
 * | lever                   | from the plan                                                              |
 * |-------------------------|----------------------------------------------------------------------------|
 * | postsPerDay             | calendar slots a week ÷ 7, to 0.5 (the engine counts every day)            |
 * | contentQuality          | 0.3 + 0.2 × review-chain share + 0.15 × length standards met               |
 * |                         | + 0.05 × copyright register + 0.1 × share of slots with a theme            |
 * |                         | + 0.2 × share of crafted formats (long post, video, live), to 0.05         |
 * | ugcRewards              | co-creation described 0.5 (else 0) + points rules 0.2 + badges 0.1, to 0.05|
 * | eventsPerWeek           | named events: daily 1, weekly 1, biweekly 0.5, monthly 0.25 (max 5)        |
 * | replyCoverage           | every first post answered 0.9; else feedback ≤ 48 h 0.5; else 0.3          |
 * | rules                   | any rule written → the plan's enforcement (basic / strict)                 |
 * | moderationHours         | weekly hours of team members in the moderator role (max 40)                |
 * | referral                | off / tiered / per-head → off / tiered / aggressive, from `fromWeek`        |
 * | antiCheat               | the plan's anti-cheat switch, with referral                                 |
 * | adBudget                | paid acquisition per week (max 20000)                                      |
 * | segmentCare             | 0.8 × mean of the tiers, points-and-badges, core-roles and wake-up checks  |
 * | monetization            | 0 until `fromWeek`, then light 0.3 / moderate 0.55 / heavy 0.85            |
 * | crisisResponseMinutes   | the plan's response time (15–2880)                                         |
 * | transform               | not scheduled: a plan cannot know the week decline starts                  |
 *
 * The run lasts the plan's horizon, stretched to the latest KPI deadline (8–104 weeks). A daily
 * event (a check-in thread, a topic of the day) counts as one hosted event a week: a few minutes
 * a day add up to about the three hours the engine charges per event. These weights are
 * assumptions, stated here and in the notes the planner shows.
 *
 * KPIs → goals: at-least → `>=`, at-most → `<=`, deadline → `byWeek`. Percent metrics
 * (stickiness, retention, contributors' share) are divided by 100, since the engine reports
 * them as 0–1. "Grow members x% a month" becomes members ≥ start × (1 + x/100)^(weeks ÷ 52/12).
 * KPIs on metrics the engine does not model, or growth of anything but members, stay in the
 * plan and are listed in the notes.
 *
 * The team's weekly hours cannot travel in a run (a run is scenario, seed, weeks and
 * decisions; the budget belongs to the scenario), so a plan whose hours differ from the
 * scenario's budget gets a note comparing them.
 */
import type { Lang } from "../schemas/common";
import type { Goal } from "../schemas/module";
import type { Kpi, Plan } from "../schemas/plan";
import type { Decision, Levers, Run } from "../sim/types";
import { sandboxUrl } from "../lib/share-url";
import { CHECKS, kpiMeasurable, teamHours } from "./checks";

export { teamHours };
import { round4 } from "./rubric";

/** What the mapping needs to know about the scenario the plan runs in. */
export interface RunScenario {
  id: string;
  /** Members at the start, by segment. */
  start: { newcomer: number; ordinary: number; active: number; core: number; dormant: number };
  budget: { hoursPerWeek: number };
}

export interface PlanRunNote {
  /** i18n key under `planner.run.note.` */
  key: string;
  values?: Record<string, string | number>;
}

export interface PlanRun {
  run: Run;
  goals: Goal[];
  /** Levers the plan sets at week 0, for showing the mapping. */
  levers: Partial<Levers>;
  notes: PlanRunNote[];
}

const RATIO_METRICS = new Set([
  "stickiness",
  "retentionW1",
  "retentionW4",
  "retentionW12",
  "contributorsShare",
]);
const WEEKS_PER_MONTH = 52 / 12;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const filled = (s: string) => s.trim().length > 0;

const EVENT_RATE = { daily: 1, weekly: 1, biweekly: 0.5, monthly: 0.25 } as const;
const CRAFTED = new Set(["article", "video", "live"]);
const INTENSITY = { light: 0.3, moderate: 0.55, heavy: 0.85 } as const;
const REFERRAL = { off: "off", tiered: "tiered", "per-head": "aggressive" } as const;

export function startMembers(scenario: RunScenario): number {
  const s = scenario.start;
  return s.newcomer + s.ordinary + s.active + s.core + s.dormant;
}

/** The levers a plan can set: every one but the one-off `transform`. */
type MappedLever = Exclude<keyof Levers, "transform">;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const hasPointsOrBadges = (plan: Plan) =>
  plan.segmentation.points.length > 0 || plan.segmentation.badges.length > 0;

/**
 * One row per lever, as in the table above: the lever's week-0 value for a plan, or undefined
 * when the plan says nothing about it (the scenario's default then stays).
 */
const MAPPING: { [K in MappedLever]: (plan: Plan) => Levers[K] | undefined } = {
  postsPerDay: ({ calendar: { slots } }) =>
    slots.length === 0 ? undefined : clamp(roundTo(slots.length / 7, 0.5), 0, 10),

  contentQuality: (plan) => {
    const { slots } = plan.calendar;
    if (slots.length === 0) return undefined;
    const share = (keep: (s: (typeof slots)[number]) => boolean) =>
      slots.filter(keep).length / slots.length;
    const lengthMet =
      (CHECKS["long-post-length"](plan).ratio + CHECKS["video-length"](plan).ratio) / 2;
    const quality =
      0.3 +
      0.2 * CHECKS["content-review"](plan).ratio +
      0.15 * lengthMet +
      0.05 * (plan.risk.copyrightRegister ? 1 : 0) +
      0.1 * share((s) => filled(s.theme)) +
      0.2 * share((s) => CRAFTED.has(s.format));
    return round4(clamp(roundTo(quality, 0.05), 0, 1));
  },

  ugcRewards: (plan) => {
    const seg = plan.segmentation;
    if (!filled(plan.calendar.ugc) && !hasPointsOrBadges(plan)) return undefined;
    const ugc =
      (filled(plan.calendar.ugc) ? 0.5 : 0) +
      (seg.points.length > 0 ? 0.2 : 0) +
      (seg.badges.length > 0 ? 0.1 : 0);
    return round4(roundTo(ugc, 0.05));
  },

  eventsPerWeek: (plan) => {
    const events = plan.events.filter((e) => filled(e.name));
    if (events.length === 0) return undefined;
    return round4(clamp(sum(events.map((e) => EVENT_RATE[e.cadence])), 0, 5));
  },

  replyCoverage: ({ coldStart, feedback: { responseHours: hours } }) => {
    if (coldStart.answerFirstPosts) return 0.9;
    if (hours === null) return undefined;
    return hours <= 48 ? 0.5 : 0.3;
  },

  rules: ({ rules: r }) =>
    [r.threshold, r.speaking, r.banned, r.rewardsPenalties].some(filled)
      ? r.enforcement
      : undefined,

  moderationHours: (plan) => {
    const moderators = plan.team.members.filter((m) => m.role === "moderator");
    if (moderators.length === 0) return undefined;
    return clamp(sum(moderators.map((m) => m.hoursPerWeek ?? 0)), 0, 40);
  },

  referral: ({ referral: r }) => {
    if (r.mode === "off" && r.tiers.length === 0 && !r.antiCheat) return undefined;
    // Referral that starts later is off until then (see planToRun's timed decisions).
    return (r.fromWeek ?? 0) > 1 ? "off" : REFERRAL[r.mode];
  },

  antiCheat: ({ referral: r }) =>
    r.mode === "off" && r.tiers.length === 0 && !r.antiCheat ? undefined : r.antiCheat,

  adBudget: ({ referral: r }) =>
    r.adBudgetPerWeek === null ? undefined : clamp(r.adBudgetPerWeek, 0, 20000),

  segmentCare: (plan) => {
    const seg = plan.segmentation;
    const any =
      seg.tiers.length > 0 ||
      hasPointsOrBadges(plan) ||
      seg.coreRoles.length > 0 ||
      filled(seg.wakeUp);
    if (!any) return undefined;
    const ratios = (
      ["segment-tiers", "points-badges", "core-roles", "dormant-wake-up"] as const
    ).map((id) => CHECKS[id](plan).ratio);
    return round4(roundTo((0.8 * sum(ratios)) / ratios.length, 0.05));
  },

  // A plan that sells nothing says so: monetization is always set.
  monetization: ({ monetization: m }) =>
    m.model !== "none" && (m.fromWeek ?? 0) <= 1 ? INTENSITY[m.intensity] : 0,

  crisisResponseMinutes: ({ risk }) =>
    risk.responseMinutes === null ? undefined : clamp(risk.responseMinutes, 15, 2880),

  seedInvites: ({ coldStart }) =>
    coldStart.seedCount === null ? undefined : clamp(coldStart.seedCount, 0, 300),

  // How well the seeds fit is judged by the cold-start rubric, not read from the plan's words.
  seedFit: () => undefined,
};

/** The week-0 levers the plan implies, and the levers it leaves to the scenario. */
export function planLevers(plan: Plan): { levers: Partial<Levers>; unset: MappedLever[] } {
  const levers: Record<string, unknown> = {};
  const unset: MappedLever[] = [];
  for (const name of Object.keys(MAPPING) as MappedLever[]) {
    const value = MAPPING[name](plan);
    if (value === undefined) unset.push(name);
    else levers[name] = value;
  }
  return { levers: levers as Partial<Levers>, unset };
}

/** The goal a KPI becomes, or the reason it cannot become one. */
export function kpiGoal(
  kpi: Kpi,
  start: number,
  weeks: number,
): { goal: Goal } | { skip: "other" | "vague" | "growth" } {
  if (!kpiMeasurable(kpi)) return { skip: "vague" };
  if (kpi.metric === "other") return { skip: "other" };
  const target = kpi.target ?? 0;
  const byWeek = clamp(kpi.deadlineWeek ?? weeks, 1, weeks);
  if (kpi.kind === "growth") {
    if (kpi.metric !== "members") return { skip: "growth" };
    const months = byWeek / WEEKS_PER_MONTH;
    // Shrinking by more than 100% a month is shrinking to nothing; huge rates stop at a finite count.
    const grown = start * Math.pow(Math.max(0, 1 + target / 100), months);
    return {
      goal: {
        metric: "members",
        op: ">=",
        value: Math.min(Math.round(grown), Number.MAX_SAFE_INTEGER),
        byWeek,
      },
    };
  }
  const value = RATIO_METRICS.has(kpi.metric) ? round4(target / 100) : target;
  return { goal: { metric: kpi.metric, op: kpi.kind === "at-most" ? "<=" : ">=", value, byWeek } };
}

export interface RunOptions {
  scenario: RunScenario;
  modelVersion: string;
  seed: number;
}

/** The run and goals for a plan in its scenario. */
export function planToRun(plan: Plan, { scenario, modelVersion, seed }: RunOptions): PlanRun {
  const notes: PlanRunNote[] = [];
  const deadlines = plan.kpis.map((k) => k.deadlineWeek ?? 0);
  const weeks = clamp(Math.max(plan.positioning.horizonWeeks, ...deadlines), 8, 104);

  const { levers, unset } = planLevers(plan);
  for (const lever of unset) notes.push({ key: "leverDefault", values: { lever } });

  const decisions: Decision[] = [{ week: 0, set: levers }];
  const later = new Map<number, Partial<Levers>>();
  const at = (week: number, set: Partial<Levers>) =>
    later.set(week, { ...later.get(week), ...set });
  const referralWeek = plan.referral.fromWeek ?? 0;
  if (
    levers.referral !== undefined &&
    referralWeek > 1 &&
    plan.referral.mode !== "off" &&
    referralWeek <= weeks
  ) {
    at(referralWeek, { referral: REFERRAL[plan.referral.mode] });
  }
  const m = plan.monetization;
  const moneyWeek = m.fromWeek ?? 0;
  if (m.model !== "none" && moneyWeek > 1 && moneyWeek <= weeks) {
    at(moneyWeek, { monetization: INTENSITY[m.intensity] });
  }
  for (const [week, set] of [...later].sort((a, b) => a[0] - b[0])) decisions.push({ week, set });

  const start = startMembers(scenario);
  const goals: Goal[] = [];
  plan.kpis.forEach((kpi, i) => {
    const result = kpiGoal(kpi, start, weeks);
    if ("goal" in result) goals.push(result.goal);
    else notes.push({ key: `kpi.${result.skip}`, values: { n: i + 1 } });
  });

  const hours = teamHours(plan);
  if (hours > 0 && hours !== scenario.budget.hoursPerWeek) {
    notes.push({ key: "hours", values: { plan: hours, scenario: scenario.budget.hoursPerWeek } });
  }
  notes.push({ key: "transform" });

  return {
    run: { modelVersion, scenario: scenario.id, seed, weeks, decisions },
    goals,
    levers,
    notes,
  };
}

/**
 * The sandbox link for a mapped plan, in the sandbox's share format (src/lib/share-url.ts): the
 * plan's name is its title and, as its origin, lets the sandbox say which plan the run came from.
 */
export function sandboxLink(plan: Plan, { run, goals }: PlanRun, lang: Lang): string {
  const name = plan.name.trim();
  return sandboxUrl(lang, {
    modelVersion: run.modelVersion,
    scenario: run.scenario,
    seed: run.seed,
    weeks: run.weeks,
    decisions: run.decisions,
    goals,
    label: name || undefined,
    origin: name ? { kind: "plan", name } : { kind: "plan" },
  });
}
