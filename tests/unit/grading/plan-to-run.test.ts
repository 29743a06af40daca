import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  kpiGoal,
  planLevers,
  planToRun,
  startMembers,
  type RunScenario,
} from "../../../src/grading/plan-to-run";
import { decodeShare } from "../../../src/lib/share-link";
import { ExamplePlanSchema } from "../../../src/schemas/example-plan";
import type { Levers } from "../../../src/sim";
import { GOAL_METRICS, MODEL_VERSION } from "../../../src/sim";
import { KPI_METRICS } from "../../../src/schemas/plan";
import type { PlanInput } from "../../../src/schemas/plan";
import { emptyPlan, fullPlan, runForPlan, sandboxUrlForPlan } from "./plan-builders";
import { planArb } from "../lib/plan-arbitraries";
import { SCENARIO_IDS, getScenario, replayRun } from "../../../src/lib/scenarios";

const scenario: RunScenario = {
  id: "coffee-members",
  start: { newcomer: 20, ordinary: 50, active: 20, core: 10, dormant: 0 },
  budget: { hoursPerWeek: 50 },
};
const run = (change?: (p: PlanInput) => void) =>
  planToRun(fullPlan(change), { scenario, modelVersion: "test-1", seed: 3 });
const week0 = (change?: (p: PlanInput) => void) => run(change).run.decisions[0]!.set;

describe("the mapping table: one row of plan → lever at a time", () => {
  it.each<[string, (p: PlanInput) => void, keyof Levers, unknown]>([
    ["16 slots a week → 2.5 posts a day", () => {}, "postsPerDay", 2.5],
    [
      "no slots → the scenario's posting is kept",
      (p) => (p.calendar!.slots = []),
      "postsPerDay",
      undefined,
    ],
    ["a full process, 5 of 16 slots crafted → quality 0.85", () => {}, "contentQuality", 0.85],
    ["no review → quality 0.65", (p) => (p.contentReview!.steps = []), "contentQuality", 0.65],
    [
      "every slot crafted → quality 1",
      (p) => (p.calendar!.slots = p.calendar!.slots!.filter((s) => s.format === "article")),
      "contentQuality",
      1,
    ],
    ["co-creation, points and badges → UGC 0.8", () => {}, "ugcRewards", 0.8],
    [
      "points only → UGC 0.2",
      (p) => ((p.calendar!.ugc = ""), (p.segmentation!.badges = [])),
      "ugcRewards",
      0.2,
    ],
    ["a daily and a monthly event → 1.25 a week", () => {}, "eventsPerWeek", 1.25],
    ["first posts answered → reply coverage 0.9", () => {}, "replyCoverage", 0.9],
    [
      "feedback in 24 h only → 0.5",
      (p) => (p.coldStart!.answerFirstPosts = false),
      "replyCoverage",
      0.5,
    ],
    [
      "feedback in 72 h only → 0.3",
      (p) => ((p.coldStart!.answerFirstPosts = false), (p.feedback!.responseHours = 72)),
      "replyCoverage",
      0.3,
    ],
    ["rules written, basic enforcement", () => {}, "rules", "basic"],
    ["strict enforcement", (p) => (p.rules!.enforcement = "strict"), "rules", "strict"],
    [
      "no rules written → scenario default",
      (p) => (p.rules = { enforcement: "strict" }),
      "rules",
      undefined,
    ],
    ["moderators' hours", () => {}, "moderationHours", 10],
    [
      "moderators' hours capped at 40",
      (p) => (p.team!.members![1]!.hoursPerWeek = 60),
      "moderationHours",
      40,
    ],
    ["tiered referral from week 9 starts off", () => {}, "referral", "off"],
    [
      "tiered referral from week 1 starts tiered",
      (p) => (p.referral!.fromWeek = 1),
      "referral",
      "tiered",
    ],
    [
      "cash per head → aggressive",
      (p) => ((p.referral!.fromWeek = null), (p.referral!.mode = "per-head")),
      "referral",
      "aggressive",
    ],
    ["anti-cheat", () => {}, "antiCheat", true],
    ["ad budget", () => {}, "adBudget", 3000],
    ["ad budget capped at 20000", (p) => (p.referral!.adBudgetPerWeek = 50000), "adBudget", 20000],
    ["full segmentation → care 0.8", () => {}, "segmentCare", 0.8],
    [
      "half the segmentation → care 0.4",
      (p) => ((p.segmentation!.coreRoles = []), (p.segmentation!.wakeUp = "")),
      "segmentCare",
      0.4,
    ],
    ["selling from week 12 starts at 0", () => {}, "monetization", 0],
    [
      "selling from the start, moderate",
      (p) => ((p.monetization!.fromWeek = 0), (p.monetization!.intensity = "moderate")),
      "monetization",
      0.55,
    ],
    ["crisis response", () => {}, "crisisResponseMinutes", 30],
    [
      "crisis response floored at 15",
      (p) => (p.risk!.responseMinutes = 5),
      "crisisResponseMinutes",
      15,
    ],
  ])("%s", (_what, change, lever, value) => {
    expect(week0(change)[lever]).toEqual(value);
  });

  it("never schedules a transformation", () => {
    expect(run().run.decisions.every((d) => !("transform" in d.set))).toBe(true);
    expect(run().notes).toContainEqual({ key: "transform" });
  });

  it("lists the levers a blank plan leaves to the scenario", () => {
    const { unset } = planLevers(emptyPlan());
    expect(unset).toContain("postsPerDay");
    expect(unset).toContain("crisisResponseMinutes");
    expect(unset).not.toContain("monetization");
  });
});

