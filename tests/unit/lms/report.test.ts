import { describe, expect, it } from "vitest";
import { earn, earnSubmission, restore } from "../../../src/lms/ledger";
import { report, type ReportScope } from "../../../src/lms/report";
import { emptySuspend } from "../../../src/lms/suspend";
import { emptyProgress } from "../../../src/lib/light/progress";
import { withAssignmentResult, withQuizAttempt } from "../../../src/stores/progress-ops";
import type { PackageModule, SuspendData } from "../../../src/schemas/lms";
import type { Progress } from "../../../src/schemas/progress";

const QUIZ_MODULE: PackageModule = {
  id: "01-fundamentals",
  title: { "zh-cn": "社群基础", en: "Community fundamentals" },
  requires: ["quiz"],
  items: ["quiz"],
};
const SIM_MODULE: PackageModule = {
  id: "09-monetization",
  title: { "zh-cn": "变现", en: "Monetization" },
  requires: ["simulation"],
  items: ["quiz", "simulation"],
};
const MODULES = [QUIZ_MODULE, SIM_MODULE];
const SCOPE: ReportScope = { kind: "modules", modules: MODULES };

const SESSION = {
  from: Date.parse("2026-03-01T09:00:00Z"),
  to: Date.parse("2026-03-01T11:00:00Z"),
};
const DURING = "2026-03-01T10:00:00.000Z";
const BEFORE = "2025-11-20T10:00:00.000Z";
const start = () => emptySuspend(SESSION.from / 1000);

/** A learner's browser: quiz attempts and simulation results recorded at the given times. */
function browser(
  results: {
    module: PackageModule;
    kind: "attempt" | "simulation" | "quiz";
    score: number;
    passed: boolean;
    at: string;
  }[],
): Progress {
  let p = emptyProgress();
  for (const r of results) {
    p =
      r.kind === "attempt"
        ? withQuizAttempt(p, r.module.id, { score: r.score, passed: r.passed }, r.at)
        : withAssignmentResult(
            p,
            r.module.id,
            { kind: r.kind, score: r.score, passed: r.passed, at: r.at },
            r.module.requires,
          );
  }
  return p;
}

/** The quiz module's quiz passed at `score` (its attempt and its assignment result, as the quiz records both). */
const quizPassed = (score: number, at = DURING) => [
  { module: QUIZ_MODULE, kind: "attempt" as const, score, passed: true, at },
  { module: QUIZ_MODULE, kind: "quiz" as const, score, passed: true, at },
];

describe("what a package counts", () => {
  it("counts only results recorded while the package was open", () => {
    const p = browser([
      ...quizPassed(1, BEFORE),
      { module: SIM_MODULE, kind: "simulation", score: 0.9, passed: true, at: DURING },
    ]);
    const ledger = earn(start(), p, MODULES, SESSION);
    // The page was read before: that is kept (it is not a grade); the old quiz is not.
    expect(ledger.modules[QUIZ_MODULE.id]).toEqual({ read: true, results: {} });
    expect(ledger.modules[SIM_MODULE.id]?.results.simulation).toMatchObject({
      score: 0.9,
      passed: true,
    });
  });

  it("keeps the best result of each kind, from the LMS's copy and the session alike", () => {
    const kept = earn(start(), browser(quizPassed(0.9)), MODULES, SESSION);
    const next = earn(kept, browser(quizPassed(0.75)), MODULES, SESSION);
    expect(next.modules[QUIZ_MODULE.id]?.results.attempt?.score).toBe(0.9);
  });

  it("keeps an instructor assignment's best submission with its run's hash", () => {
    const first = earnSubmission(start(), "cohort-3", {
      score: 0.6,
      passed: false,
      hash: "aaaaaaaaaaaaaaaa",
      at: 1_772_355_600,
    });
    const second = earnSubmission(first, "cohort-3", {
      score: 0.95,
      passed: true,
      hash: "bbbbbbbbbbbbbbbb",
      at: 1_772_355_700,
    });
    const third = earnSubmission(second, "cohort-3", {
      score: 0.8,
      passed: true,
      hash: "cccccccccccccccc",
      at: 1_772_355_800,
    });
    expect(third.assignments["cohort-3"]).toEqual({
      score: 0.95,
      passed: true,
      hash: "bbbbbbbbbbbbbbbb",
      at: 1_772_355_700,
    });
  });
});

