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
  return String.fromCharCode(
    hexDigit(n, 28),
    hexDigit(n, 24),
    hexDigit(n, 20),
    hexDigit(n, 16),
    hexDigit(n, 12),
    hexDigit(n, 8),
    hexDigit(n, 4),
    hexDigit(n, 0),
  );
}

/** The character code of the hex digit of n at bit `shift`. */
function hexDigit(n: number, shift: number): number {
  const v = (n >>> shift) & 15;
  return v < 10 ? 48 + v : 87 + v;
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
  const values = weekValues(metrics);
  let out = "[[";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const text =
      typeof v === "string"
        ? `"${v}"`
        : v === null || v === undefined
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

/**
 * A week's values in WEEK_KEYS order, read field by field (plain property reads are far quicker
 * than looking each key up by name). A unit test checks this list against WEEK_KEYS.
 */
export function weekValues(m: WeekMetrics): (number | string | null)[] {
  return [
    m.week,
    m.stage,
    m.members,
    m.joins,
    m.joinsOrganic,
    m.joinsReferral,
    m.joinsPaid,
    m.churned,
    m.newcomer,
    m.ordinary,
    m.active,
    m.core,
    m.dormant,
    m.dau,
    m.wau,
    m.mau,
    m.stickiness,
    m.retentionW1,
    m.retentionW4,
    m.retentionW12,
    m.contributorsShare,
    m.postsPerDay,
    m.messagesPerDay,
    m.kFactor,
    m.spamIncidents,
    m.nps,
    m.revenueWeek,
    m.revenue,
    m.spentWeek,
    m.spent,
    m.hoursUsed,
    m.hoursBudget,
  ];
}

const PRIME = 0x01000193;

/**
 * The two FNV-1a lanes while one chain step is being hashed (chain steps are synchronous, so one
 * pair serves them all).
 */
const lanes = new Int32Array(2);

function startLanes(previous: string): void {
  // The previous week's lanes are usually the ones chainHash just returned.
  lanes[0] = previous === lastHash ? lastA : parseInt(previous.slice(0, 8), 16);
  lanes[1] = previous === lastHash ? lastB : parseInt(previous.slice(8, 16), 16);
}

function feedCode(code: number): void {
  lanes[0] = Math.imul((lanes[0] as number) ^ code, PRIME);
  lanes[1] = Math.imul((lanes[1] as number) ^ code, PRIME);
}

function feedText(text: string): void {
  for (let i = 0; i < text.length; i++) feedCode(text.charCodeAt(i));
}

/** Ends a chain step: the lanes as 16 hex digits, remembered for the next step. */
function finishLanes(): string {
  lastA = (lanes[0] as number) >>> 0;
  lastB = (lanes[1] as number) >>> 0;
  lastHash = hex8(lastA) + hex8(lastB);
  return lastHash;
}

/** The last hash a chain step returned, with its two lanes. */
let lastHash = "";
let lastA = 0;
let lastB = 0;

/** Scratch for the digits of one number, least significant first. */
const digits = new Int32Array(24);

/** Writes the decimal digits of a whole number (as String(n) would, without the sign) into `digits`. */
function writeDigits(value: number): number {
  let n = value < 0 ? -value : value;
  let count = 0;
  // Two digits per division while there are more than two left.
  while (n >= 100) {
    const q = Math.floor(n / 100);
    const r = n - q * 100;
    const tens = Math.floor(r / 10);
    digits[count++] = 48 + (r - tens * 10);
    digits[count++] = 48 + tens;
    n = q;
  }
  if (n >= 10) {
    const tens = Math.floor(n / 10);
    digits[count++] = 48 + (n - tens * 10);
    digits[count++] = 48 + tens;
  } else digits[count++] = 48 + n;
  return count;
}

/**
 * The hash after a week, chained to the previous one: both lanes continue from the previous
 * hash's lanes over this week's canonical JSON — exactly the characters canonicalWeek writes,
 * with numbers fed digit by digit instead of as text (this is the hot path of replay; the unit
 * tests check the two agree for any values).
 */
export function chainHash(
  previous: string,
  metrics: WeekMetrics,
  events: readonly SimEvent[],
): string {
  startLanes(previous);
  feedText("[[");
  const values = weekValues(metrics);
  for (let i = 0; i < values.length; i++) {
    if (i > 0) feedCode(44);
    const v = values[i];
    if (typeof v !== "number") {
      feedText(typeof v === "string" ? `"${v}"` : "null");
      continue;
    }
    const n = Math.round(v * (SCALES[i] ?? 1));
    if (n < 0) feedCode(45);
    for (let d = writeDigits(n) - 1; d >= 0; d--) feedCode(digits[d] as number);
  }
  feedText("],[");
  for (let i = 0; i < events.length; i++)
    feedText((i > 0 ? ',"' : '"') + (events[i]?.id ?? "") + '"');
  feedText("]]");
  return finishLanes();
}

/** One chain step over a canonical text (to check chainHash against canonicalWeek). */
export function chainText(previous: string, text: string): string {
  startLanes(previous);
  feedText(text);
  return finishLanes();
}
