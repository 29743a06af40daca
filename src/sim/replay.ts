/**
 * Replaying a run exactly; Monte Carlo's seeds, percentiles and how its results read (the
 * computation itself is montecarlo.ts, which the sandbox page does not load: its worker does).
 */
import { init, scenarioLevers, step, summarize } from "./engine";
import { fingerprint } from "./hash";
import { nextLevers, scheduleDecisions } from "./decisions";
import type { Levers, ReplayResult, Run, Scenario, SimEvent, WeekMetrics } from "./types";

/** Replays a run on a given scenario: every week's metrics, the stages, the event log and the hash. */
export function replayWith(
  run: Pick<Run, "seed" | "weeks" | "decisions">,
  scenario: Scenario,
): ReplayResult {
  let state = init(scenario, run.seed);
  const schedule = scheduleDecisions(run.decisions);
  let levers: Levers = scenarioLevers(scenario);
  const weeks: WeekMetrics[] = [];
  const events: SimEvent[] = [];
  for (let w = 1; w <= run.weeks; w++) {
    levers = nextLevers(levers, schedule.get(w));
    state = step(state, levers);
    weeks.push(state.metrics);
    for (const e of state.events) events.push(e);
  }
  return { weeks, stages: state.stages, events, hash: state.hash, final: summarize(state) };
}

/** The i-th seed of a Monte Carlo over a base seed (the 0th is the base seed itself). */
export function derivedSeed(seed: number, i: number): number {
  if (i === 0) return seed;
  return parseInt(fingerprint(`${seed}:mc:${i}`).slice(0, 8), 16) % 2147483647;
}

export interface Band {
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
}
export interface Spread {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}
export interface MonteCarloOptions {
  runs: number;
  /** Metric names (WeekMetrics keys); defaults to the keys of `final`. */
  metrics?: readonly string[];
  /** Called as runs finish (done, total): a Web Worker posts it to the page. */
  onProgress?: (done: number, total: number) => void;
}
export interface MonteCarloResult {
  runs: number;
  seeds: number[];
  /** Per metric, per week (index 0 = week 1): the 10th, 50th and 90th percentile over seeds. */
  bands: Record<string, Band>;
  /** Per metric, the spread of the run's `final` value (spamIncidents: the run's total). */
  final: Record<string, Spread>;
}

/** Percentile by linear interpolation between order statistics; null when there are no values. */
export function percentile(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return Math.round((a + (b - a) * (pos - lo)) * 10000) / 10000;
}

/**
 * Monte Carlo's percentiles in flat typed arrays (a worker hands them to the page without copying).
 * Quantile q is 0 for p10, 1 for p50, 2 for p90; NaN stands where no run had a value.
 */
export interface PercentileTable {
  runs: number;
  metrics: readonly string[];
  weeks: number;
  /** Metric k's quantile q in week w + 1 at `(k * 3 + q) * weeks + w`. */
  bands: Float64Array;
  /** Metric k's quantile q of the run's `final` value (spamIncidents: the run's total) at `k * 3 + q`. */
  final: Float64Array;
}

const orNull = (x: number | undefined): number | null =>
  x === undefined || Number.isNaN(x) ? null : x;

/** One metric's band (index 0 = week 1) from a percentile table; undefined if it was not asked for. */
export function bandOf(table: PercentileTable, metric: string): Band | undefined {
  const k = table.metrics.indexOf(metric);
  if (k < 0) return undefined;
  const quantile = (q: number) =>
    Array.from(
      table.bands.subarray((k * 3 + q) * table.weeks, (k * 3 + q + 1) * table.weeks),
      orNull,
    );
  return { p10: quantile(0), p50: quantile(1), p90: quantile(2) };
}

/** One metric's spread of final values from a percentile table; undefined if it was not asked for. */
export function spreadOf(table: PercentileTable, metric: string): Spread | undefined {
  const k = table.metrics.indexOf(metric);
  if (k < 0) return undefined;
  const f = table.final;
  return { p10: orNull(f[k * 3]), p50: orNull(f[k * 3 + 1]), p90: orNull(f[k * 3 + 2]) };
}
