/**
 * Scoring a simulation run against goals: pure, no DOM, no clock. The rule (also in
 * src/grading/README.md; the rule table is rules.ts):
 *
 * - The value of a goal's metric is the value at `byWeek` when it has one, otherwise the run's
 *   `final` value (the last week's; spamIncidents counts the whole run, and up to `byWeek` when
 *   it has one). Under rule 3 a resource goal (hours used) is judged on the average weekly hours
 *   of the busiest four consecutive weeks up to that week, so easing off at the end cannot hide a
 *   run that overworked its team. A metric the run never produced (retention before any cohort
 *   is old enough) earns nothing.
 * - A goal met earns full credit (1). A goal missed earns at most half: half of how near the run
 *   came, ½ × (1 − gap ÷ scale), where the gap is target − actual for `>=` and actual − target
 *   for `<=`. So a goal missed by 10% earns 0.45 and one missed by half earns 0.25: meeting a
 *   goal always counts for more than nearly meeting it, and a run that meets none of its goals
 *   scores at most 50%.
 * - The scale is |target|; for a target of 0 it is the metric's natural span (100 for NPS, 1
 *   otherwise). Credit is clamped to 0–1.
 * - The score is the mean credit of the goals, as a percent rounded to one decimal.
 */
import type { Goal } from "../schemas/module";
import type { GoalResult, Score } from "../schemas/submission";
import type { Final, WeekMetrics } from "../sim/index";
import { CURRENT_RULE, RESOURCE_WINDOW, judgedOverRun, type ScoringRule } from "./rules";

/** What scoring needs from a replay. */
export interface ScorableRun {
  weeks: readonly WeekMetrics[];
  final: Final;
}

const SPAN: Record<string, number> = { nps: 100 };

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 10000) / 10000;

/**
 * The busiest `span` consecutive weeks of a weekly series: their average (to 0.1) and the week
 * (1-based) the window starts. A series shorter than `span` is one window.
 */
export function busiestWindow(
  values: readonly number[],
  span = RESOURCE_WINDOW,
): { average: number; from: number } | null {
  if (!values.length) return null;
  const width = Math.min(span, values.length);
  let sum = 0;
  for (let i = 0; i < width; i++) sum += values[i]!;
  let best = sum;
  let from = 0;
  for (let i = width; i < values.length; i++) {
    sum += values[i]! - values[i - width]!;
    if (sum > best) {
      best = sum;
      from = i - width + 1;
    }
  }
  return { average: round1(best / width), from: from + 1 };
}

/** The average of the busiest RESOURCE_WINDOW consecutive weeks among the first `upTo` weeks. */
function busiestAverage(
  weeks: readonly WeekMetrics[],
  metric: string,
  upTo: number,
): number | null {
  const values: number[] = [];
  for (const row of weeks.slice(0, upTo)) {
    const value = (row as unknown as Record<string, unknown>)[metric];
    if (typeof value !== "number") return null;
    values.push(value);
  }
  return busiestWindow(values)?.average ?? null;
}

/** The value a goal is judged on under `rule` (the current rule by default), or null if the run has none. */
export function goalValue(
  run: ScorableRun,
  goal: Pick<Goal, "metric" | "byWeek">,
  rule: ScoringRule = CURRENT_RULE,
): number | null {
  const metric = goal.metric;
  if (judgedOverRun(metric, rule)) {
    const upTo = goal.byWeek ?? run.weeks.length;
    return upTo > run.weeks.length ? null : busiestAverage(run.weeks, metric, upTo);
  }
  if (goal.byWeek !== undefined) {
    const row = run.weeks[goal.byWeek - 1];
    if (!row) return null;
    if (metric === "spamIncidents") {
      let total = 0;
      for (const w of run.weeks.slice(0, goal.byWeek)) total += w.spamIncidents;
      return total;
    }
    const value = (row as unknown as Record<string, unknown>)[metric];
    return typeof value === "number" ? value : null;
  }
  if (metric in run.final) return run.final[metric as keyof Final];
  const last = run.weeks[run.weeks.length - 1] as unknown as Record<string, unknown> | undefined;
  const value = last?.[metric];
  return typeof value === "number" ? value : null;
}

/** Credit (0–1) for reaching `actual` on a goal, a missed goal earning at most `missedShare`. */
export function goalCredit(
  goal: Pick<Goal, "metric" | "op" | "value">,
  actual: number | null,
  missedShare = CURRENT_RULE.missedShare,
): number {
  if (actual === null || !Number.isFinite(actual)) return 0;
  const target = goal.value;
  const gap = goal.op === ">=" ? target - actual : actual - target;
  if (gap <= 0) return 1;
  const scale = target !== 0 ? Math.abs(target) : (SPAN[goal.metric] ?? 1);
  return missedShare * Math.min(1, Math.max(0, 1 - gap / scale));
}

/** Scores a run on goals under a scoring rule (the current rule by default); the score names it. */
export function scoreRun(
  run: ScorableRun,
  goals: readonly Goal[],
  rule: ScoringRule = CURRENT_RULE,
): Score {
  const results: GoalResult[] = goals.map((goal) => {
    const actual = goalValue(run, goal, rule);
    return { ...goal, actual, credit: round4(goalCredit(goal, actual, rule.missedShare)) };
  });
  const mean = results.length ? results.reduce((t, r) => t + r.credit, 0) / results.length : 0;
  return { percent: Math.round(mean * 1000) / 10, goals: results, rule: rule.id };
}