describe("timed decisions", () => {
  it("turns referral on and starts selling in the weeks the plan names", () => {
    expect(run().run.decisions.slice(1)).toEqual([
      { week: 9, set: { referral: "tiered" } },
      { week: 12, set: { monetization: 0.3 } },
    ]);
  });

  it("puts two changes in one week together", () => {
    const decisions = run((p) => (p.monetization!.fromWeek = 9)).run.decisions.slice(1);
    expect(decisions).toEqual([{ week: 9, set: { referral: "tiered", monetization: 0.3 } }]);
  });

  it("drops a change the run never reaches", () => {
    const decisions = run(
      (p) => ((p.positioning!.horizonWeeks = 10), (p.kpis = []), (p.monetization!.fromWeek = 60)),
    ).run.decisions;
    expect(decisions.map((d) => d.week)).toEqual([0, 9]);
  });
});

describe("the run", () => {
  it("lasts the horizon, stretched to the latest deadline", () => {
    expect(run().run.weeks).toBe(52);
    expect(run((p) => (p.kpis![2]!.deadlineWeek = 78)).run.weeks).toBe(78);
    expect(run((p) => ((p.positioning!.horizonWeeks = 8), (p.kpis = []))).run.weeks).toBe(8);
  });

  it("names the scenario, seed and model version it was given", () => {
    const { modelVersion, scenario: id, seed } = run().run;
    expect({ modelVersion, id, seed }).toEqual({
      modelVersion: "test-1",
      id: "coffee-members",
      seed: 3,
    });
  });

  it("notes team hours that differ from the scenario's budget", () => {
    expect(run().notes.filter((n) => n.key === "hours")).toEqual([]);
    expect(run((p) => (p.team!.members![0]!.hoursPerWeek = 20)).notes).toContainEqual({
      key: "hours",
      values: { plan: 30, scenario: 50 },
    });
  });
});

