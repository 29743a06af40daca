/**
 * The sandbox's view-model: plain functions from a replay to what the page shows — chart series,
 * stage bands, decision markers, KPI cards with week-on-week change, the decision list, the goal
 * checklist and the event log. No DOM; unit-tested.
 */
import { scoreRun } from "../grading/score";
import { CURRENT_RULE, type ScoringRule } from "../grading/rules";
import type { Goal } from "../schemas/module";
import {
  LEVERS,
  applyDecisions,
  type Band,
  type Decision,
  type Levers,
  type ReplayResult,
  type SimEvent,
  type Stage,
  type StageSpan,
  type WeekMetrics,
} from "../sim/index";

export type Series = (number | null)[];

/** A lifecycle stage over a span of weeks [from, to] on the time axis. */
export interface StageBand {
  stage: Stage;
  from: number;
  to: number;
}

/** Everything the time charts draw, indexed by week 0..weeks (null where not run yet). */
export interface SandboxSeries {
  weeks: number;
  /** Weeks run so far. */
  current: number;
  newcomer: Series;
  ordinary: Series;
  active: Series;
  core: Series;
  dormant: Series;
  members: Series;
  dau: Series;
  wau: Series;
  mau: Series;
  stickiness: Series;
  joinsOrganic: Series;
  joinsReferral: Series;
  joinsPaid: Series;
  joins: Series;
  revenue: Series;
  spent: Series;
  revenueWeek: Series;
  spentWeek: Series;
  nps: Series;
  /** Retention of recent cohorts by weeks since joining: 0 → 100%, then w1, w4, w12 as of the current week. */
  retention: { x: number; y: number | null }[];
  stages: StageBand[];
  /** Weeks in which a decision took effect (after the start). */
  markers: number[];
}

export const TIME_METRICS = [
  "newcomer",
  "ordinary",
  "active",
  "core",
  "dormant",
  "members",
  "dau",
  "wau",
  "mau",
  "stickiness",
  "joinsOrganic",
  "joinsReferral",
  "joinsPaid",
  "joins",
  "revenue",
  "spent",
  "revenueWeek",
  "spentWeek",
  "nps",
] as const;
export type TimeMetric = (typeof TIME_METRICS)[number];

/** Stage spans (from the engine) as bands up to the current week. */
export function stageBands(stages: readonly StageSpan[], current: number): StageBand[] {
  const bands: StageBand[] = [];
  stages.forEach((span, i) => {
    if (span.fromWeek > current) return;
    const next = stages[i + 1];
    const to = next && next.fromWeek <= current ? next.fromWeek : current;
    bands.push({ stage: span.stage, from: span.fromWeek, to });
  });
  return bands;
}

/** Weeks where a decision takes effect mid-run (week 0 and 1 are the start). */
export function decisionMarkers(decisions: readonly Decision[], current: number): number[] {
  const weeks = new Set<number>();
  for (const d of decisions)
    if (d.week >= 2 && d.week <= current + 1 && Object.keys(d.set).length) weeks.add(d.week);
  return [...weeks].sort((a, b) => a - b);
}

/**
 * The time series of a run. `rows` are the weeks run so far with the starting state first
 * (rows[0] is week 0); the series are padded with null to `weeks`.
 */
export function seriesOf(
  rows: readonly WeekMetrics[],
  weeks: number,
  stages: readonly StageSpan[],
  decisions: readonly Decision[],
): SandboxSeries {
  const current = Math.max(0, rows.length - 1);
  const pick = (key: TimeMetric, fromWeek = 0): Series =>
    Array.from({ length: weeks + 1 }, (_, w) => {
      const row = rows[w];
      return row && w >= fromWeek ? (row[key] as number) : null;
    });
  const last = rows[current];
  return {
    weeks,
    current,
    newcomer: pick("newcomer"),
    ordinary: pick("ordinary"),
    active: pick("active"),
    core: pick("core"),
    dormant: pick("dormant"),
    members: pick("members"),
    dau: pick("dau"),
    wau: pick("wau"),
    mau: pick("mau"),
    stickiness: pick("stickiness"),
    joinsOrganic: pick("joinsOrganic", 1),
    joinsReferral: pick("joinsReferral", 1),
    joinsPaid: pick("joinsPaid", 1),
    joins: pick("joins", 1),
    revenue: pick("revenue"),
    spent: pick("spent"),
    revenueWeek: pick("revenueWeek", 1),
    spentWeek: pick("spentWeek", 1),
    nps: pick("nps"),
    retention: [
      { x: 0, y: current > 0 ? 1 : null },
      { x: 1, y: last?.retentionW1 ?? null },
      { x: 4, y: last?.retentionW4 ?? null },
      { x: 12, y: last?.retentionW12 ?? null },
    ],
    stages: stageBands(stages, current),
    markers: decisionMarkers(decisions, current),
  };
}

/** A Monte Carlo band (index 0 = week 1) aligned to the time axis (index 0 = week 0). */
export function alignBand(
  band: Band | undefined,
  weeks: number,
): { p10: Series; p50: Series; p90: Series } | null {
  if (!band) return null;
  const shift = (xs: (number | null)[]): Series => [null, ...xs.slice(0, weeks)];
  return { p10: shift(band.p10), p50: shift(band.p50), p90: shift(band.p90) };
}

