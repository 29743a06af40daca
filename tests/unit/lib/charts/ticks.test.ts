import { describe, expect, it } from "vitest";
import { niceTicks } from "../../../../src/lib/charts/ticks";

describe("axis ticks", () => {
  it.each([
    ["no revenue at all", 0, 0, true, 1000, [0, 200, 400, 600, 800, 1000]],
    ["a few yuan", 0, 0.4, true, 1000, [0, 1]],
    ["three people", 0, 3, true, 10, [0, 1, 2, 3]],
    ["seven people", 0, 7, true, 10, [0, 2, 4, 6, 8]],
    ["a season's members", 0, 7237, true, 10, [0, 2000, 4000, 6000, 8000]],
    ["NPS across zero", -12, 48, true, 10, [-20, 0, 20, 40, 60]],
    ["a flat line above zero", 800, 800, true, 10, [0, 200, 400, 600, 800]],
    ["a share from 0 to 1", 0, 1, false, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    ["a small share", 0, 0.07, false, 1, [0, 0.02, 0.04, 0.06, 0.08]],
  ])("%s: %s to %s reads %j", (_what, lo, hi, integer, emptyMax, values) => {
    const ticks = niceTicks(lo, hi, { integer, emptyMax });
    expect(ticks.values).toEqual(values);
    expect([ticks.min, ticks.max]).toEqual([values[0], values.at(-1)]);
  });

  it("never steps by less than one where the labels are whole numbers", () => {
    for (let hi = 0; hi <= 12; hi += 0.25) {
      const { step, values } = niceTicks(0, hi, { integer: true, emptyMax: 10 });
      expect(step).toBeGreaterThanOrEqual(1);
      expect(values.every(Number.isInteger)).toBe(true);
      expect(values.length).toBeLessThanOrEqual(6);
      expect(values.at(-1)).toBeGreaterThanOrEqual(hi);
    }
  });

  it("takes an empty range or missing numbers as an empty axis", () => {
    expect(niceTicks(Infinity, -Infinity, { integer: true, emptyMax: 10 }).values).toEqual([
      0, 2, 4, 6, 8, 10,
    ]);
  });
});
