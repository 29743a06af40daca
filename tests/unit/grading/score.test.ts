import { describe, expect, it } from "vitest";
import { goalCredit, goalValue, scoreRun } from "../../../src/grading/score";
import type { Goal } from "../../../src/schemas/module";
import type { Final, WeekMetrics } from "../../../src/sim/index";

describe("goalCredit", () => {
  it.each<[string, Goal, number | null, number]>([
    ["≥ reached", { metric: "members", op: ">=", value: 1000 }, 1200, 1],
    ["≥ exactly at target", { metric: "members", op: ">=", value: 1000 }, 1000, 1],
    ["≥ 80% of the way earns half of that", { metric: "members", op: ">=", value: 1000 }, 800, 0.4],
    [
      "≥ a near miss earns less than half",
      { metric: "members", op: ">=", value: 1000 },
      999,
      0.4995,
    ],
    ["≥ nothing", { metric: "members", op: ">=", value: 1000 }, 0, 0],
    ["≥ ratio half way", { metric: "retentionW4", op: ">=", value: 0.5 }, 0.25, 0.25],
    ["≤ met", { metric: "hoursUsed", op: "<=", value: 15 }, 12, 1],
    ["≤ 20% over", { metric: "hoursUsed", op: "<=", value: 15 }, 18, 0.4],
    ["≤ twice the limit", { metric: "spamIncidents", op: "<=", value: 60 }, 120, 0],
    ["≥ negative target met", { metric: "nps", op: ">=", value: -10 }, 5, 1],
    [
      "≥ negative target missed by half its size",
      { metric: "nps", op: ">=", value: -10 },
      -15,
      0.25,
    ],
    ["≥ zero target uses NPS's span", { metric: "nps", op: ">=", value: 0 }, -25, 0.375],
    ["≤ zero target uses a span of 1", { metric: "spamIncidents", op: "<=", value: 0 }, 1, 0],
    ["no value earns nothing", { metric: "retentionW12", op: ">=", value: 0.2 }, null, 0],
  ])("%s", (_label, goal, actual, expected) => {
    expect(goalCredit(goal, actual)).toBeCloseTo(expected, 10);
  });
});

function week(n: number, values: Partial<WeekMetrics>): WeekMetrics {
  return {
    week: n,
    members: 100 * n,
    spamIncidents: n,
    stickiness: 0.1 * n,
    retentionW12: null,
    ...values,
  } as WeekMetrics;
}
const run = {
  weeks: [week(1, {}), week(2, {}), week(3, { joins: 7 })],
  final: {
    members: 300,
    spamIncidents: 6,
    stickiness: 0.3,
    retentionW12: null,
  } as unknown as Final,
};

describe("goalValue", () => {
  it.each<[string, Pick<Goal, "metric" | "byWeek">, number | null]>([
    ["final value without byWeek", { metric: "members" }, 300],
    ["that week's value with byWeek", { metric: "members", byWeek: 2 }, 200],
    ["spam counts up to byWeek", { metric: "spamIncidents", byWeek: 2 }, 3],
    ["spam of the whole run in final", { metric: "spamIncidents" }, 6],
    ["a week past the run has no value", { metric: "members", byWeek: 9 }, null],
    ["a metric not yet produced", { metric: "retentionW12" }, null],
    ["a weekly-only metric uses the last week", { metric: "joins" }, 7],
  ])("%s", (_label, goal, expected) => {
    expect(goalValue(run, goal)).toBe(expected);
  });
});

describe("scoreRun", () => {
  it("averages the goals' credit into a percent with one decimal", () => {
    const score = scoreRun(run, [
      { metric: "members", op: ">=", value: 300 },
      { metric: "stickiness", op: ">=", value: 0.9 },
      { metric: "spamIncidents", op: "<=", value: 4, byWeek: 3 },
    ]);
    expect(score.goals.map((g) => g.credit)).toEqual([1, 0.1667, 0.25]);
    expect(score.goals[2]).toMatchObject({ actual: 6, byWeek: 3 });
    expect(score.percent).toBe(47.2);
  });

  it("a run that meets no goal cannot reach half marks, one that meets them all scores 100", () => {
    const missed = scoreRun(run, [
      { metric: "members", op: ">=", value: 301 },
      { metric: "spamIncidents", op: "<=", value: 5 },
    ]);
    expect(missed.percent).toBeLessThan(50);
    const met = scoreRun(run, [
      { metric: "members", op: ">=", value: 300 },
      { metric: "spamIncidents", op: "<=", value: 6 },
    ]);
    expect(met.percent).toBe(100);
  });

  it("scores nothing for no goals", () => {
    expect(scoreRun(run, [])).toEqual({ percent: 0, goals: [] });
  });
});
