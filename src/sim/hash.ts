/**
 * The chained state hash: FNV-1a (two 32-bit lanes with different offsets, 16 hex digits) over
 * the canonical JSON of each week's rounded metrics (in fixed point) and event ids, each week
 * continuing from the hash of the week before. Not a cryptographic signature: verification replays the run and compares; the hash is
 * a quick, exact fingerprint of every number of every week.
 */
import { WEEK_KEYS } from "./metrics";
import type { SimEvent, WeekMetrics } from "./types";

function fnv1a(text: string, offset: number): number {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** n (an unsigned 32-bit number) as 8 lowercase hex digits. */
function hex8(n: number): string {
  const d = (shift: number) => {
    const v = (n >>> shift) & 15;
    return v < 10 ? 48 + v : 87 + v;
  };
  return String.fromCharCode(d(28), d(24), d(20), d(16), d(12), d(8), d(4), d(0));
}

const LANE_A = 0x811c9dc5;
const LANE_B = 0x5bd1e995;

/** A fast 64-bit fingerprint of a string as 16 hex digits (two FNV-1a lanes). */
export function fingerprint(text: string): string {
  return hex8(fnv1a(text, LANE_A)) + hex8(fnv1a(text, LANE_B));
}

/** Fixed-point scale of the metrics that are not whole numbers (they are already rounded to it). */
const SCALE: Partial<Record<keyof WeekMetrics, number>> = {
  stickiness: 10000,
  retentionW1: 10000,
  retentionW4: 10000,
  retentionW12: 10000,
  contributorsShare: 10000,
  kFactor: 1000,
  postsPerDay: 10,
  messagesPerDay: 10,
  hoursUsed: 10,
  hoursBudget: 10,
};
const SCALES: readonly number[] = WEEK_KEYS.map((k) => SCALE[k] ?? 1);

/**
 * Canonical JSON of one week: `[[values in WEEK_KEYS order], [event ids]]`, each number as a
 * whole number in its fixed-point unit (ratios in ten-thousandths, K in thousandths, per-day and
 * hour figures in tenths), so the text is the same in every JavaScript engine and quick to build.
 */
export function canonicalWeek(metrics: WeekMetrics, events: readonly SimEvent[]): string {
  let out = "[[";
  for (let i = 0; i < WEEK_KEYS.length; i++) {
    const v = metrics[WEEK_KEYS[i] as keyof WeekMetrics];
    const text =
      typeof v === "string"
        ? `"${v}"`
        : v === null
          ? "null"
          : String(Math.round(v * (SCALES[i] ?? 1)));
    out += i > 0 ? "," + text : text;
  }
  out += "],[";
  for (let i = 0; i < events.length; i++) out += (i > 0 ? ',"' : '"') + (events[i]?.id ?? "") + '"';
  return out + "]]";
}

/** The hash before week 1: it binds the model version, scenario and seed. */
export function genesisHash(modelVersion: string, scenarioId: string, seed: number): string {
  return fingerprint(`${modelVersion}|${scenarioId}|${seed}`);
}

// The two FNV lanes while a week is being hashed (chainHash is synchronous, so this is safe).
let laneA = 0;
let laneB = 0;
const PRIME = 0x01000193;

function feedChar(c: number): void {
  laneA = Math.imul(laneA ^ c, PRIME);
  laneB = Math.imul(laneB ^ c, PRIME);
}

function feed(text: string): void {
  for (let i = 0; i < text.length; i++) feedChar(text.charCodeAt(i));
}

/** Feeds the decimal digits of a whole number, exactly as String(n) writes it. */
function feedInt(value: number): void {
  let n = value;
  if (n < 0) {
    feedChar(45);
    n = -n;
  }
  let div = 1;
  while (div * 10 <= n) div *= 10;
  while (div >= 1) {
    const digit = Math.floor(n / div);
    feedChar(48 + digit);
    n -= digit * div;
    div /= 10;
  }
}

/**
 * The hash after a week, chained to the previous one: both lanes continue from the previous
 * hash's lanes over this week's canonical JSON — exactly the characters canonicalWeek writes,
 * fed without building the string (this is the hot path of replay).
 */
export function chainHash(
  previous: string,
  metrics: WeekMetrics,
  events: readonly SimEvent[],
): string {
  laneA = parseInt(previous.slice(0, 8), 16);
  laneB = parseInt(previous.slice(8, 16), 16);
  feedChar(91);
  feedChar(91);
  for (let i = 0; i < WEEK_KEYS.length; i++) {
    if (i > 0) feedChar(44);
    const v = metrics[WEEK_KEYS[i] as keyof WeekMetrics];
    if (typeof v === "string") {
      feedChar(34);
      feed(v);
      feedChar(34);
    } else if (v === null) feed("null");
    else feedInt(Math.round(v * (SCALES[i] ?? 1)));
  }
  feed("],[");
  for (let i = 0; i < events.length; i++) {
    if (i > 0) feedChar(44);
    feedChar(34);
    feed(events[i]?.id ?? "");
    feedChar(34);
  }
  feedChar(93);
  feedChar(93);
  return hex8(laneA >>> 0) + hex8(laneB >>> 0);
}

/** The same chain step over a canonical text, for checking chainHash against canonicalWeek. */
export function chainText(previous: string, text: string): string {
  const a = parseInt(previous.slice(0, 8), 16);
  const b = parseInt(previous.slice(8, 16), 16);
  return hex8(fnv1a(text, a)) + hex8(fnv1a(text, b));
}
