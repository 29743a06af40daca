import { describe, expect, it } from "vitest";
import { FINAL_KEYS, MODEL_VERSION, derivedSeed } from "../../../src/sim/index";
import { monteCarloRun, replayRun } from "../../../src/lib/scenarios";

const run = {
  modelVersion: MODEL_VERSION,
  scenario: "xhs-beauty-creator",
  seed: 42,
  weeks: 20,
  decisions: [],
};

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

  it("bands are the percentiles of the replays' weekly values, nulls left out", () => {
    const metrics = ["wau", "retentionW4", "nps"] as const;
    const mc = monteCarloRun(run, { runs: 11, metrics: [...metrics] });
    const replays = mc.seeds.map((seed) => replayRun({ ...run, seed }));
    const naive = (values: (number | null)[], q: number) => {
      const sorted = values.filter((v): v is number => v !== null).sort((x, y) => x - y);
      if (sorted.length === 0) return null;
      const pos = (sorted.length - 1) * q;
      const lo = sorted[Math.floor(pos)] ?? 0;
      const hi = sorted[Math.ceil(pos)] ?? lo;
      return Math.round((lo + (hi - lo) * (pos - Math.floor(pos))) * 10000) / 10000;
    };
    for (const m of metrics) {
      for (let w = 0; w < run.weeks; w++) {
        const values = replays.map((r) => r.weeks[w]?.[m] ?? null);
        expect(mc.bands[m]?.p10[w]).toBe(naive(values, 0.1));
        expect(mc.bands[m]?.p50[w]).toBe(naive(values, 0.5));
        expect(mc.bands[m]?.p90[w]).toBe(naive(values, 0.9));
      }
    }
  });

  it("derives different seeds for different bases", () => {
    expect(derivedSeed(1, 3)).not.toBe(derivedSeed(2, 3));
    expect(derivedSeed(5, 0)).toBe(5);
  });
});
