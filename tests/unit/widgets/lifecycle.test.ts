import { describe, expect, it } from "vitest";
import {
  COMMUNITIES,
  detectStage,
  markCommunity,
  STAGE_MOVE,
  weeklyGrowth,
  type Community,
} from "../../../src/widgets/lifecycle";

const byId = (id: string) => COMMUNITIES.find((c) => c.id === id)!;
const series = (start: number, rates: number[]) =>
  rates.reduce((acc, g) => [...acc, Math.round((acc[acc.length - 1] ?? start) * (1 + g))], [start]);
const community = (members: number[], wau: number[], contributors = 50): Community => ({
  id: "x",
  members,
  wau,
  contributors,
});

describe("each chart shows one stage", () => {
  it.each([
    ["xiaoman", "growth", "growing"],
    ["tidelight", "decline", "wau"],
    ["ux", "start", "contributors"],
    ["wutong", "maturity", "flat"],
    ["coffee", "maturity", "flat"],
  ])("%s → %s (%s)", (id, stage, reason) => {
    const d = detectStage(byId(id));
    expect(d.stage).toBe(stage);
    expect(d.reason).toBe(reason);
  });

  it("the growth chart slows for one week, so it needs the 3-of-4 rule", () => {
    expect(detectStage(byId("xiaoman")).growingWeeks).toBe(3);
  });

  it("the holiday dip falls two weeks running yet stays above 80% of the WAU peak", () => {
    const wutong = byId("wutong");
    const growth = weeklyGrowth(wutong.members);
    expect(growth.filter((g) => g <= -0.01)).toHaveLength(2);
    expect(Math.min(...wutong.wau) / Math.max(...wutong.wau)).toBeGreaterThan(0.8);
  });

  it("the decline chart's members stay within ±2%, so only WAU gives it away", () => {
    const growth = weeklyGrowth(byId("tidelight").members);
    expect(growth.every((g) => Math.abs(g) < 0.02)).toBe(true);
  });
});

describe("detectStage applies the SIM.md thresholds", () => {
  const flatWau = Array.from({ length: 12 }, () => 100);
  it.each([
    [
      "shrinking 1.5% a week for 4 weeks",
      community(series(1000, [0.01, 0.01, 0, 0, 0, 0, 0, -0.015, -0.015, -0.015, -0.015]), flatWau),
      "decline",
      "shrinking",
    ],
    [
      "shrinking for only 3 weeks",
      community(series(1000, [0, 0, 0, 0, 0, 0, 0, 0, -0.015, -0.015, -0.015]), flatWau),
      "maturity",
      "flat",
    ],
    [
      "WAU at 79% of peak",
      community(series(1000, Array(11).fill(0)), [...flatWau.slice(0, 11), 79]),
      "decline",
      "wau",
    ],
    [
      "WAU at 80% of peak is not decline",
      community(series(1000, Array(11).fill(0)), [...flatWau.slice(0, 11), 80]),
      "maturity",
      "flat",
    ],
    [
      "growing 3% with 9 contributors",
      community(series(100, Array(11).fill(0.03)), flatWau, 9),
      "start",
      "contributors",
    ],
    [
      "growing 3% with 10 contributors",
      community(series(100, Array(11).fill(0.03)), flatWau, 10),
      "growth",
      "growing",
    ],
    [
      "2% growth in only 2 of 4 weeks, not flat either",
      community(series(1000, [0, 0, 0, 0, 0, 0, 0, 0.03, 0.03, 0.01, 0.01]), flatWau),
      null,
      "unclear",
    ],
    ["all zero members", community(Array(12).fill(0), Array(12).fill(0)), "maturity", "flat"],
  ])("%s", (_name, c, stage, reason) => {
    const d = detectStage(c);
    expect(d.stage).toBe(stage);
    expect(d.reason).toBe(reason);
  });
});

describe("markCommunity", () => {
  it.each([
    ["right stage and move", { stage: "growth", move: "scale" }, 2],
    ["right stage, tempting move", { stage: "growth", move: "ads" }, 1],
    ["wrong stage, right move", { stage: "maturity", move: "scale" }, 1],
    ["nothing chosen", {}, 0],
  ] as const)("%s → %i points", (_name, answer, points) => {
    expect(markCommunity(byId("xiaoman"), answer).points).toBe(points);
  });

  it("every stage has its own move", () => {
    expect(new Set(Object.values(STAGE_MOVE)).size).toBe(4);
  });
});
