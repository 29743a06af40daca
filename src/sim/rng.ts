/**
 * Seeded randomness. One alea generator per stream and week, so a decision that changes how many
 * numbers one week draws can never shift any later week's luck (shared/SIM.md, "Randomness").
 * Only + − × ÷, sqrt, floor/round/min/max here: results are identical in every JavaScript engine.
 */
import alea from "seedrandom/lib/alea.js";
import { BINOMIAL_EXACT_N, BINOMIAL_INVERSION_MEAN } from "./parameters";

export type Stream = "joins" | "moves" | "events" | "personas";
export type Uniform = () => number;

/** The generator of one stream in one week. */
export function streamFor(seed: number | string, stream: Stream, week: number): Uniform {
  return alea(`${seed}:${stream}:${week}`);
}

/** x to a non-negative integer power by repeated squaring (no Math.pow). */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  let e = n;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
}

/** Inversion from P(0) = (1 − p)^n: exact for a small mean, one uniform. */
function inversion(rng: Uniform, n: number, p: number): number {
  const u = rng();
  const odds = p / (1 - p);
  let prob = powInt(1 - p, n);
  let cumulative = prob;
  let k = 0;
  while (u > cumulative && k < n) {
    prob *= ((n - k) / (k + 1)) * odds;
    k += 1;
    cumulative += prob;
    if (prob === 0) break;
  }
  return k;
}

/**
 * Binomial(n, p). Small n: an exact Bernoulli loop. Large n with a small mean on either side:
 * exact inversion (the normal approximation is poor there). Otherwise the normal approximation
 * with z = (sum of 12 uniforms) − 6, rounded and clamped to [0, n].
 */
export function binomial(rng: Uniform, n: number, p: number): number {
  const trials = Math.floor(n);
  if (trials <= 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  if (trials <= BINOMIAL_EXACT_N) {
    let k = 0;
    for (let i = 0; i < trials; i++) if (rng() < p) k += 1;
    return k;
  }
  const mean = trials * p;
  if (mean < BINOMIAL_INVERSION_MEAN) return inversion(rng, trials, p);
  if (trials - mean < BINOMIAL_INVERSION_MEAN) return trials - inversion(rng, trials, 1 - p);
  let z = -6;
  for (let i = 0; i < 12; i++) z += rng();
  const k = Math.round(mean + z * Math.sqrt(mean * (1 - p)));
  return Math.min(trials, Math.max(0, k));
}
