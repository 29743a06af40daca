/** Shared helpers for the engine's tests: runs over many seeds and medians. */
import {
  MODEL_VERSION,
  derivedSeed,
  percentile,
  replay,
  type Decision,
  type ReplayResult,
  type Scenario,
} from "../../../src/sim/index";
import { getScenario } from "../../../src/lib/scenarios";

export function scenario(id: string): Scenario {
  const s = getScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

export function runOnce(
  id: string,
  seed: number,
  decisions: Decision[] = [],
  weeks?: number,
  sc?: Scenario,
): ReplayResult {
  const s = sc ?? scenario(id);
  return replay(
    { modelVersion: MODEL_VERSION, scenario: s.id, seed, weeks: weeks ?? s.weeks, decisions },
    s,
  );
}

/** The same decisions over `n` seeds (common random numbers across variants: same seeds). */
export function runMany(
  id: string,
  decisions: Decision[],
  n = 200,
  weeks?: number,
  sc?: Scenario,
): ReplayResult[] {
  const s = sc ?? scenario(id);
  return Array.from({ length: n }, (_, i) =>
    runOnce(id, derivedSeed(1000 + s.seed, i), decisions, weeks, s),
  );
}

export function median(values: readonly number[]): number {
  const p = percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
  if (p === null) throw new Error("median of nothing");
  return p;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The non-null values of a weekly series. */
export function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}
