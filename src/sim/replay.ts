/** Replaying a run exactly, and Monte Carlo over seeds. */
import { init, scenarioLevers, step, summarize } from "./engine";
import { fingerprint } from "./hash";
import { nextLevers, scheduleDecisions } from "./decisions";
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

/** Values of one metric collected over runs, nulls left out (a typed array sorts quickly). */
class Column {
  readonly values: Float64Array;
  count = 0;
  constructor(size: number) {
    this.values = new Float64Array(size);
  }
  add(value: unknown): void {
    if (typeof value === "number") this.values[this.count++] = value;
  }
  /** p10, p50 and p90 of the values (sorts them in place). */
  spread(): Spread {
    const sorted = this.values.subarray(0, this.count).sort();
    return {
      p10: percentile(sorted, 0.1),
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
    };
  }
}

/** Replays the same decisions over `runs` seeds derived from the run's seed. */
export function monteCarloWith(
  run: Pick<Run, "seed" | "weeks" | "decisions">,
  scenario: Scenario,
  options: MonteCarloOptions,
): MonteCarloResult {
  const runs = Math.max(1, Math.floor(options.runs));
  const metrics = options.metrics ?? FINAL_KEYS;
  // perWeek[metric][week] and finals[metric]: one column of values over the runs each.
  const perWeek = metrics.map(() => Array.from({ length: run.weeks }, () => new Column(runs)));
  const finals = metrics.map(() => new Column(runs));
  const seeds: number[] = [];
  const every = Math.max(1, Math.floor(runs / 50));
  for (let i = 0; i < runs; i++) {
    const seed = derivedSeed(run.seed, i);
    seeds.push(seed);
    const result = replayWith({ ...run, seed }, scenario);
    const rows = result.weeks as unknown as Record<string, number | null>[];
    const finalRow = result.final as unknown as Record<string, number | null>;
    const last = rows[rows.length - 1];
    metrics.forEach((m, k) => {
      const columns = perWeek[k] as Column[];
      for (let w = 0; w < rows.length && w < columns.length; w++)
        (columns[w] as Column).add((rows[w] as Record<string, number | null>)[m]);
      (finals[k] as Column).add(m in finalRow ? finalRow[m] : last?.[m]);
    });
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === runs))
      options.onProgress(i + 1, runs);
  }
  const bands: Record<string, Band> = {};
  const final: Record<string, Spread> = {};
  metrics.forEach((m, k) => {
    const band: Band = { p10: [], p50: [], p90: [] };
    for (const column of perWeek[k] as Column[]) {
      const s = column.spread();
      band.p10.push(s.p10);
      band.p50.push(s.p50);
      band.p90.push(s.p90);
    }
    bands[m] = band;
    final[m] = (finals[k] as Column).spread();
  });
  return { runs, seeds, bands, final };
}
