/**
 * Seeded randomness. One alea generator per stream and week, so a decision that changes how many
 * numbers one week draws can never shift any later week's luck (shared/SIM.md, "Randomness").
 * Only + − × ÷, sqrt, floor/round/min/max here: results are identical in every JavaScript engine.
 */
import { BINOMIAL_EXACT_N, BINOMIAL_INVERSION_MEAN } from "./parameters";

export type Stream = "joins" | "moves" | "events" | "personas";
export type Uniform = () => number;

/*
 * seedrandom's alea (Johannes Baagøe's algorithm, MIT), ported here step for step so that a
 * generator costs a few dozen float operations instead of four closures, an object and a seed
 * string: a run opens about 200 of them. The arithmetic is the same, operation for operation,
 * so the numbers are identical to the bit; tests/unit/sim/rng.test.ts compares this port with
 * seedrandom's own alea over many seeds. Two exact shortcuts: Mash's `h >>> 0` is Math.floor(h)
 * because h stays in [0, 2^31) there; and the first of Alea's three passes over the seed text
 * starts from a fixed state, so its pass over the "seed:stream:" prefix is done once per run.
 */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Baagøe's Mash over character codes `codes[from..to)`, from state `n`; returns the new state. */
function mashCodes(n: number, codes: ArrayLike<number>, from: number, to: number): number {
  let state = n;
  for (let i = from; i < to; i++) {
    state += codes[i] as number;
    // state < 2^32 + 2^27 here, so h < 2^27 and Math.floor(h) === h >>> 0.
    let h = 0.02519603282416938 * state;
    state = Math.floor(h);
    h -= state;
    h *= state;
    state = Math.floor(h);
    h -= state;
    state += h * 0x100000000;
  }
  return state;
}

function codesOf(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

/** Mash over a whole string. */
function mash(n: number, data: string): number {
  const codes = codesOf(data);
  return mashCodes(n, codes, 0, codes.length);
}

/** The value Mash returns for a state. */
function mashValue(n: number): number {
  return (n >>> 0) * TWO_POW_MINUS_32;
}

// Alea always starts by mashing three spaces from the same state: do it once.
const MASH_AFTER_1 = mash(0xefc8249d, " ");
const MASH_AFTER_2 = mash(MASH_AFTER_1, " ");
const MASH_AFTER_3 = mash(MASH_AFTER_2, " ");
const SPACE_0 = mashValue(MASH_AFTER_1);
const SPACE_1 = mashValue(MASH_AFTER_2);
const SPACE_2 = mashValue(MASH_AFTER_3);

/** Alea over a seed given as character codes, the first pass's prefix already mashed. */
function aleaOf(
  codes: ArrayLike<number>,
  length: number,
  prefix: number,
  afterPrefix: number,
): Uniform {
  let n = mashCodes(afterPrefix, codes, prefix, length);
  let s0 = SPACE_0 - mashValue(n);
  if (s0 < 0) s0 += 1;
  n = mashCodes(n, codes, 0, length);
  let s1 = SPACE_1 - mashValue(n);
  if (s1 < 0) s1 += 1;
  n = mashCodes(n, codes, 0, length);
  let s2 = SPACE_2 - mashValue(n);
  if (s2 < 0) s2 += 1;
  let c = 1;
  return () => {
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    return s2;
  };
}

/** Alea seeded with a string: the same sequence as seedrandom's `alea(seed)`. */
export function alea(seed: string): Uniform {
  const codes = codesOf(seed);
  return aleaOf(codes, codes.length, 0, MASH_AFTER_3);
}

/** The "seed:stream:" prefix of each stream for the last seed asked for, with Mash's state after it. */
interface Prefix {
  codes: number[];
  state: number;
}
let prefixSeed: number | string | null = null;
let prefixes: Partial<Record<Stream, Prefix>> = {};
const seedCodes: number[] = [];

/** The generator of one stream in one week: alea seeded with "seed:stream:week". */
export function streamFor(seed: number | string, stream: Stream, week: number): Uniform {
  if (seed !== prefixSeed) {
    prefixSeed = seed;
    prefixes = {};
  }
  let prefix = prefixes[stream];
  if (!prefix) {
    const codes = codesOf(`${seed}:${stream}:`);
    prefix = { codes, state: mashCodes(MASH_AFTER_3, codes, 0, codes.length) };
    prefixes[stream] = prefix;
  }
  const start = prefix.codes.length;
  for (let i = 0; i < start; i++) seedCodes[i] = prefix.codes[i] as number;
  const weekText = String(week);
  for (let i = 0; i < weekText.length; i++) seedCodes[start + i] = weekText.charCodeAt(i);
  return aleaOf(seedCodes, start + weekText.length, start, prefix.state);
}

/** x to a non-negative integer power by repeated squaring (no Math.pow). */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  if (n <= 0x3fffffff) {
    // The same squarings with integer bit operations (n is a whole number below 2^30 here).
    let e = n | 0;
    while (e > 0) {
      if ((e & 1) === 1) result *= base;
      base *= base;
      e >>>= 1;
    }
    return result;
  }
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