describe("KPIs → goals", () => {
  const kpi = (over: Partial<Parameters<typeof kpiGoal>[0]>) =>
    kpiGoal(
      {
        id: "k",
        metric: "members",
        customName: "",
        kind: "at-least",
        baseline: null,
        target: 500,
        deadlineWeek: 26,
        ...over,
      },
      100,
      52,
    );

  it.each<[string, Partial<Parameters<typeof kpiGoal>[0]>, unknown]>([
    [
      "at least 500 members by week 26",
      {},
      { goal: { metric: "members", op: ">=", value: 500, byWeek: 26 } },
    ],
    [
      "stickiness 25% → 0.25",
      { metric: "stickiness", target: 25 },
      { goal: { metric: "stickiness", op: ">=", value: 0.25, byWeek: 26 } },
    ],
    [
      "at most 3 spam incidents",
      { metric: "spamIncidents", kind: "at-most", target: 3 },
      { goal: { metric: "spamIncidents", op: "<=", value: 3, byWeek: 26 } },
    ],
    [
      "+10% members a month for 26 weeks from 100",
      { kind: "growth", target: 10 },
      { goal: { metric: "members", op: ">=", value: 177, byWeek: 26 } },
    ],
    [
      "shrinking 150% a month is shrinking to nothing",
      { kind: "growth", target: -150 },
      { goal: { metric: "members", op: ">=", value: 0, byWeek: 26 } },
    ],
    [
      "an absurd growth rate still gives a finite goal",
      { kind: "growth", target: 1e9 },
      { goal: { metric: "members", op: ">=", value: Number.MAX_SAFE_INTEGER, byWeek: 26 } },
    ],
    [
      "a deadline past the run is the last week",
      { deadlineWeek: 80 },
      { goal: { metric: "members", op: ">=", value: 500, byWeek: 52 } },
    ],
    ["growth of DAU cannot be converted", { metric: "dau", kind: "growth" }, { skip: "growth" }],
    [
      "a metric the sandbox does not model",
      { metric: "other", customName: "Repeat purchases" },
      { skip: "other" },
    ],
    ["no number", { target: null }, { skip: "vague" }],
    ["no deadline", { deadlineWeek: null }, { skip: "vague" }],
  ])("%s", (_what, over, expected) => {
    expect(kpi(over)).toEqual(expected);
  });

  it("keeps the plan's KPIs in order and notes the ones left out", () => {
    const mapped = run((p) =>
      p.kpis!.push({
        id: "k4",
        metric: "other",
        customName: "Repeat purchases",
        target: 35,
        deadlineWeek: 52,
      }),
    );
    expect(mapped.goals.map((g) => g.metric)).toEqual(["members", "stickiness", "nps"]);
    expect(mapped.notes).toContainEqual({ key: "kpi.other", values: { n: 4 } });
    expect(mapped.goals[0]).toEqual({
      metric: "members",
      op: ">=",
      value: Math.round(100 * 1.1 ** 6),
      byWeek: 26,
    });
  });

  it("offers as KPI metrics only what the engine reports as goal metrics, and 'other'", () => {
    const goalMetrics: readonly string[] = GOAL_METRICS;
    for (const metric of KPI_METRICS.filter((m) => m !== "other"))
      expect(goalMetrics).toContain(metric);
  });

  it("counts the starting members over every segment", () => {
    expect(startMembers(scenario)).toBe(100);
  });
});

describe("the sandbox link", () => {
  const examples = readdirSync(join(import.meta.dirname, "../../../content/plans")).map((file) =>
    ExamplePlanSchema.parse(
      JSON.parse(readFileSync(join(import.meta.dirname, "../../../content/plans", file), "utf8")),
    ),
  );

  it.each(["zh-cn", "en"] as const)(
    "opens /%s/sandbox/ with a #run= link the sandbox decodes to the same run and goals",
    (lang) => {
      for (const example of examples) {
        const plan = example[lang];
        const url = sandboxUrlForPlan(plan, lang)!;
        expect(url.startsWith(`/${lang}/sandbox/#run=`)).toBe(true);
        const decoded = decodeShare(url, { scenarios: SCENARIO_IDS });
        expect(decoded.ok).toBe(true);
        const mapped = runForPlan(plan)!;
        if (!decoded.ok) continue;
        expect(decoded.value.decisions).toEqual(mapped.run.decisions);
        expect(decoded.value.goals).toEqual(mapped.goals);
        expect(decoded.value.label).toBe(plan.name);
        // The sandbox says the run came from this plan.
        expect(decoded.value.origin).toEqual({ kind: "plan", name: plan.name });
        expect(decoded.value.seed).toBe(getScenario(plan.scenario)!.seed);
      }
    },
  );

  it("makes a link the sandbox accepts for any valid plan", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const decoded = decodeShare(sandboxUrlForPlan(plan, "en")!, { scenarios: SCENARIO_IDS });
        expect(decoded.ok ? "ok" : decoded.error).toBe("ok");
      }),
      { numRuns: 300 },
    );
  });

  it("says a plan with no name came from the planner all the same", () => {
    const plan = { ...fullPlan(), name: "   " };
    const decoded = decodeShare(sandboxUrlForPlan(plan, "en")!, { scenarios: SCENARIO_IDS });
    expect(decoded.ok && [decoded.value.label, decoded.value.origin]).toEqual([
      undefined,
      { kind: "plan" },
    ]);
  });

  it("makes no link for a scenario that does not exist", () => {
    const plan = { ...emptyPlan(), scenario: "no-such-place" };
    expect(sandboxUrlForPlan(plan, "en")).toBeNull();
    expect(runForPlan(plan)).toBeNull();
  });

  it("uses the engine's model version and replays", () => {
    const mapped = runForPlan(examples[0]!.en)!;
    expect(mapped.run.modelVersion).toBe(MODEL_VERSION);
    expect(replayRun(mapped.run).weeks).toHaveLength(mapped.run.weeks);
  });
});
