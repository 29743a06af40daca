/**
 * Pure operations on progress records: what the store does, without storage or a clock (every
 * function takes the time it should record). Everything returns a new record in normal form.
 */
import type { Feedback } from "../schemas/feedback";
import type {
  AssignmentKind,
  AssignmentResult,
  ModuleProgress,
  Progress,
} from "../schemas/progress";
import type { Track } from "../schemas/common";
import { canonicalJson } from "../lib/canonical-json";
import { normalizeProgress } from "../lib/light/progress";

export const emptyModule = (): ModuleProgress => ({ quizAttempts: [], assignmentResults: [] });

/** Compares two timestamps by time, then by text, so that ties resolve the same way whatever the argument order. */
export function compareTimes(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const d = Date.parse(a) - Date.parse(b);
  return d !== 0 ? Math.sign(d) : a < b ? -1 : 1;
}
export const earliest = (a?: string, b?: string): string | undefined =>
  a === undefined ? b : b === undefined ? a : compareTimes(a, b) <= 0 ? a : b;
export const latest = (a?: string, b?: string): string | undefined =>
  a === undefined ? b : b === undefined ? a : compareTimes(a, b) >= 0 ? a : b;

function updateModule(
  p: Progress,
  id: string,
  change: (m: ModuleProgress) => ModuleProgress,
  at: string,
): Progress {
  const current = p.modules[id] ?? emptyModule();
  return normalizeProgress({
    ...p,
    modules: { ...p.modules, [id]: change(current) },
    updatedAt: at,
  });
}

/** The learner reached the end of the module. Keeps the first time. */
export function withRead(p: Progress, id: string, at: string): Progress {
  if (p.modules[id]?.readAt) return p;
  return updateModule(p, id, (m) => ({ ...m, readAt: at }), at);
}

/** Adds a quiz attempt; the best score follows. */
export function withQuizAttempt(
  p: Progress,
  id: string,
  attempt: { score: number; passed: boolean; items?: Record<string, number> },
  at: string,
): Progress {
  return updateModule(
    p,
    id,
    (m) => ({
      ...m,
      readAt: m.readAt ?? at,
      quizAttempts: [...m.quizAttempts, { ...attempt, at }],
    }),
    at,
  );
}

/** The learner opened the assignment (the sandbox challenge, the planner section). Keeps the first time. */
export function withAssignmentStarted(p: Progress, id: string, at: string): Progress {
  if (p.modules[id]?.assignmentStartedAt) return p;
  return updateModule(p, id, (m) => ({ ...m, assignmentStartedAt: at }), at);
}

/**
 * Adds a scored try at an assignment. The module is complete once every kind in `requires` (the
 * module's assignments: its main one, and "written" when it has one) has a passed result; the
 * time kept is the first moment that held. A module with one assignment is complete on its pass.
 */
export function withAssignmentResult(
  p: Progress,
  id: string,
  result: AssignmentResult,
  requires: readonly AssignmentKind[] = [result.kind],
): Progress {
  return updateModule(
    p,
    id,
    (m) => {
      const results = [...m.assignmentResults, result];
      const complete = requires.every((kind) => results.some((r) => r.kind === kind && r.passed));
      return {
        ...m,
        // The start of the module's main assignment; a written one has its own results only.
        assignmentStartedAt:
          result.kind === "written"
            ? m.assignmentStartedAt
            : earliest(m.assignmentStartedAt, result.at),
        assignmentResults: results,
        completedAt: complete ? earliest(m.completedAt, result.at) : m.completedAt,
      };
    },
    result.at,
  );
}

export function withTrack(p: Progress, track: Track, at: string): Progress {
  return normalizeProgress({ ...p, track, trackChosenAt: at, updatedAt: at });
}

/** Adds a mentor feedback file; the same file loaded twice is kept once. */
export function withFeedback(p: Progress, feedback: Feedback, at: string): Progress {
  return normalizeProgress({ ...p, feedback: [...p.feedback, feedback], updatedAt: at });
}

export function withoutFeedback(p: Progress, feedback: Feedback, at: string): Progress {
  const text = canonicalJson(feedback);
  return normalizeProgress({
    ...p,
    feedback: p.feedback.filter((f) => canonicalJson(f) !== text),
    updatedAt: at,
  });
}

export type AssignmentStatus = "not-started" | "in-progress" | "passed" | "not-passed";

/**
 * What the learner sees about one of a module's assignments, and the score to show with it: the
 * main one by default, the written one with `"written"`. A completed module's main assignment
 * has passed (records from before results were kept have only `completedAt`); the written one
 * shows its own results only.
 */
export function assignmentStatus(
  m: ModuleProgress | undefined,
  which: "main" | "written" = "main",
): {
  status: AssignmentStatus;
  best?: number;
  last?: AssignmentResult;
} {
  const results = (m?.assignmentResults ?? []).filter(
    (r) => (r.kind === "written") === (which === "written"),
  );
  const last = results[results.length - 1];
  const best = results.length ? Math.max(...results.map((r) => r.score)) : undefined;
  const started = which === "main" ? m?.assignmentStartedAt : undefined;
  const status: AssignmentStatus =
    (which === "main" && m?.completedAt) || results.some((r) => r.passed)
      ? "passed"
      : results.length
        ? "not-passed"
        : started
          ? "in-progress"
          : "not-started";
  return { status, best, last };
}

/** "completed" when the assignment passed, "read" when the learner reached the end, else "new". */
export function moduleState(m: ModuleProgress | undefined): "completed" | "read" | "new" {
  if (m?.completedAt) return "completed";
  return m?.readAt ? "read" : "new";
}

export type { AssignmentKind };
