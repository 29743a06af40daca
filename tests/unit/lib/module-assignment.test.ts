import { describe, expect, it } from "vitest";
import { moduleSimulationAssignment } from "../../../src/lib/module-assignment";

const sim = {
  kind: "simulation" as const,
  brief: "Run it.",
  scenario: "wechat-parents",
  seed: 2024,
  weeks: 26,
  locked: { adBudget: 0 },
  goals: [{ metric: "members", op: ">=" as const, value: 360 }],
  passMark: 0.7,
};

describe("a module's simulation assignment", () => {
  it("is a full assignment with the module's id and both languages", () => {
    const a = moduleSimulationAssignment(
      "04-cold-start",
      { title: "冷启动", assignment: { ...sim, brief: "跑一跑。" } },
      { title: "Cold start", assignment: sim },
    );
    expect(a).toMatchObject({
      id: "module-04-cold-start",
      title: { "zh-cn": "冷启动", en: "Cold start" },
      instructions: { "zh-cn": "跑一跑。", en: "Run it." },
      scenario: "wechat-parents",
      seed: 2024,
      locked: { adBudget: 0 },
    });
  });

  it("is the same object every time (no clock)", () => {
    const make = () =>
      moduleSimulationAssignment(
        "04-cold-start",
        { title: "a", assignment: sim },
        { title: "b", assignment: sim },
      );
    expect(make()).toEqual(make());
  });

  it("is null for other kinds", () => {
    expect(moduleSimulationAssignment("05-content", { title: "a" }, { title: "b" })).toBeNull();
  });

  it("names the module when the languages disagree or a lock is invalid", () => {
    expect(() =>
      moduleSimulationAssignment(
        "04-cold-start",
        { title: "a", assignment: sim },
        { title: "b", assignment: { ...sim, seed: 1 } },
      ),
    ).toThrow(/04-cold-start/);
    expect(() =>
      moduleSimulationAssignment(
        "04-cold-start",
        { title: "a", assignment: { ...sim, locked: { adBudget: -1 } } },
        { title: "b", assignment: { ...sim, locked: { adBudget: -1 } } },
      ),
    ).toThrow(/04-cold-start.*locked/);
  });
});