/** The KPI cards: value at the current week and the change from the week before. */
export const KPI_METRICS = [
  "members",
  "dau",
  "stickiness",
  "retentionW4",
  "nps",
  "revenue",
] as const;
export interface Kpi {
  metric: (typeof KPI_METRICS)[number];
  value: number | null;
  /** Change since last week; null in week 0 or when either value is missing. */
  delta: number | null;
}

export function kpis(rows: readonly WeekMetrics[]): Kpi[] {
  const now = rows[rows.length - 1];
  const before = rows.length > 1 ? rows[rows.length - 2] : undefined;
  return KPI_METRICS.map((metric) => {
    const value = now ? now[metric] : null;
    const prev = before ? before[metric] : null;
    const delta =
      value !== null && prev !== null && prev !== undefined ? round4(value - prev) : null;
    return { metric, value, delta };
  });
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** One line of the decision list: a lever changed from one value to another from a week on. */
export interface DecisionLine {
  /** The decision's week as stored (0 = the start). */
  week: number;
  lever: keyof Levers;
  from: unknown;
  to: unknown;
}

/**
 * The learner's decisions as readable lines, in week order, each with the value it replaced; a
 * setting that leaves a lever as it was is not a line.
 */
export function decisionLines(base: Levers, decisions: readonly Decision[]): DecisionLine[] {
  const lines: DecisionLine[] = [];
  const order = LEVERS.map((l) => l.name);
  const weeks = [...new Set(decisions.map((d) => d.week))].sort((a, b) => a - b);
  for (const week of weeks) {
    const before = applyDecisions(
      base,
      decisions.filter((d) => d.week < week && !(week <= 1 && d.week <= 1)),
      Math.max(0, week - 1),
    );
    const set: Partial<Levers> = {};
    for (const d of decisions) if (d.week === week) Object.assign(set, d.set);
    for (const lever of order) {
      if (!(lever in set)) continue;
      const from = lever === "transform" ? "none" : before[lever];
      // A lever "changed" to the value in force changes nothing (withoutNoOps in session.ts).
      if (set[lever] === from) continue;
      lines.push({ week, lever, from, to: set[lever] });
    }
  }
  return lines;
}

/** One goal in the live checklist. */
export interface GoalLine {
  goal: Goal;
  /** The value the goal is judged on so far (null: not measurable yet). */
  actual: number | null;
  credit: number;
  /**
   * met: reached at its week; missed: its week has passed without it; on-track: reached now but
   * not due yet; pending: not reached and not due yet.
   */
  state: "met" | "missed" | "on-track" | "pending";
}

/**
 * Goals scored with src/grading/score.ts on the weeks run so far. A goal whose week has not come
 * yet is judged on the latest week ("if the run ended now") and is pending or on track, never
 * missed. At the end of the run the percent is the score a submission gets, by the assignment's
 * scoring rule (`rule`; the current one for a free run).
 */
export function goalChecklist(
  result: Pick<ReplayResult, "weeks" | "final">,
  goals: readonly Goal[],
  weeksTotal: number,
  rule: ScoringRule = CURRENT_RULE,
): { lines: GoalLine[]; percent: number } {
  const current = result.weeks.length;
  const due = (goal: Goal) => goal.byWeek ?? weeksTotal;
  const judged = goals.map((goal) => {
    if (current >= due(goal) || goal.byWeek === undefined) return goal;
    const { byWeek: _later, ...now } = goal;
    return now;
  });
  const score = scoreRun(result, judged, rule);
  const lines = score.goals.map((g, i): GoalLine => {
    const goal = goals[i] as Goal;
    const met = g.credit >= 1;
    const done = current >= due(goal);
    const state = done ? (met ? "met" : "missed") : met ? "on-track" : "pending";
    return { goal, actual: g.actual, credit: g.credit, state };
  });
  return { lines, percent: score.percent };
}

/** The event log up to now, newest first. */
export function eventLog(events: readonly SimEvent[]): SimEvent[] {
  return [...events].sort((a, b) => b.week - a.week);
}

/** The difference in goal metrics between two runs (B − A), for the compare panel. */
export interface CompareLine {
  metric: string;
  a: number | null;
  b: number | null;
  diff: number | null;
  /** Whether B is better for the goal's direction. */
  better: boolean | null;
}

export function compareGoals(
  a: Pick<ReplayResult, "weeks" | "final">,
  b: Pick<ReplayResult, "weeks" | "final">,
  goals: readonly Goal[],
): CompareLine[] {
  const sa = scoreRun(a, goals).goals;
  const sb = scoreRun(b, goals).goals;
  return goals.map((goal, i) => {
    const va = sa[i]?.actual ?? null;
    const vb = sb[i]?.actual ?? null;
    const diff = va !== null && vb !== null ? round4(vb - va) : null;
    return {
      metric: goal.metric,
      a: va,
      b: vb,
      diff,
      better: diff === null || diff === 0 ? null : goal.op === ">=" ? diff > 0 : diff < 0,
    };
  });
}

/** "module-04-cold-start" → "04-cold-start" (a module's own challenge); other assignment ids → null. */
export function moduleIdOf(assignmentId: string): string | null {
  const match = /^module-(\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(assignmentId);
  return match ? (match[1] as string) : null;
}
