import { describe, expect, it } from "vitest";
import { goalCredit, goalValue, scoreRun } from "../../../src/grading/score";
import { CURRENT_RULE, RULES, judgedOverRun, type ScoringRule } from "../../../src/grading/rules";
import { replay } from "../../../src/sim/index";
import type { Goal } from "../../../src/schemas/module";
import type { Final, WeekMetrics } from "../../../src/sim/index";
import { getScenario } from "../../../src/lib/scenarios";

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

  it("scores nothing for no goals, and names the rule it scored by", () => {
    expect(scoreRun(run, [])).toEqual({ percent: 0, goals: [], rule: 3 });
    expect(scoreRun(run, [], RULES[2])).toEqual({ percent: 0, goals: [], rule: 2 });
  });
});

describe("hours are judged over the run (rule 3), not on the last week (rule 2)", () => {
  const hours = [10, 30, 31, 29, 30, 12, 11, 2];
  const hoursRun = {
    weeks: hours.map((h, i) => week(i + 1, { hoursUsed: h })),
    final: { hoursUsed: 2 } as unknown as Final,
  };

  it.each<[string, Pick<Goal, "metric" | "byWeek">, ScoringRule, number | null]>([
    ["rule 2: the last week", { metric: "hoursUsed" }, RULES[2], 2],
    ["rule 3: the busiest four consecutive weeks' average", { metric: "hoursUsed" }, RULES[3], 30],
    ["rule 3 up to byWeek", { metric: "hoursUsed", byWeek: 3 }, RULES[3], 23.7],
    ["rule 3 past the run", { metric: "hoursUsed", byWeek: 9 }, RULES[3], null],
    ["rule 3 leaves other metrics alone", { metric: "members" }, RULES[3], 300],
  ])("%s", (_label, goal, rule, expected) => {
    const r = { ...hoursRun, final: { ...hoursRun.final, members: 300 } as Final };
    expect(goalValue(r, goal, rule)).toBe(expected);
  });

  it("the current rule is 3, and only hours are judged over the run", () => {
    expect(CURRENT_RULE.id).toBe(3);
    expect(judgedOverRun("hoursUsed", CURRENT_RULE)).toBe(true);
    expect(judgedOverRun("spent", CURRENT_RULE)).toBe(false);
    expect(judgedOverRun("hoursUsed", RULES[2])).toBe(false);
  });

  it("switching everything off in the last week no longer lifts the score (real engine)", () => {
    const scenario = getScenario("wechat-parents")!;
    const busy = { postsPerDay: 8, eventsPerWeek: 4, replyCoverage: 1, moderationHours: 12 };
    const off = { postsPerDay: 0, eventsPerWeek: 0, replyCoverage: 0, moderationHours: 0 };
    const base = { modelVersion: "x", scenario: scenario.id, seed: 3, weeks: scenario.weeks };
    const honest = replay({ ...base, decisions: [{ week: 1, set: busy }] }, scenario);
    const dodge = replay(
      {
        ...base,
        decisions: [
          { week: 1, set: busy },
          { week: scenario.weeks, set: off },
        ],
      },
      scenario,
    );
    const goal = [{ metric: "hoursUsed", op: "<=" as const, value: 15 }];
    // The old rule is fooled: the last week's hours drop and the score rises.
    expect(scoreRun(dodge, goal, RULES[2]).percent).toBeGreaterThan(
      scoreRun(honest, goal, RULES[2]).percent,
    );
    // The current rule is not.
    expect(scoreRun(dodge, goal).percent).toBe(scoreRun(honest, goal).percent);
    expect(scoreRun(dodge, goal).percent).toBeLessThan(50);
  });
});