describe("bringing the LMS's copy back into a browser", () => {
  const ledger: SuspendData = earn(
    start(),
    browser([
      ...quizPassed(0.8),
      { module: SIM_MODULE, kind: "simulation", score: 0.9, passed: true, at: DURING },
    ]),
    MODULES,
    SESSION,
  );

  it("completes on a new computer the modules the learner completed", () => {
    const restored = restore(emptyProgress(), ledger, MODULES);
    expect(restored.modules[QUIZ_MODULE.id]?.completedAt).toBeDefined();
    expect(restored.modules[QUIZ_MODULE.id]?.quizBest).toBe(0.8);
    expect(restored.modules[SIM_MODULE.id]?.completedAt).toBeDefined();
    expect(restored.modules[SIM_MODULE.id]?.assignmentResults).toEqual([
      expect.objectContaining({ kind: "simulation", score: 0.9, passed: true }),
    ]);
  });

  it("adds nothing the second time, nor where the browser already has as good", () => {
    const once = restore(emptyProgress(), ledger, MODULES);
    expect(restore(once, ledger, MODULES)).toBe(once);
    const here = browser(quizPassed(1));
    expect(restore(here, ledger, [QUIZ_MODULE])).toBe(here);
  });

  it("reports the same after a relaunch as before it", () => {
    const restored = restore(emptyProgress(), ledger, MODULES);
    const again = earn(ledger, restored, MODULES, { from: Date.now(), to: Date.now() + 1000 });
    expect(report(again, SCOPE, 0.7)).toEqual(report(ledger, SCOPE, 0.7));
  });
});

describe("the report", () => {
  const ledgerOf = (...results: Parameters<typeof browser>[0]) =>
    earn(start(), browser(results), MODULES, SESSION);

  it.each([
    ["nothing done", ledgerOf(), { completion: "incomplete", success: "unknown", progress: 0 }],
    [
      "one module of two complete: no score yet, so no early 'failed'",
      ledgerOf(...quizPassed(1)),
      { completion: "incomplete", success: "unknown", progress: 0.5 },
    ],
    [
      "everything passed",
      ledgerOf(
        ...quizPassed(0.8),
        { module: SIM_MODULE, kind: "attempt", score: 0.7, passed: true, at: DURING },
        { module: SIM_MODULE, kind: "simulation", score: 0.9, passed: true, at: DURING },
      ),
      { completion: "completed", success: "passed", scaled: 0.8, progress: 1 },
    ],
    [
      "everything tried, the simulation failed: the mean decides success, completion waits",
      ledgerOf(
        ...quizPassed(1),
        { module: SIM_MODULE, kind: "attempt", score: 1, passed: true, at: DURING },
        { module: SIM_MODULE, kind: "simulation", score: 0.4, passed: false, at: DURING },
      ),
      { completion: "incomplete", success: "passed", scaled: 0.8, progress: 0.5 },
    ],
    [
      "everything tried, mean below mastery",
      ledgerOf(
        ...quizPassed(0.7),
        { module: SIM_MODULE, kind: "attempt", score: 0.3, passed: false, at: DURING },
        { module: SIM_MODULE, kind: "simulation", score: 0.9, passed: true, at: DURING },
      ),
      { completion: "completed", success: "failed", scaled: 0.6333, progress: 1 },
    ],
  ] as const)("%s", (_what, ledger, expected) => {
    expect(report(ledger, SCOPE, 0.7)).toEqual(expected);
  });

  it("passes a mean exactly at the mastery score (the course's one pass rule)", () => {
    const ledger = ledgerOf(...quizPassed(0.7));
    expect(report(ledger, { kind: "modules", modules: [QUIZ_MODULE] }, 0.7)).toMatchObject({
      success: "passed",
      scaled: 0.7,
    });
  });

  it("reports an instructor's assignment by its best submission", () => {
    const scope: ReportScope = { kind: "assignment", id: "cohort-3" };
    expect(report(start(), scope, 0.7)).toEqual({
      completion: "incomplete",
      success: "unknown",
      progress: 0,
    });
    const failed = earnSubmission(start(), "cohort-3", {
      score: 0.5,
      passed: false,
      hash: "aaaaaaaaaaaaaaaa",
      at: 1_772_355_600,
    });
    expect(report(failed, scope, 0.7)).toEqual({
      completion: "incomplete",
      success: "failed",
      scaled: 0.5,
      progress: 0,
    });
    const passed = earnSubmission(failed, "cohort-3", {
      score: 0.85,
      passed: true,
      hash: "bbbbbbbbbbbbbbbb",
      at: 1_772_355_700,
    });
    expect(report(passed, scope, 0.7)).toEqual({
      completion: "completed",
      success: "passed",
      scaled: 0.85,
      progress: 1,
    });
  });
});
