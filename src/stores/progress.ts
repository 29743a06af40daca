/**
 * The learner's progress, kept in this browser (localStorage `col:v1:progress`).
 *
 * Bad data never stops a page: a stored value that is not a readable progress record is copied to
 * `col:v1:progress:backup-<n>`, the store starts clean, and `col:v1:progress:notice` tells the
 * pages to show a notice offering the copy as a download. Every mutator returns false instead of
 * throwing when the browser refuses to store (quota, privacy settings).
 *
 * Other parts of the site report assignment results through recordAssignment() — the sandbox
 * (goal scoring) and the planner (rubric) — and the quiz island through recordQuizAttempt().
 * What only the progress page needs (track, feedback, export, import, reset) is in
 * progress-actions.ts, so that module pages do not load it.
 */
import type { AssignmentKind, Progress } from "../schemas/progress";
import {
  decodeProgress,
  emptyProgress,
  parseProgress,
  type DecodeError,
} from "../lib/light/progress";
import {
  withAssignmentResult,
  withAssignmentStarted,
  withQuizAttempt,
  withRead,
} from "./progress-ops";
import { browserStorage, persistentVersioned, recordNotice } from "./persistent-versioned";
import { PROGRESS_KEY } from "./progress-key";

export { PROGRESS_KEY };
/** Where the beta (version 0) kept progress; read once, never deleted. */
export const LEGACY_KEY = "col:progress";

/** What the recovery notice needs: which copy holds the unreadable value, and why it was unreadable. */
export interface Recovery {
  /** The backup key, or null when the copy could not be written (the value is then still under PROGRESS_KEY). */
  backupKey: string | null;
  error: DecodeError;
  at: string;
}

const now = () => new Date().toISOString();

/** A first visit after the beta: bring its record forward once, leaving the old key in place. */
function adoptLegacy(): void {
  const s = browserStorage();
  try {
    const legacy = s?.getItem(LEGACY_KEY);
    if (!s || legacy == null || s.getItem(PROGRESS_KEY) !== null) return;
    const result = parseProgress(legacy);
    if (result.ok) s.setItem(PROGRESS_KEY, JSON.stringify(result.value));
  } catch {
    // Unreadable legacy data stays where it is, untouched.
  }
}
adoptLegacy();

const store = persistentVersioned<Progress, Pick<Recovery, "error">, Recovery>({
  key: PROGRESS_KEY,
  empty: emptyProgress,
  read(data) {
    const result = decodeProgress(data);
    return result.ok
      ? { value: result.value }
      : { value: emptyProgress(), problem: { error: result.error } };
  },
  unparsable: { error: "json" },
  notice: recordNotice((stored) => ({ error: (stored.error ?? "invalid") as DecodeError })),
});

export const $progress = store.$store;

/** Stores a new record; false (and nothing changed) when the browser refuses to store it. */
export function saveProgress(next: Progress): boolean {
  if (next === $progress.get()) return true;
  if (!store.save(next)) return false;
  // The sidebar marks (ProgressMarks.astro) listen for this to update without a reload.
  if (typeof dispatchEvent === "function") dispatchEvent(new Event("col:progress"));
  return true;
}

/** The recovery notice to show, if any. */
export const readRecovery: () => Recovery | null = store.readNotice;

/** The unreadable value the notice offers for download. */
export const recoveredText: (recovery: Recovery) => string | null = store.backupText;

export const dismissRecovery: () => void = store.dismissNotice;

export function markRead(moduleId: string): boolean {
  return saveProgress(withRead($progress.get(), moduleId, now()));
}

export function recordQuizAttempt(
  moduleId: string,
  attempt: { score: number; passed: boolean; items?: Record<string, number> },
  at: string = now(),
): boolean {
  return saveProgress(withQuizAttempt($progress.get(), moduleId, attempt, at));
}

/** The learner opened the assignment; its status becomes "in progress" until a result arrives. */
export function startAssignment(moduleId: string): boolean {
  return saveProgress(withAssignmentStarted($progress.get(), moduleId, now()));
}

const KINDS: readonly unknown[] = ["quiz", "simulation", "plan", "written"];

/**
 * Records a scored try at a module's assignment: the sandbox calls it when a challenge is
 * completed (score from goal scoring), the planner when a section is checked against its rubric,
 * the quiz island for quiz assignments, the module page for its written assignment. `requires`
 * lists the module's assignments (src/lib/module-assignment.ts `moduleAssignmentKinds`): the
 * module is complete once each has passed; by default the one recorded.
 * Returns false, recording nothing, when the arguments are not a valid result.
 */
export function recordAssignment(
  moduleId: string,
  result: { kind: AssignmentKind; score: number; passed: boolean; at?: string | number | Date },
  requires: readonly AssignmentKind[] = [result.kind],
): boolean {
  if (!/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(moduleId)) return false;
  if (!KINDS.includes(result.kind) || typeof result.passed !== "boolean") return false;
  if (requires.length === 0 || !requires.every((kind) => KINDS.includes(kind))) return false;
  if (typeof result.score !== "number" || !(result.score >= 0 && result.score <= 1)) return false;
  const at = result.at === undefined ? new Date() : new Date(result.at);
  if (!Number.isFinite(at.getTime())) return false;
  return saveProgress(
    withAssignmentResult(
      $progress.get(),
      moduleId,
      { kind: result.kind, score: result.score, passed: result.passed, at: at.toISOString() },
      requires,
    ),
  );
}
