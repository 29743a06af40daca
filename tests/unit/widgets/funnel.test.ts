import { describe, expect, it } from "vitest";
import { analyzeFunnel, checkStages, EXAMPLE_COUNTS, propagate } from "../../../src/widgets/funnel";

describe("analyzeFunnel", () => {
  it.each([
    {
      name: "the Valley Coffee example leaks most between joining and the first post",
      counts: EXAMPLE_COUNTS,
      rates: [0.3, 0.7, 0.2, 0.4],
      overall: 84 / 5000,
      biggestDrop: 2,
      rising: [],
    },
    {
      name: "the first of two equal drops is the biggest",
      counts: [100, 50, 25],
      rates: [0.5, 0.5],
      overall: 0.25,
      biggestDrop: 0,
      rising: [],
    },
    {
      name: "a stage that grows is flagged, not counted as a drop",
      counts: [100, 120, 60],
      rates: [1.2, 0.5],
      overall: 0.6,
      biggestDrop: 1,
      rising: [0],
    },
    {
      name: "a zero in the middle gives no rate after it instead of NaN",
      counts: [100, 0, 0],
      rates: [0, null],
      overall: 0,
      biggestDrop: 0,
      rising: [],
    },
    {
      name: "a first stage of zero has no overall conversion",
      counts: [0, 0],
      rates: [null],
      overall: null,
      biggestDrop: null,
      rising: [],
    },
    {
      name: "nothing lost means no biggest drop",
      counts: [40, 40],
      rates: [1],
      overall: 1,
      biggestDrop: null,
      rising: [],
    },
  ])("$name", ({ counts, rates, overall, biggestDrop, rising }) => {
    const f = analyzeFunnel(counts);
    expect(f.steps.map((s) => s.rate)).toEqual(
      rates.map((r) => (r === null ? null : expect.closeTo(r, 9))),
    );
    expect(f.overall === null ? null : f.overall).toEqual(
      overall === null ? null : expect.closeTo(overall, 9),
    );
    expect(f.biggestDrop).toBe(biggestDrop);
    expect(f.rising).toEqual(rising);
    expect(f.steps.map((s) => s.lost)).toEqual(counts.slice(1).map((n, i) => (counts[i] ?? 0) - n));
  });
});

describe("checkStages", () => {
  it.each([
    [
      [
        { name: "Views", count: "100" },
        { name: "Joins", count: "10" },
      ],
      true,
      [undefined, undefined],
      [false, false],
    ],
    [
      [
        { name: "Views", count: "-5" },
        { name: "Joins", count: "10" },
      ],
      false,
      ["min", undefined],
      [false, false],
    ],
    [
      [
        { name: "Views", count: "" },
        { name: " ", count: "ten" },
      ],
      false,
      ["empty", "nan"],
      [false, true],
    ],
    [
      [
        { name: "Views", count: "10.5" },
        { name: "Joins", count: "1" },
      ],
      false,
      ["integer", undefined],
      [false, false],
    ],
  ])("%j → ok %s", (stages, ok, errors, nameMissing) => {
    const result = checkStages(stages);
    expect(result.ok).toBe(ok);
    expect(result.checks.map((c) => c.count.error)).toEqual(errors);
    expect(result.checks.map((c) => c.nameMissing)).toEqual(nameMissing);
  });
});

describe("propagate: what-if editing keeps the later steps' rates", () => {
  const module11 = ["5000", "3100", "2600", "1400", "620", "210"];
  it.each([
    [
      "coupon step 1400 → 1950 (54% → 75%)",
      module11,
      3,
      "1950",
      ["5000", "3100", "2600", "1950", "864", "293"],
    ],
    [
      "a half-typed value scales from the base, not from the last keystroke",
      module11,
      3,
      "1",
      ["5000", "3100", "2600", "1", "0", "0"],
    ],
    [
      "earlier steps never change",
      module11,
      3,
      "700",
      ["5000", "3100", "2600", "700", "310", "105"],
    ],
    [
      "an invalid value changes only its own field",
      module11,
      1,
      "abc",
      ["5000", "abc", "2600", "1400", "620", "210"],
    ],
    ["a step that was 0 can't scale anything", ["100", "0", "0"], 1, "50", ["100", "50", "0"]],
    [
      "an invalid later step is left as typed",
      ["100", "50", "x", "10"],
      1,
      "100",
      ["100", "100", "x", "20"],
    ],
    ["the last step has nothing after it", ["100", "50"], 1, "60", ["100", "60"]],
  ])("%s", (_name, base, index, after, expected) => {
    expect(propagate(base, index, after)).toEqual(expected);
  });
});
