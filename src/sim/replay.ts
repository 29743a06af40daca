/** Replaying a run exactly, and Monte Carlo over seeds. */
import { advance, init, scenarioLevers, step, summarize } from "./engine";
import { fingerprint } from "./hash";
import { leverTimeline, nextLevers, scheduleDecisions } from "./decisions";
import { FINAL_KEYS } from "../vocabulary/metrics";
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

const QUANTILES = [0.1, 0.5, 0.9] as const;

/** p10, p50 and p90 of `values` (sorted in place) into `out` at `at`, `at + stride`, `at + 2 * stride`. */
function quantilesInto(values: Float64Array, out: Float64Array, at: number, stride: number): void {
  const sorted = values.sort();
  for (let q = 0; q < 3; q++)
    out[at + q * stride] = percentile(sorted, QUANTILES[q] as number) ?? NaN;
}

/**
 * Monte Carlo for bands: the same decisions over `options.runs` seeds derived from the run's seed,
 * keeping only the metrics asked for. It steps the engine without the state hash and keeps no
 * week records or event log, so it gives exactly the percentiles of replaying each seed
 * (`replayWith`) at a fraction of the work; the lever schedule, the same for every seed, is worked
 * out once.
 */
export function monteCarloBandsWith(
  run: Pick<Run, "seed" | "weeks" | "decisions">,
  scenario: Scenario,
  options: MonteCarloOptions,
): PercentileTable {
  const runs = Math.max(1, Math.floor(options.runs));
  const metrics = options.metrics ?? FINAL_KEYS;
  const weeks = run.weeks;
  const timeline = leverTimeline(scenarioLevers(scenario), run.decisions, weeks);
  // Column c = k * weeks + w holds metric k's values in week w + 1 over the runs, nulls left out.
  const values = new Float64Array(metrics.length * weeks * runs);
  const counts = new Int32Array(metrics.length * weeks);
  const finals = new Float64Array(metrics.length * runs);
  const finalCounts = new Int32Array(metrics.length);
  const every = Math.max(1, Math.floor(runs / 50));
  for (let i = 0; i < runs; i++) {
    let state = init(scenario, derivedSeed(run.seed, i));
    for (let w = 0; w < weeks; w++) {
      state = advance(state, timeline[w + 1] as Levers);
      const row = state.metrics as unknown as Record<string, unknown>;
      for (let k = 0; k < metrics.length; k++) {
        const v = row[metrics[k] as string];
        if (typeof v !== "number") continue;
        const c = k * weeks + w;
        values[c * runs + (counts[c] as number)] = v;
        counts[c] = (counts[c] as number) + 1;
      }
    }
    const final = summarize(state) as unknown as Record<string, unknown>;
    const last = weeks > 0 ? (state.metrics as unknown as Record<string, unknown>) : undefined;
    for (let k = 0; k < metrics.length; k++) {
      const m = metrics[k] as string;
      const v = m in final ? final[m] : last?.[m];
      if (typeof v !== "number") continue;
      finals[k * runs + (finalCounts[k] as number)] = v;
      finalCounts[k] = (finalCounts[k] as number) + 1;
    }
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === runs))
      options.onProgress(i + 1, runs);
  }
  const bands = new Float64Array(metrics.length * 3 * weeks);
  const final = new Float64Array(metrics.length * 3);
  for (let k = 0; k < metrics.length; k++) {
    for (let w = 0; w < weeks; w++) {
      const c = k * weeks + w;
      const column = values.subarray(c * runs, c * runs + (counts[c] as number));
      quantilesInto(column, bands, k * 3 * weeks + w, weeks);
    }
    const column = finals.subarray(k * runs, k * runs + (finalCounts[k] as number));
    quantilesInto(column, final, k * 3, 1);
  }
  return { runs, metrics: [...metrics], weeks, bands, final };
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

/** Replays the same decisions over `runs` seeds derived from the run's seed. */
export function monteCarloWith(
  run: Pick<Run, "seed" | "weeks" | "decisions">,
  scenario: Scenario,
  options: MonteCarloOptions,
): MonteCarloResult {
  const table = monteCarloBandsWith(run, scenario, options);
  const bands: Record<string, Band> = {};
  const final: Record<string, Spread> = {};
  for (const m of table.metrics) {
    bands[m] = bandOf(table, m) as Band;
    final[m] = spreadOf(table, m) as Spread;
  }
  const seeds = Array.from({ length: table.runs }, (_, i) => derivedSeed(run.seed, i));
  return { runs: table.runs, seeds, bands, final };
}
