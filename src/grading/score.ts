/**
 * Scoring a simulation run against goals: pure, no DOM, no clock. The rule (also in
 * src/grading/README.md):
 *
 * - The value of a goal's metric is the value at `byWeek` when it has one, otherwise the run's
 *   `final` value (the last week's; spamIncidents counts the whole run, and up to `byWeek` when
 *   it has one). A metric the run never produced (retention before any cohort is old enough)
 *   earns nothing.
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

/** What scoring needs from a replay. */
export interface ScorableRun {
  weeks: readonly WeekMetrics[];
  final: Final;
}

const SPAN: Record<string, number> = { nps: 100 };

/** The most a missed goal can earn: half of a met goal. */
export const MISSED_SHARE = 0.5;

/**
 * The missed-goal share a submission's score was computed with, by submission version: version 1
 * gave a missed goal its full proportion (a run missing every goal by 10% scored 90%).
 */
export function missedShareOf(submissionVersion: number): number {
  return submissionVersion === 1 ? 1 : MISSED_SHARE;
}

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
  missedShare = MISSED_SHARE,
): number {
  if (actual === null || !Number.isFinite(actual)) return 0;
  const target = goal.value;
  const gap = goal.op === ">=" ? target - actual : actual - target;
  if (gap <= 0) return 1;
  const scale = target !== 0 ? Math.abs(target) : (SPAN[goal.metric] ?? 1);
  return missedShare * Math.min(1, Math.max(0, 1 - gap / scale));
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** Scores a run on goals (`missedShare`: see missedShareOf; the current rule by default). */
export function scoreRun(
  run: ScorableRun,
  goals: readonly Goal[],
  missedShare = MISSED_SHARE,
): Score {
  const results: GoalResult[] = goals.map((goal) => {
    const actual = goalValue(run, goal);
    return { ...goal, actual, credit: round4(goalCredit(goal, actual, missedShare)) };
  });
  const mean = results.length ? results.reduce((t, r) => t + r.credit, 0) / results.length : 0;
  return { percent: Math.round(mean * 1000) / 10, goals: results };
}
