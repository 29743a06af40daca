import { describe, expect, it } from "vitest";
import { scenarioLevers } from "../../../src/sim/index";
import {
  currentLevers,
  decisionWeek,
  freshSeed,
  newSession,
  removeDecision,
  resetSession,
  runToEnd,
  sessionRun,
  setLever,
  stepWeek,
  undoWeek,
} from "../../../src/sandbox/session";
import { getScenario } from "../../../src/lib/scenarios";

const scenario = getScenario("coffee-members")!;
const start = newSession(scenario);

describe("the sandbox session", () => {
  it("starts at week 0 with the scenario's seed and length", () => {
    expect(start).toEqual({
      scenario: "coffee-members",
      seed: scenario.seed,
      weeks: scenario.weeks,
      decisions: [],
      week: 0,
    });
  });

  it("sets the starting levers before the first week", () => {
    const s = setLever(start, scenario, "postsPerDay", 5);
    expect(s.decisions).toEqual([{ week: 0, set: { postsPerDay: 5 } }]);
    expect(currentLevers(s, scenario).postsPerDay).toBe(5);
  });

  it("records a mid-run change as a decision from the next week, merging changes made in the same week", () => {
    let s = stepWeek(stepWeek(stepWeek(start)));
    expect(decisionWeek(s)).toBe(4);
    s = setLever(s, scenario, "postsPerDay", 5);
    s = setLever(s, scenario, "rules", "strict");
    expect(s.decisions).toEqual([{ week: 4, set: { postsPerDay: 5, rules: "strict" } }]);
  });

  it("drops a change set back to the value already in force", () => {
    let s = stepWeek(start);
    s = setLever(s, scenario, "postsPerDay", 5);
    s = setLever(s, scenario, "postsPerDay", scenarioLevers(scenario).postsPerDay);
    expect(s.decisions).toEqual([]);
  });

  it("keeps a decision that differs from the value in force after an earlier decision", () => {
    let s = setLever(start, scenario, "postsPerDay", 6);
    s = setLever(
      stepWeek(stepWeek(s)),
      scenario,
      "postsPerDay",
      scenarioLevers(scenario).postsPerDay,
    );
    expect(s.decisions).toEqual([
      { week: 0, set: { postsPerDay: 6 } },
      { week: 3, set: { postsPerDay: scenarioLevers(scenario).postsPerDay } },
    ]);
  });

  it("never moves a locked lever", () => {
    const s = setLever(start, scenario, "adBudget", 500, { adBudget: 0 });
    expect(s).toBe(start);
  });

  it("refuses changes after the last week", () => {
    const done = runToEnd(start);
    expect(setLever(done, scenario, "postsPerDay", 5)).toBe(done);
    expect(stepWeek(done)).toBe(done);
  });

  it("undoes a week and the decisions made after it", () => {
    let s = stepWeek(stepWeek(start));
    s = setLever(s, scenario, "eventsPerWeek", 4);
    s = stepWeek(s);
    s = setLever(s, scenario, "postsPerDay", 6);
    expect(s.decisions.map((d) => d.week)).toEqual([3, 4]);
    s = undoWeek(s);
    expect(s.week).toBe(2);
    expect(s.decisions).toEqual([{ week: 3, set: { eventsPerWeek: 4 } }]);
    expect(undoWeek(newSession(scenario))).toEqual(newSession(scenario));
  });

  it("resets to week 0 with the scenario's levers, keeping the seed", () => {
    const s = resetSession({ ...setLever(start, scenario, "postsPerDay", 5), seed: 99, week: 20 });
    expect(s).toMatchObject({ week: 0, decisions: [], seed: 99 });
  });

  it("puts an assignment's locks first in the run, as the grader does", () => {
    const run = sessionRun(setLever(start, scenario, "postsPerDay", 5), { adBudget: 0 });
    expect(run.decisions).toEqual([
      { week: 0, set: { adBudget: 0 } },
      { week: 0, set: { postsPerDay: 5 } },
    ]);
  });

  it("removes one lever from a decision", () => {
    let s = stepWeek(start);
    s = setLever(setLever(s, scenario, "postsPerDay", 5), scenario, "rules", "strict");
    expect(removeDecision(s, 2, "rules").decisions).toEqual([{ week: 2, set: { postsPerDay: 5 } }]);
    expect(removeDecision(removeDecision(s, 2, "rules"), 2, "postsPerDay").decisions).toEqual([]);
  });

  it("draws a seed different from the current one", () => {
    const draws = [0.5, 0.5, 0.25];
    let i = 0;
    const seed = freshSeed(1 + Math.floor(0.5 * 999_999), () => draws[i++]!);
    expect(seed).toBe(1 + Math.floor(0.25 * 999_999));
  });
});
