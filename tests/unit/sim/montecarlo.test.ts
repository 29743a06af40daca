import { describe, expect, it } from "vitest";
import {
  FINAL_KEYS,
  MODEL_VERSION,
  WEEK_KEYS,
  bandOf,
  derivedSeed,
  monteCarloBandsWith,
  type Scenario,
  spreadOf,
} from "../../../src/sim/index";
import { getScenario, monteCarloRun, replayRun } from "../../../src/lib/scenarios";

const run = {
  modelVersion: MODEL_VERSION,
  scenario: "xhs-beauty-creator",
  seed: 42,
  weeks: 20,
  decisions: [],
};

/** p10, p50 and p90 by sorting and interpolating, nulls left out (null when nothing is left). */
function naiveSpread(values: (number | null)[]): (number | null)[] {
  const sorted = values.filter((v): v is number => v !== null).sort((x, y) => x - y);
  return [0.1, 0.5, 0.9].map((q) => {
    if (sorted.length === 0) return null;
    const pos = (sorted.length - 1) * q;
    const lo = sorted[Math.floor(pos)] ?? 0;
    const hi = sorted[Math.ceil(pos)] ?? lo;
    return Math.round((lo + (hi - lo) * (pos - Math.floor(pos))) * 10000) / 10000;
  });
}

describe("monteCarlo", () => {
  it("gives p10 ≤ p50 ≤ p90 for every week and metric, over seeds derived from the run's seed", () => {
    const progress: [number, number][] = [];
    const mc = monteCarloRun(run, {
      runs: 40,
      metrics: ["members", "stickiness", "retentionW4"],
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(mc.runs).toBe(40);
    expect(mc.seeds[0]).toBe(42);
    expect(new Set(mc.seeds).size).toBe(40);
    expect(Object.keys(mc.bands)).toEqual(["members", "stickiness", "retentionW4"]);
    for (const band of Object.values(mc.bands)) {
      expect(band.p50).toHaveLength(20);
      band.p50.forEach((p50, i) => {
        if (p50 === null) return;
        expect(band.p10[i]).toBeLessThanOrEqual(p50);
        expect(band.p90[i]).toBeGreaterThanOrEqual(p50);
      });
    }
    expect(mc.bands.retentionW4?.p50[0]).toBeNull();
    expect(mc.bands.members?.p90[19]).toBeGreaterThan(mc.bands.members?.p10[19] ?? Infinity);
    expect(progress[progress.length - 1]).toEqual([40, 40]);
  });

  it("is reproducible, and its median run is a real replay of one of its seeds", () => {
    const a = monteCarloRun(run, { runs: 9 });
    const b = monteCarloRun(run, { runs: 9 });
    expect(a).toEqual(b);
    expect(Object.keys(a.final)).toEqual(FINAL_KEYS);
    const members = a.seeds
      .map((seed) => replayRun({ ...run, seed }).final.members)
      .sort((x, y) => x - y);
    expect(a.final.members?.p50).toBe(members[4]);
  });

  // The bands-only path (no state hash, no week records, the lever schedule worked out once)
  // against the full one: every seed replayed with its hash and event log, percentiles taken naively.
  it.each([
    { scenario: "xhs-beauty-creator", seed: 42, weeks: 20, decisions: [] },
    {
      scenario: "coffee-members",
      seed: 2024,
      weeks: 52,
      decisions: [{ week: 10, set: { eventsPerWeek: 3 } }],
    },
    {
      scenario: "rescue-tidelight",
      seed: 7,
      weeks: 40,
      decisions: [
        { week: 0, set: { segmentCare: 0.8 } },
        { week: 12, set: { transform: "theme" as const } },
      ],
    },
    {
      scenario: "wechat-parents",
      seed: 1_234_567_890,
      weeks: 30,
      decisions: [{ week: 5, set: { referral: "aggressive" as const, antiCheat: false } }],
    },
    { scenario: "discord-indie-game", seed: 0, weeks: 8, decisions: [] },
  ])(
    "gives exactly the percentiles of full replays, nulls left out ($scenario, seed $seed)",
    (c) => {
      const full = { modelVersion: MODEL_VERSION, ...c };
      const runs = 13;
      const metrics = WEEK_KEYS.filter((k) => k !== "week" && k !== "stage");
      const table = monteCarloBandsWith(full, getScenario(c.scenario) as Scenario, {
        runs,
        metrics,
      });
      const replays = Array.from({ length: runs }, (_, i) =>
        replayRun({ ...full, seed: derivedSeed(c.seed, i) }),
      );
      for (const m of metrics) {
        const band = bandOf(table, m);
        for (let w = 0; w < c.weeks; w++) {
          const values = replays.map((r) => (r.weeks[w]?.[m] ?? null) as number | null);
          expect([band?.p10[w], band?.p50[w], band?.p90[w]]).toEqual(naiveSpread(values));
        }
        const finals = replays.map(
          (r) =>
            ((r.final as Record<string, number | null>)[m] ?? r.weeks[c.weeks - 1]?.[m] ?? null) as
              number | null,
        );
        const spread = spreadOf(table, m);
        expect([spread?.p10, spread?.p50, spread?.p90]).toEqual(naiveSpread(finals));
      }
      expect(monteCarloRun(full, { runs, metrics }).bands.members).toEqual(
        bandOf(table, "members"),
      );
    },
  );

  it("reads nothing for a metric it was not asked for", () => {
    const table = monteCarloBandsWith(run, getScenario(run.scenario) as Scenario, {
      runs: 3,
      metrics: ["members"],
    });
    expect(bandOf(table, "nps")).toBeUndefined();
    expect(spreadOf(table, "nps")).toBeUndefined();
    expect(table.bands).toHaveLength(3 * run.weeks);
  });

  it("derives different seeds for different bases", () => {
    expect(derivedSeed(1, 3)).not.toBe(derivedSeed(2, 3));
    expect(derivedSeed(5, 0)).toBe(5);
  });
});
