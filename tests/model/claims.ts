/**
 * The claims the course teaches about running a community, as paired experiments on the engine:
 * strategy A against strategy B under the same seeds (common random numbers), in several
 * scenarios. The unit test tests/unit/sim/claims.test.ts holds every claim; `npm run sim:claims`
 * prints the table (medians, p10–p90, and how often A beat B seed by seed).
 */
import {
  MODEL_VERSION,
  derivedSeed,
  percentile,
  replay,
  type Decision,
  type ReplayResult,
  type Scenario,
} from "../../src/sim/index";
import { getScenario } from "../../src/lib/scenarios";

export type Set = Decision["set"];
export interface Variant {
  label: string;
  decisions: (sc: Scenario) => Decision[];
  /** A changed copy of the scenario (e.g. a bigger team), for claims about the situation. */
  scenario?: (sc: Scenario) => Scenario;
}
/** What a measure may look at besides its run: the other side's run and the control's. */
export interface MeasureContext {
  side: "a" | "b";
  other: ReplayResult;
  control?: ReplayResult;
}
export interface Measure {
  label: string;
  /** The value of one run; null leaves the seed out (e.g. a crisis that did not happen). */
  of: (run: ReplayResult, ctx: MeasureContext) => number | null;
  /** Which way the claim says A differs from B. */
  better: "higher" | "lower";
}
export interface Claim {
  id: string;
  module: number;
  text: string;
  scenarios: readonly string[];
  weeks: number;
  a: Variant;
  b: Variant;
  /** A third strategy some measures compare against (e.g. no push at all). */
  control?: Variant;
  measures: readonly Measure[];
  /**
   * A rule the course states: A must beat B in at least this share of the seeds (paired), far
   * beyond what seed noise gives. Otherwise only the medians must differ in the claimed direction.
   */
  rule?: number;
}

export const at = (week: number, set: Set): Decision => ({ week, set });
export const from0 = (set: Set) => () => [at(0, set)];

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const present = (xs: readonly (number | null)[]) => xs.filter((x): x is number => x !== null);
const meanOf = (key: "retentionW4" | "retentionW1") => (r: ReplayResult) =>
  present(r.weeks.map((w) => w[key])).length ? mean(present(r.weeks.map((w) => w[key]))) : null;
const weekValue =
  (key: "wau" | "members" | "nps" | "stickiness" | "retentionW4", week: number) =>
  (r: ReplayResult) =>
    r.weeks[week - 1]?.[key] ?? null;
const final =
  (key: "wau" | "members" | "nps" | "spamIncidents" | "stickiness") => (r: ReplayResult) =>
    r.final[key];

export const M = {
  wau: { label: "final WAU", of: final("wau"), better: "higher" },
  members: { label: "final members", of: final("members"), better: "higher" },
  nps: { label: "final NPS", of: final("nps"), better: "higher" },
  spam: { label: "spam incidents (run)", of: final("spamIncidents"), better: "lower" },
  stickiness: { label: "final DAU/MAU", of: final("stickiness"), better: "higher" },
  w4: { label: "mean week-4 retention", of: meanOf("retentionW4"), better: "higher" },
  w1: { label: "mean week-1 retention", of: meanOf("retentionW1"), better: "higher" },
  at: weekValue,
} as const;

/** The same decisions over `n` seeds derived from the scenario's seed. */
export function runVariant(id: string, v: Variant, weeks: number, n: number): ReplayResult[] {
  const base = getScenario(id);
  if (!base) throw new Error(`no scenario ${id}`);
  const sc = v.scenario ? v.scenario(base) : base;
  const decisions = v.decisions(base);
  return Array.from({ length: n }, (_, i) =>
    replay(
      {
        modelVersion: MODEL_VERSION,
        scenario: sc.id,
        seed: derivedSeed(1000 + base.seed, i),
        weeks,
        decisions,
      },
      sc,
    ),
  );
}

export interface Spread {
  p10: number;
  p50: number;
  p90: number;
}
export interface Row {
  claim: string;
  module: number;
  scenario: string;
  measure: string;
  a: Spread;
  b: Spread;
  /** Seeds counted (a measure may leave some out). */
  seeds: number;
  /** Share of seeds where A beat B in the claimed direction (ties count half). */
  aWins: number;
  holds: boolean;
  rule?: number;
}

function spread(xs: number[]): Spread {
  const sorted = [...xs].sort((x, y) => x - y);
  return {
    p10: percentile(sorted, 0.1) ?? Number.NaN,
    p50: percentile(sorted, 0.5) ?? Number.NaN,
    p90: percentile(sorted, 0.9) ?? Number.NaN,
  };
}

/** Evaluates a claim in every scenario it names over `n` seeds. */
export function evaluate(claim: Claim, n = 200): Row[] {
  const rows: Row[] = [];
  for (const id of claim.scenarios) {
    const runsA = runVariant(id, claim.a, claim.weeks, n);
    const runsB = runVariant(id, claim.b, claim.weeks, n);
    const runsC = claim.control ? runVariant(id, claim.control, claim.weeks, n) : [];
    for (const m of claim.measures) {
      const a: number[] = [];
      const b: number[] = [];
      let wins = 0;
      runsA.forEach((ra, i) => {
        const rb = runsB[i] as ReplayResult;
        const control = runsC[i];
        const va = m.of(ra, { side: "a", other: rb, control });
        const vb = m.of(rb, { side: "b", other: ra, control });
        if (va === null || vb === null) return;
        a.push(va);
        b.push(vb);
        const sign = m.better === "higher" ? va - vb : vb - va;
        wins += sign > 0 ? 1 : sign === 0 ? 0.5 : 0;
      });
      const sa = spread(a);
      const sb = spread(b);
      const aWins = a.length ? wins / a.length : 0;
      const mediansAgree = m.better === "higher" ? sa.p50 > sb.p50 : sa.p50 < sb.p50;
      rows.push({
        claim: claim.id,
        module: claim.module,
        scenario: id,
        measure: m.label,
        a: sa,
        b: sb,
        seeds: a.length,
        aWins,
        holds: a.length > 0 && mediansAgree && (claim.rule === undefined || aWins >= claim.rule),
        ...(claim.rule !== undefined ? { rule: claim.rule } : {}),
      });
    }
  }
  return rows;
}
