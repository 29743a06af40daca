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
import { persistentAtom } from "@nanostores/persistent";
import type { AssignmentKind, Progress } from "../schemas/progress";
import { emptyProgress, parseProgress, type DecodeError } from "../schemas/progress-codec";
import {
  withAssignmentResult,
  withAssignmentStarted,
  withQuizAttempt,
  withRead,
} from "./progress-ops";

export const PROGRESS_KEY = "col:v1:progress";
/** Where the beta (version 0) kept progress; read once, never deleted. */
export const LEGACY_KEY = "col:progress";
export const BACKUP_PREFIX = "col:v1:progress:backup-";
export const NOTICE_KEY = "col:v1:progress:notice";

/** What the recovery notice needs: which copy holds the unreadable value, and why it was unreadable. */
export interface Recovery {
  /** The backup key, or null when the copy could not be written (the value is then still under PROGRESS_KEY). */
  backupKey: string | null;
  error: DecodeError;
  at: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

const now = () => new Date().toISOString();

/** Copies an unreadable value aside and notes it for the notice. Returns the clean record to use. */
function recover(raw: string, error: DecodeError): Progress {
  const s = storage();
  if (!s) return emptyProgress();
  let backupKey: string | null = null;
  try {
    let n = 1;
    while (s.getItem(BACKUP_PREFIX + n) !== null) n += 1;
    s.setItem(BACKUP_PREFIX + n, raw);
    backupKey = BACKUP_PREFIX + n;
    s.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
  } catch {
    // No room for the copy: leave the value where it is so nothing is lost; the notice says so.
  }
  try {
    s.setItem(NOTICE_KEY, JSON.stringify({ backupKey, error, at: now() } satisfies Recovery));
  } catch {
    // Storage is full or refused: the notice cannot persist, the page still works.
  }
  return emptyProgress();
}

function decode(text: string): Progress {
  const result = parseProgress(text);
  return result.ok ? result.value : recover(text, result.error);
}

/** A first visit after the beta: bring its record forward once, leaving the old key in place. */
function adoptLegacy(): void {
  const s = storage();
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

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: JSON.stringify,
  decode,
});

/** Stores a new record; false (and nothing changed) when the browser refuses to store it. */
export function saveProgress(next: Progress): boolean {
  if (next === $progress.get()) return true;
  try {
    $progress.set(next);
  } catch {
    return false;
  }
  // The sidebar marks (ProgressMarks.astro) listen for this to update without a reload.
  if (typeof dispatchEvent === "function") dispatchEvent(new Event("col:progress"));
  return true;
}

/** The recovery notice to show, if any. */
export function readRecovery(): Recovery | null {
  try {
    const text = storage()?.getItem(NOTICE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<Recovery>;
    if (typeof value.backupKey !== "string" && value.backupKey !== null) return null;
    return {
      backupKey: value.backupKey,
      error: value.error ?? "invalid",
      at: String(value.at ?? ""),
    };
  } catch {
    return null;
  }
}

/** The unreadable value the notice offers for download. */
export function recoveredText(recovery: Recovery): string | null {
  try {
    const text = storage()?.getItem(recovery.backupKey ?? PROGRESS_KEY) ?? null;
    // Without a copy the value stayed in place until the next save replaced it with a good record.
    if (text === null || (recovery.backupKey === null && parseProgress(text).ok)) return null;
    return text;
  } catch {
    return null;
  }
}

export function dismissRecovery(): void {
  try {
    storage()?.removeItem(NOTICE_KEY);
  } catch {
    // Nothing to do: the notice will show again next time.
  }
}

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

const KINDS: readonly unknown[] = ["quiz", "simulation", "plan"];

/**
 * Records a scored try at a module's assignment: the sandbox calls it when a challenge is
 * completed (score from goal scoring), the planner when a section is checked against its rubric,
 * the quiz island for quiz assignments. A pass completes the module.
 * Returns false, recording nothing, when the arguments are not a valid result.
 */
export function recordAssignment(
  moduleId: string,
  result: { kind: AssignmentKind; score: number; passed: boolean; at?: string | number | Date },
): boolean {
  if (!/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/.test(moduleId)) return false;
  if (!KINDS.includes(result.kind) || typeof result.passed !== "boolean") return false;
  if (typeof result.score !== "number" || !(result.score >= 0 && result.score <= 1)) return false;
  const at = result.at === undefined ? new Date() : new Date(result.at);
  if (!Number.isFinite(at.getTime())) return false;
  return saveProgress(
    withAssignmentResult($progress.get(), moduleId, {
      kind: result.kind,
      score: result.score,
      passed: result.passed,
      at: at.toISOString(),
    }),
  );
}
