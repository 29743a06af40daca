/**
 * Monte Carlo over seeds: the same decisions replayed under seeds derived from the run's seed.
 * A module of its own so that pages which replay runs do not load it (src/lib/shared-workers.mjs).
 */
import { advance, init, scenarioLevers, summarize } from "./engine";
import { leverTimeline } from "./decisions";
import {
  bandOf,
  derivedSeed,
  percentile,
  spreadOf,
  type Band,
  type MonteCarloOptions,
  type MonteCarloResult,
  type PercentileTable,
  type Spread,
} from "./replay";
import { FINAL_KEYS } from "../vocabulary/metrics";
import type { Levers, Run, Scenario } from "./types";

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
