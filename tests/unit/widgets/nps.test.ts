import { describe, expect, it } from "vitest";
import {
  computeNps,
  EXAMPLE_COUNTS,
  EXAMPLE_LIST,
  parseAnswers,
  parseCounts,
} from "../../../src/widgets/nps";

const counts = (scores: number[]) => {
  const c = Array.from({ length: 11 }, () => 0);
  for (const s of scores) c[s] = (c[s] ?? 0) + 1;
  return c;
};

describe("computeNps", () => {
  it.each([
    {
      name: "the Valley Coffee survey",
      counts: EXAMPLE_COUNTS,
      p: 30,
      pa: 30,
      d: 20,
      score: 12.5,
      band: "low",
    },
    {
      name: "all promoters",
      counts: counts([9, 10, 10]),
      p: 3,
      pa: 0,
      d: 0,
      score: 100,
      band: "excellent",
    },
    {
      name: "all detractors",
      counts: counts([0, 6, 3]),
      p: 0,
      pa: 0,
      d: 3,
      score: -100,
      band: "negative",
    },
    {
      name: "7 and 8 are passives, 6 a detractor",
      counts: counts([6, 7, 8, 9]),
      p: 1,
      pa: 2,
      d: 1,
      score: 0,
      band: "low",
    },
    {
      name: "two detractors in ten pull four promoters down to 20",
      counts: counts([10, 10, 10, 10, 8, 8, 8, 8, 5, 5]),
      p: 4,
      pa: 4,
      d: 2,
      score: 20,
      band: "low",
    },
    {
      name: "a score from 30 up is good",
      counts: counts([10, 9, 8, 5, 9, 10, 7, 9, 8, 10]),
      p: 6,
      pa: 3,
      d: 1,
      score: 50,
      band: "good",
    },
    { name: "no answers", counts: counts([]), p: 0, pa: 0, d: 0, score: null, band: null },
  ])("$name → NPS $score", ({ counts: c, p, pa, d, score, band }) => {
    const nps = computeNps(c);
    expect([nps.promoters, nps.passives, nps.detractors]).toEqual([p, pa, d]);
    expect(nps.total).toBe(p + pa + d);
    expect(nps.score).toBe(score);
    expect(nps.band).toBe(band);
  });
});

describe("parseAnswers", () => {
  it.each([
    ["10 9 8", counts([10, 9, 8]), []],
    ["10,9，8、7\n6;5；4", counts([10, 9, 8, 7, 6, 5, 4]), []],
    ["１０ ９", counts([10, 9]), []],
    ["11 -1 abc 7.5 9", counts([9]), ["11", "-1", "abc", "7.5"]],
    ["   ", counts([]), []],
  ])("%j", (text, expected, invalid) => {
    expect(parseAnswers(text)).toEqual({ counts: expected, invalid });
  });

  it("reads the example list as 20 answers", () => {
    expect(computeNps(parseAnswers(EXAMPLE_LIST).counts).total).toBe(20);
  });
});

describe("parseCounts", () => {
  it.each([
    [
      ["1", "", "3"],
      [1, 0, 3],
      [undefined, undefined, undefined],
    ],
    [["1", "-2", "x"], null, [undefined, "min", "nan"]],
    [["1.5"], null, ["integer"]],
  ])("%j", (fields, expected, errors) => {
    const r = parseCounts(fields);
    expect(r.counts).toEqual(expected);
    expect(r.parsed.map((p) => p.error)).toEqual(errors);
  });
});
