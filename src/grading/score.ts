/**
 * Scoring a simulation run against goals: pure, no DOM, no clock. The rule (also in
 * src/grading/README.md):
 *
 * - The value of a goal's metric is the value at `byWeek` when it has one, otherwise the run's
 *   `final` value (the last week's; spamIncidents counts the whole run, and up to `byWeek` when
 *   it has one). A metric the run never produced (retention before any cohort is old enough)
 *   earns nothing.
 * - `>=`: full credit at or above the target; below it, credit falls in proportion to the
 *   shortfall: 1 − (target − actual) ÷ |target| — for a positive target simply actual ÷ target.
 * - `<=`: the mirror image: full credit at or below the target, then 1 − (actual − target) ÷ |target|.
 * - The scale is |target|; for a target of 0 it is the metric's natural span (100 for NPS, 1
 *   otherwise). Credit is clamped to 0–1.
 * - The score is the mean credit of the goals, as a percent rounded to one decimal.
 */
import type { Goal } from "../schemas/module";
import type { GoalResult, Score } from "../schemas/submission";
import type { Final, WeekMetrics } from "../sim/index";

/** What scoring needs from a replay. */
export interface ScorableRun {
  weeks: readonly WeekMetrics[];
  final: Final;
}

const SPAN: Record<string, number> = { nps: 100 };

/** The value a goal is judged on, or null if the run has none. */
export function goalValue(run: ScorableRun, goal: Pick<Goal, "metric" | "byWeek">): number | null {
  const metric = goal.metric;
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

/** Credit (0–1) for reaching `actual` on a goal. */
export function goalCredit(
  goal: Pick<Goal, "metric" | "op" | "value">,
  actual: number | null,
): number {
  if (actual === null || !Number.isFinite(actual)) return 0;
  const target = goal.value;
  const gap = goal.op === ">=" ? target - actual : actual - target;
  if (gap <= 0) return 1;
  const scale = target !== 0 ? Math.abs(target) : (SPAN[goal.metric] ?? 1);
  return Math.min(1, Math.max(0, 1 - gap / scale));
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** Scores a run on goals. */
export function scoreRun(run: ScorableRun, goals: readonly Goal[]): Score {
  const results: GoalResult[] = goals.map((goal) => {
    const actual = goalValue(run, goal);
    return { ...goal, actual, credit: round4(goalCredit(goal, actual)) };
  });
  const mean = results.length ? results.reduce((t, r) => t + r.credit, 0) / results.length : 0;
  return { percent: Math.round(mean * 1000) / 10, goals: results };
}
