import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalJson } from "../../../src/lib/canonical-json";
import { emptyProgress, normalizeProgress } from "../../../src/lib/light/progress";
import type { Progress } from "../../../src/schemas/progress";
import { mergeProgress } from "../../../src/stores/progress-merge";
import {
  assignmentStatus,
  moduleState,
  withAssignmentResult,
  withAssignmentStarted,
  withQuizAttempt,
  withRead,
} from "../../../src/stores/progress-ops";
import { progressArb } from "./progress-arbitraries";

const normal = progressArb.map(normalizeProgress);
const attemptsOf = (p: Progress) =>
  Object.entries(p.modules).flatMap(([id, m]) =>
    m.quizAttempts.map((a) => `${id} ${canonicalJson(a)}`),
  );
const resultsOf = (p: Progress) =>
  Object.entries(p.modules).flatMap(([id, m]) =>
    m.assignmentResults.map((r) => `${id} ${canonicalJson(r)}`),
  );

describe("mergeProgress", () => {
  it("is commutative on content", () => {
    fc.assert(
      fc.property(normal, normal, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: merging a record into itself, or twice, changes nothing", () => {
    fc.assert(
      fc.property(normal, normal, (a, b) => {
        expect(mergeProgress(a, a)).toEqual(a);
        const ab = mergeProgress(a, b);
        expect(mergeProgress(ab, b)).toEqual(ab);
        expect(mergeProgress(ab, a)).toEqual(ab);
      }),
      { numRuns: 300 },
    );
  });

  it("is associative, so importing several files in any order ends the same", () => {
    fc.assert(
      fc.property(normal, normal, normal, (a, b, c) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(
          mergeProgress(a, mergeProgress(b, c)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never loses an attempt, a result or a feedback file", () => {
    fc.assert(
      fc.property(normal, normal, (a, b) => {
        const merged = mergeProgress(a, b);
        const attempts = new Set(attemptsOf(merged));
        for (const x of [...attemptsOf(a), ...attemptsOf(b)]) expect(attempts).toContain(x);
        const results = new Set(resultsOf(merged));
        for (const x of [...resultsOf(a), ...resultsOf(b)]) expect(results).toContain(x);
        const feedback = new Set(merged.feedback.map(canonicalJson));
        for (const f of [...a.feedback, ...b.feedback])
          expect(feedback).toContain(canonicalJson(f));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the best score of both and the earliest completion", () => {
    fc.assert(
      fc.property(normal, normal, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const [id, m] of Object.entries(merged.modules)) {
          const best = [a.modules[id]?.quizBest, b.modules[id]?.quizBest].filter(
            (s) => s !== undefined,
          );
          if (best.length) expect(m.quizBest).toBe(Math.max(...(best as number[])));
          const done = [a.modules[id]?.completedAt, b.modules[id]?.completedAt].filter(
            Boolean,
          ) as string[];
          if (done.length)
            expect(Date.parse(m.completedAt!)).toBe(Math.min(...done.map(Date.parse)));
          else expect(m.completedAt).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the track chosen last", () => {
    const a = {
      ...emptyProgress(),
      track: "newcomer" as const,
      trackChosenAt: "2025-01-01T00:00:00.000Z",
    };
    const b = {
      ...emptyProgress(),
      track: "founder" as const,
      trackChosenAt: "2025-02-01T00:00:00.000Z",
    };
    expect(mergeProgress(a, b).track).toBe("founder");
    expect(mergeProgress(b, a).track).toBe("founder");
    expect(mergeProgress(a, emptyProgress()).track).toBe("newcomer");
  });
});

describe("recording", () => {
  const at = "2025-03-01T10:00:00.000Z";
  const later = "2025-03-01T11:00:00.000Z";

  it("keeps every quiz attempt and the best score", () => {
    let p = withQuizAttempt(emptyProgress(), "00-orientation", { score: 0.5, passed: false }, at);
    p = withQuizAttempt(p, "00-orientation", { score: 0.9, passed: true }, later);
    p = withQuizAttempt(
      p,
      "00-orientation",
      { score: 0.6, passed: false },
      "2025-03-01T12:00:00.000Z",
    );
    expect(p.modules["00-orientation"]!.quizAttempts.map((a) => a.score)).toEqual([0.5, 0.9, 0.6]);
    expect(p.modules["00-orientation"]!.quizBest).toBe(0.9);
    expect(moduleState(p.modules["00-orientation"])).toBe("read");
  });

  it("completes a module at its first passing assignment result", () => {
    let p = withRead(emptyProgress(), "04-cold-start", at);
    expect(moduleState(p.modules["04-cold-start"])).toBe("read");
    p = withAssignmentResult(p, "04-cold-start", {
      kind: "simulation",
      score: 0.4,
      passed: false,
      at,
    });
    expect(assignmentStatus(p.modules["04-cold-start"]).status).toBe("not-passed");
    p = withAssignmentResult(p, "04-cold-start", {
      kind: "simulation",
      score: 0.8,
      passed: true,
      at: later,
    });
    p = withAssignmentResult(p, "04-cold-start", {
      kind: "simulation",
      score: 0.6,
      passed: false,
      at: "2025-03-02T00:00:00.000Z",
    });
    expect(assignmentStatus(p.modules["04-cold-start"])).toMatchObject({
      status: "passed",
      best: 0.8,
    });
    expect(p.modules["04-cold-start"]!.completedAt).toBe(later);
    expect(moduleState(p.modules["04-cold-start"])).toBe("completed");
  });

  it.each([
    ["simulation first, then the written assignment", ["simulation", "written"]],
    ["written assignment first, then the simulation", ["written", "simulation"]],
  ] as const)(
    "completes a module with two assignments only when both pass: %s",
    (_order, kinds) => {
      const requires = ["simulation", "written"] as const;
      const times = [at, later, "2025-03-02T00:00:00.000Z"];
      const result = (kind: "simulation" | "written", passed: boolean, i: number) => ({
        kind,
        score: passed ? 0.8 : 0.4,
        passed,
        at: times[i]!,
      });
      let p = withAssignmentResult(
        emptyProgress(),
        "04-cold-start",
        result(kinds[0], true, 0),
        requires,
      );
      expect(p.modules["04-cold-start"]!.completedAt).toBeUndefined();
      // A failed try at the other one does not complete it either.
      p = withAssignmentResult(p, "04-cold-start", result(kinds[1], false, 1), requires);
      expect(moduleState(p.modules["04-cold-start"])).not.toBe("completed");
      expect(assignmentStatus(p.modules["04-cold-start"], "written").status).toBe(
        kinds[1] === "written" ? "not-passed" : "passed",
      );
      p = withAssignmentResult(p, "04-cold-start", result(kinds[1], true, 2), requires);
      expect(p.modules["04-cold-start"]!.completedAt).toBe(times[2]);
      expect(assignmentStatus(p.modules["04-cold-start"]).status).toBe("passed");
      expect(assignmentStatus(p.modules["04-cold-start"], "written")).toMatchObject({
        status: "passed",
        best: 0.8,
      });
    },
  );

  it("keeps the written assignment's results out of the main assignment's status", () => {
    const p = withAssignmentResult(
      withAssignmentStarted(emptyProgress(), "03-platform-rules", at),
      "03-platform-rules",
      { kind: "written", score: 0.9, passed: true, at: later },
      ["quiz", "written"],
    );
    expect(assignmentStatus(p.modules["03-platform-rules"])).toEqual({
      status: "in-progress",
      best: undefined,
      last: undefined,
    });
    expect(assignmentStatus(p.modules["03-platform-rules"], "written").status).toBe("passed");
  });

  it.each([
    ["nothing yet", undefined, "not-started"],
    [
      "opened in the sandbox",
      withAssignmentStarted(emptyProgress(), "08-growth-referral", at).modules[
        "08-growth-referral"
      ],
      "in-progress",
    ],
  ])("assignment status: %s → %s", (_name, m, status) => {
    expect(assignmentStatus(m).status).toBe(status);
  });

  it("marks read only once, keeping the first time", () => {
    const p = withRead(withRead(emptyProgress(), "01-fundamentals", at), "01-fundamentals", later);
    expect(p.modules["01-fundamentals"]!.readAt).toBe(at);
  });
});
