import { describe, expect, it } from "vitest";
import { MODEL_VERSION, leverSpec, scenarioLevers, type Run } from "../../../src/sim/index";
import {
  nudgePlan,
  nudgeSize,
  nudgeValue,
  nudgedDecisions,
  rankEffects,
  sensitivity,
} from "../../../src/sandbox/sensitivity";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const spec = (name: string) => leverSpec(name)!;

describe("nudges", () => {
  it.each([
    ["postsPerDay", 3, "up", 4],
    ["postsPerDay", 9.5, "up", 10],
    ["postsPerDay", 0.5, "down", 0],
    ["contentQuality", 0.5, "up", 0.6],
    ["adBudget", 3000, "down", 1000],
    ["rules", "basic", "up", "strict"],
    ["rules", "none", "down", "none"],
    ["referral", "tiered", "down", "off"],
    ["antiCheat", false, "up", true],
    ["antiCheat", true, "down", false],
  ] as const)("%s %s nudged %s → %s", (name, value, direction, expected) => {
    expect(nudgeValue(spec(name), value, direction)).toBe(expected);
  });

  it("sizes number nudges to a tenth of the range on the lever's step", () => {
    expect(nudgeSize(spec("postsPerDay") as never)).toBe(1);
    expect(nudgeSize(spec("crisisResponseMinutes") as never) % 5).toBe(0);
  });

  it("moves the starting value and every later decision", () => {
    const base = scenarioLevers(getScenario("coffee-members")!);
    const out = nudgedDecisions(
      base,
      [{ week: 10, set: { postsPerDay: 6, rules: "strict" } }],
      spec("postsPerDay"),
      "up",
    );
    expect(out).toEqual([
      { week: 0, set: { postsPerDay: base.postsPerDay + 1 } },
      { week: 10, set: { postsPerDay: 7, rules: "strict" } },
    ]);
  });

  it("is null when the lever is at its limit the whole run", () => {
    const base = { ...scenarioLevers(getScenario("coffee-members")!), antiCheat: true };
    expect(nudgedDecisions(base, [], spec("antiCheat"), "up")).toBeNull();
  });

  it("skips the one-off transform and locked levers", () => {
    const names = new Set(nudgePlan(["adBudget"]).map((n) => n.spec.name));
    expect(names.has("transform")).toBe(false);
    expect(names.has("adBudget")).toBe(false);
    expect(names.has("postsPerDay")).toBe(true);
  });
});

describe("the analysis", () => {
  const scenario = getScenario("wechat-parents")!;
  const run: Run = {
    modelVersion: MODEL_VERSION,
    scenario: scenario.id,
    seed: 3,
    weeks: 10,
    decisions: [],
  };

  it("measures each nudge as the metric with it minus without it", () => {
    const progress: number[] = [];
    const { baseline, effects } = sensitivity(
      run,
      scenarioLevers(scenario),
      "members",
      [],
      (done) => progress.push(done),
    );
    expect(baseline).toBe(replayRun(run).final.members);
    expect(progress.at(-1)).toBe(effects.length);
    const up = effects.find((e) => e.lever === "replyCoverage" && e.direction === "up")!;
    const nudged = nudgedDecisions(
      scenarioLevers(scenario),
      [],
      leverSpec("replyCoverage")!,
      "up",
    )!;
    expect(up.effect).toBe(replayRun({ ...run, decisions: nudged }).final.members - baseline!);
  });

  it("ranks levers by their largest effect", () => {
    const rows = rankEffects([
      { lever: "postsPerDay", direction: "up", effect: 5, change: 1 },
      { lever: "postsPerDay", direction: "down", effect: -2, change: -1 },
      { lever: "rules", direction: "up", effect: null, change: null },
      { lever: "rules", direction: "down", effect: -30, change: "down" },
    ]);
    expect(rows).toEqual([
      { lever: "rules", up: null, down: -30 },
      { lever: "postsPerDay", up: 5, down: -2 },
    ]);
  });
});
