import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVERS, MODEL_VERSION, scenarioLevers, type Decision } from "../../../src/sim/index";
import {
  baseLevers,
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
  withoutNoOps,
} from "../../../src/sandbox/session";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

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
    const base = baseLevers(scenario);
    let s = stepWeek(start);
    s = setLever(setLever(s, scenario, "postsPerDay", 5), scenario, "rules", "strict");
    expect(removeDecision(s, 2, "rules", base).decisions).toEqual([
      { week: 2, set: { postsPerDay: 5 } },
    ]);
    const both = removeDecision(removeDecision(s, 2, "rules", base), 2, "postsPerDay", base);
    expect(both.decisions).toEqual([]);
  });

  it("removing a change also removes a later one that only set the lever back", () => {
    // Rules strict from week 3, back to basic (the scenario's) from week 6: remove the first and
    // the second would read "rules: basic → basic".
    const s = {
      ...start,
      week: 8,
      decisions: [
        { week: 3, set: { rules: "strict" as const } },
        { week: 6, set: { rules: "basic" as const, postsPerDay: 5 } },
      ],
    };
    expect(removeDecision(s, 3, "rules", baseLevers(scenario)).decisions).toEqual([
      { week: 6, set: { postsPerDay: 5 } },
    ]);
  });

  it("draws a seed different from the current one", () => {
    const draws = [0.5, 0.5, 0.25];
    let i = 0;
    const seed = freshSeed(1 + Math.floor(0.5 * 999_999), () => draws[i++]!);
    expect(seed).toBe(1 + Math.floor(0.25 * 999_999));
  });
});

describe("decisions that change nothing", () => {
  const base = baseLevers(scenario);
  it.each<[string, Decision[], Decision[]]>([
    [
      "a lever set to the scenario's own value at the start",
      [{ week: 0, set: { rules: "basic", postsPerDay: 5 } }],
      [{ week: 0, set: { postsPerDay: 5 } }],
    ],
    [
      "a lever set again to the value an earlier decision gave it",
      [
        { week: 0, set: { rules: "strict" } },
        { week: 5, set: { rules: "strict" } },
      ],
      [{ week: 0, set: { rules: "strict" } }],
    ],
    ["the one-off transform set to none", [{ week: 9, set: { transform: "none" } }], []],
    [
      "two settings in one week that end where the lever was",
      [
        { week: 4, set: { rules: "strict" } },
        { week: 4, set: { rules: "basic" } },
      ],
      [],
    ],
    [
      "week 0 and week 1 together (both are the start)",
      [
        { week: 0, set: { postsPerDay: 5 } },
        { week: 1, set: { postsPerDay: base.postsPerDay } },
      ],
      [],
    ],
  ])("drops %s", (_what, decisions, kept) => {
    expect(withoutNoOps(base, decisions)).toEqual(kept);
  });

  it.each<[string, Decision[]]>([
    [
      "a change back to the start's value later on",
      [
        { week: 0, set: { rules: "strict" } },
        { week: 5, set: { rules: "basic" } },
      ],
    ],
    [
      "the same transform twice (an action, each time it is chosen)",
      [
        { week: 8, set: { transform: "theme" } },
        { week: 9, set: { transform: "theme" } },
      ],
    ],
  ])("keeps %s", (_what, decisions) => {
    expect(withoutNoOps(base, decisions)).toEqual(decisions);
  });

  // What a decision may set: each lever's choices, or its range's ends and middle.
  const settings = LEVERS.map((l) => {
    const values: unknown[] =
      l.kind === "number"
        ? [l.min, l.max, base[l.name], (l.min + l.max) / 2]
        : l.kind === "boolean"
          ? [true, false]
          : l.kind === "action"
            ? ["none", ...l.options]
            : [...l.options];
    return fc.record({ [l.name]: fc.constantFrom(...values) });
  });
  const decisionArb = fc.record({
    week: fc.integer({ min: 0, max: 12 }),
    set: fc.oneof(...settings),
  }) as fc.Arbitrary<Decision>;

  it("leaves the replayed run — every week and the hash — as it was", () => {
    fc.assert(
      fc.property(fc.array(decisionArb, { maxLength: 8 }), (decisions) => {
        const run = { modelVersion: MODEL_VERSION, scenario: scenario.id, seed: 3, weeks: 12 };
        const pruned = withoutNoOps(base, decisions);
        const a = replayRun({ ...run, decisions });
        const b = replayRun({ ...run, decisions: pruned });
        expect(b.hash).toBe(a.hash);
        expect(b.weeks).toEqual(a.weeks);
        // Nothing is left that changes nothing.
        expect(withoutNoOps(base, pruned)).toEqual(pruned);
      }),
      { numRuns: 60 },
    );
  });
});
