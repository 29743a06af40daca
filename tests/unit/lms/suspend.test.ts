import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SUSPEND_LIMIT,
  decodeSuspend,
  emptySuspend,
  encodeSuspend,
} from "../../../src/lms/suspend";
import type { SuspendData, SuspendModule, SuspendResult } from "../../../src/schemas/lms";
import { packageConfig } from "../../../scripts/lms-package";

const course = packageConfig({ from: "dist", out: ".tmp", scope: { kind: "course" } }, "scorm12")
  .config.modules;

/** Times as suspend data keeps them: epoch seconds in the six base-36 digits it allows. */
const atArb = fc.integer({ min: 1_500_000_000, max: 36 ** 6 - 1 });
const resultArb: fc.Arbitrary<SuspendResult> = fc.record({
  score: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
  passed: fc.boolean(),
  at: atArb,
});
const moduleArb: fc.Arbitrary<SuspendModule> = fc.record({
  read: fc.boolean(),
  results: fc.record(
    {
      attempt: resultArb,
      quiz: resultArb,
      simulation: resultArb,
      plan: resultArb,
      written: resultArb,
    },
    { requiredKeys: [] },
  ),
});
const suspendArb: fc.Arbitrary<SuspendData> = fc.record({
  version: fc.constant(1 as const),
  savedAt: atArb,
  modules: fc.dictionary(fc.constantFrom(...course.map((m) => m.id)), moduleArb),
  assignments: fc.dictionary(
    fc.constantFrom("cohort-3-challenge", "e2e-cold-start", "x"),
    resultArb.chain((r) => fc.stringMatching(/^[0-9a-f]{16}$/).map((hash) => ({ ...r, hash }))),
  ),
});

/** The most a learner can have: every module read, every result there, longest numbers. */
function fullCourse(): SuspendData {
  const best: SuspendResult = { score: 0.9999, passed: true, at: 36 ** 6 - 1 };
  const modules: Record<string, SuspendModule> = {};
  for (const m of course) {
    modules[m.id] = {
      read: true,
      results: Object.fromEntries(
        (["attempt", "quiz", "simulation", "plan", "written"] as const).map((k) => [k, best]),
      ),
    };
  }
  return { version: 1, savedAt: 36 ** 6 - 1, modules, assignments: {} };
}

describe("suspend data", () => {
  it("reads back exactly what it wrote", () => {
    fc.assert(
      fc.property(suspendArb, (data) => {
        expect(decodeSuspend(encodeSuspend(data))).toEqual({ ok: true, data });
      }),
    );
  });

  it("fits SCORM 1.2's 4,096 characters for a learner who has done everything in the course", () => {
    const text = encodeSuspend(fullCourse());
    expect(course).toHaveLength(15);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    // Room to spare: the course could double and still fit.
    expect(text.length * 2).toBeLessThanOrEqual(SUSPEND_LIMIT);
  });

  it("is nothing yet on a first launch", () => {
    expect(decodeSuspend("")).toEqual({ ok: true, data: null });
    expect(decodeSuspend(encodeSuspend(emptySuspend(1_760_000_000)))).toEqual({
      ok: true,
      data: emptySuspend(1_760_000_000),
    });
  });

  const good = encodeSuspend({
    version: 1,
    savedAt: 1_760_000_000,
    modules: {
      "01-fundamentals": {
        read: true,
        results: { attempt: { score: 0.8, passed: true, at: 1_760_000_000 } },
      },
    },
    assignments: {},
  });

  it.each([
    ["another course's JSON", '{"progress":[1,2,3]}'],
    ["a version this course never wrote", good.replace(/^1\./, "2.")],
    ["cut short", good.slice(0, good.length - 4)],
    ["a score above 100%", good.replace(/A[0-9a-z]+\+/, "A7pt+")],
    ["a module twice", `${good}|${good.split("|")[1]}`],
    ["a result twice in a module", good.replace(/(A[0-9a-z]+\+[0-9a-z]+)/, "$1$1")],
    ["a module id of another shape", good.replace("01-fundamentals", "fundamentals")],
    ["a hash of the wrong length", `${good}|@x=7ps+${(1_760_000_000).toString(36)}#abc`],
    ["a time before the course existed", good.replace(/^1\.[0-9a-z]+/, "1.1")],
  ])("reports %s as unreadable, keeping the text", (_what, text) => {
    expect(decodeSuspend(text)).toEqual({ ok: false, text });
  });
});
