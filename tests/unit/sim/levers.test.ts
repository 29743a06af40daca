import { describe, expect, it } from "vitest";
import {
  LEVERS,
  applyDecisions,
  defaultLevers,
  parseLeverValue,
  validateLevers,
  type Levers,
} from "../../../src/sim/index";

describe("LEVERS", () => {
  it("lists the fourteen levers of shared/SIM.md, and the two seed levers, with their ranges", () => {
    const byName = Object.fromEntries(LEVERS.map((l) => [l.name, l]));
    expect(Object.keys(byName)).toEqual([
      "postsPerDay",
      "contentQuality",
      "ugcRewards",
      "eventsPerWeek",
      "replyCoverage",
      "rules",
      "moderationHours",
      "referral",
      "antiCheat",
      "adBudget",
      "segmentCare",
      "monetization",
      "crisisResponseMinutes",
      "seedInvites",
      "seedFit",
      "transform",
    ]);
    expect(byName.postsPerDay).toMatchObject({ kind: "number", min: 0, max: 10, module: 5 });
    expect(byName.adBudget).toMatchObject({ kind: "number", min: 0, max: 20000 });
    expect(byName.crisisResponseMinutes).toMatchObject({
      kind: "number",
      min: 15,
      max: 2880,
      module: 10,
    });
    expect(byName.rules).toMatchObject({ kind: "choice", options: ["none", "basic", "strict"] });
    expect(byName.referral).toMatchObject({
      kind: "choice",
      options: ["off", "tiered", "aggressive"],
    });
    expect(byName.transform).toMatchObject({
      kind: "action",
      options: ["theme", "model", "crowd"],
      module: 12,
    });
  });

  it("defaults are valid", () => {
    expect(validateLevers(defaultLevers() as unknown as Record<string, unknown>)).toEqual([]);
  });
});

describe("validateLevers", () => {
  it.each([
    [{ postsPerDay: 11 }, "out-of-range", { min: 0, max: 10 }],
    [{ crisisResponseMinutes: 5 }, "out-of-range", { min: 15, max: 2880 }],
    [{ postsPerDay: "lots" }, "not-a-number", {}],
    [{ rules: "harsh" }, "invalid-choice", { choices: ["none", "basic", "strict"] }],
    [{ antiCheat: "yes" }, "not-boolean", {}],
    [{ transform: "rebrand" }, "invalid-choice", { choices: ["none", "theme", "model", "crowd"] }],
    [{ postPerDay: 3 }, "unknown-lever", {}],
  ])("%j → %s", (input, code, extra) => {
    const [problem] = validateLevers(input);
    expect(problem).toMatchObject({ code, ...extra });
    expect(problem?.message).toContain(Object.keys(input)[0]);
  });

  it("names the valid levers for an unknown one", () => {
    const [problem] = validateLevers({ postPerDay: 3 });
    expect(problem?.choices).toContain("postsPerDay");
    expect(problem?.message).toContain("postsPerDay");
  });

  it("accepts values at the ends of the range", () => {
    expect(
      validateLevers({
        postsPerDay: 0,
        adBudget: 20000,
        transform: "none",
        referral: "aggressive",
      }),
    ).toEqual([]);
  });
});

describe("parseLeverValue", () => {
  it.each([
    ["postsPerDay", "4.5", 4.5],
    ["antiCheat", "on", true],
    ["antiCheat", "false", false],
    ["rules", "strict", "strict"],
  ])("%s=%s", (name, raw, value) => {
    expect(parseLeverValue(name, raw)).toEqual({ value, problems: [] });
  });

  it("reports what is wrong with typed values", () => {
    expect(parseLeverValue("postsPerDay", "")?.problems[0]?.code).toBe("not-a-number");
    expect(parseLeverValue("antiCheat", "maybe")?.problems[0]?.code).toBe("not-boolean");
  });
});

describe("applyDecisions", () => {
  const base: Levers = defaultLevers();
  it("applies decisions from their week on; week 0 acts as week 1", () => {
    const decisions = [
      { week: 0, set: { postsPerDay: 3 } },
      { week: 10, set: { postsPerDay: 5, referral: "tiered" as const } },
    ];
    expect(applyDecisions(base, decisions, 1).postsPerDay).toBe(3);
    expect(applyDecisions(base, decisions, 9).postsPerDay).toBe(3);
    expect(applyDecisions(base, decisions, 10)).toMatchObject({
      postsPerDay: 5,
      referral: "tiered",
    });
    expect(applyDecisions(base, decisions, 30).postsPerDay).toBe(5);
  });

  it("treats transform as a one-off", () => {
    const decisions = [{ week: 5, set: { transform: "theme" as const } }];
    expect(applyDecisions(base, decisions, 5).transform).toBe("theme");
    expect(applyDecisions(base, decisions, 6).transform).toBe("none");
  });

  it("lets a later decision in the same week win", () => {
    const decisions = [
      { week: 4, set: { eventsPerWeek: 2 } },
      { week: 4, set: { eventsPerWeek: 3 } },
    ];
    expect(applyDecisions(base, decisions, 4).eventsPerWeek).toBe(3);
  });
});
