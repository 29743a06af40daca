import { describe, expect, it } from "vitest";
import {
  sparkBands,
  sparkPath,
  sparkScale,
  sparkValueTicks,
  sparkWeekTicks,
} from "../../../src/sandbox/sparkline";

const g = { width: 100, height: 50, pad: 0 };

describe("the sparkline", () => {
  it("scales points to the box, skipping gaps", () => {
    expect(sparkPath([null, 0, 10], 10, g)).toBe("M50.0 50.0L100.0 0.0");
    expect(sparkPath([5, null, 5], 10, g)).toBe("M0.0 25.0M100.0 25.0");
  });

  it("places stage bands on the same week scale", () => {
    expect(sparkBands([{ stage: "growth", from: 2, to: 4 }], 5, g)).toEqual([
      { stage: "growth", x: 50, width: 50 },
    ]);
  });
});

describe("the sparkline's axes", () => {
  it.each([
    ["nobody yet", [[null, 0]], 10, [0, 5, 10]],
    ["a few members", [[null, 3, 8], [12]], 15, [0, 5, 10, 15]],
    [
      "the cold-start run",
      [
        [null, 57, 216],
        [13, 25],
      ],
      300,
      [0, 100, 200, 300],
    ],
  ])(
    "with %s: whole-number ticks from 0 to a top above every value",
    (_what, series, max, values) => {
      expect(sparkScale(...series)).toEqual({ max, values });
    },
  );

  it("places the value ticks where the lines put those values", () => {
    const box = { width: 100, height: 50, pad: 5 };
    expect(sparkValueTicks([0, 150, 300], 300, box).map((t) => t.at)).toEqual([45, 25, 5]);
    expect(sparkPath([0, 150, 300], 300, box)).toBe("M5.0 45.0L50.0 25.0L95.0 5.0");
  });

  it.each([
    [52, [0, 20, 40, 52]],
    [26, [0, 10, 20, 26]],
    [8, [0, 2, 4, 6, 8]],
    [104, [0, 50, 104]],
  ])(
    "labels a %i-week axis at %j, the last week always, where the lines put them",
    (weeks, values) => {
      const ticks = sparkWeekTicks(weeks, g);
      expect(ticks.map((t) => t.value)).toEqual(values);
      expect(ticks[0]!.at).toBe(0);
      expect(ticks.at(-1)!.at).toBe(100);
      const series = Array.from({ length: weeks + 1 }, () => 0);
      expect(sparkPath(series, 1, g).endsWith("L100.0 50.0")).toBe(true);
    },
  );
});
