import { describe, expect, it } from "vitest";
import { sparkBands, sparkMax, sparkPath } from "../../../src/sandbox/sparkline";

const g = { width: 100, height: 50, pad: 0 };

describe("the sparkline", () => {
  it("scales points to the box, skipping gaps", () => {
    expect(sparkPath([null, 0, 10], 10, g)).toBe("M50.0 50.0L100.0 0.0");
    expect(sparkPath([5, null, 5], 10, g)).toBe("M0.0 25.0M100.0 25.0");
  });

  it("has a top of at least 1", () => {
    expect(sparkMax([null, 0], [0])).toBe(1);
    expect(sparkMax([3, 8], [12])).toBe(12);
  });

  it("places stage bands on the same week scale", () => {
    expect(sparkBands([{ stage: "growth", from: 2, to: 4 }], 5, g)).toEqual([
      { stage: "growth", x: 50, width: 50 },
    ]);
  });
});
