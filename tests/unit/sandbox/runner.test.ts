import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_VERSION, replay } from "../../../src/sim/index";
import { advance, timelineResult } from "../../../src/sandbox/runner";
import { decisionsArb } from "./fixtures";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const scenario = getScenario("wechat-parents")!;
const WEEKS = 12;

describe("the incremental replayer", () => {
  it("gives what replay() gives, for any decisions", () => {
    fc.assert(
      fc.property(decisionsArb(WEEKS), fc.integer({ min: 0, max: 9999 }), (decisions, seed) => {
        const mine = timelineResult(advance(null, scenario, seed, decisions, WEEKS));
        const theirs = replay(
          { modelVersion: MODEL_VERSION, scenario: scenario.id, seed, weeks: WEEKS, decisions },
          scenario,
        );
        expect(mine).toEqual(theirs);
      }),
      { numRuns: 25 },
    );
  });

  it("reuses unchanged weeks and recomputes the rest exactly", () => {
    fc.assert(
      fc.property(
        decisionsArb(WEEKS),
        decisionsArb(WEEKS),
        fc.integer({ min: 1, max: WEEKS }),
        (first, second, stop) => {
          const warm = advance(advance(null, scenario, 3, first, stop), scenario, 3, second, WEEKS);
          const cold = advance(null, scenario, 3, second, WEEKS);
          expect(timelineResult(warm)).toEqual(timelineResult(cold));
        },
      ),
      { numRuns: 20 },
    );
  });

  it("keeps the states of weeks before a change", () => {
    const before = advance(null, scenario, 5, [], 8);
    const after = advance(before, scenario, 5, [{ week: 6, set: { postsPerDay: 5 } }], 8);
    expect(after.states.slice(0, 6)).toEqual(before.states.slice(0, 6));
    expect(after.states[5]).toBe(before.states[5]);
    expect(after.states[6]).not.toBe(before.states[6]);
  });

  it("starts over for another seed", () => {
    const a = advance(null, scenario, 1, [], 6);
    const b = advance(a, scenario, 2, [], 6);
    expect(timelineResult(b).hash).toBe(
      replayRun({
        modelVersion: MODEL_VERSION,
        scenario: scenario.id,
        seed: 2,
        weeks: 6,
        decisions: [],
      }).hash,
    );
  });
});
