/**
 * What the progress page does to the learner's progress: choose a track, keep mentor feedback,
 * export, import (merge) and reset with undo. Kept apart from progress.ts so that module pages,
 * which only record quiz attempts and assignment results, never load it.
 */
import type { Track } from "../schemas/common";
import type { Feedback } from "../schemas/feedback";
import type { Progress } from "../schemas/progress";
import { PROGRESS_FORMAT } from "../schemas/formats";
import { emptyProgress, parseProgress, type DecodeError } from "../lib/light/progress";
import { $progress, saveProgress } from "./progress";
import { mergeProgress } from "./progress-merge";
import { withFeedback, withoutFeedback, withTrack } from "./progress-ops";

const now = () => new Date().toISOString();

export function chooseTrack(track: Track): boolean {
  return saveProgress(withTrack($progress.get(), track, now()));
}

export function addFeedback(feedback: Feedback): boolean {
  return saveProgress(withFeedback($progress.get(), feedback, now()));
}

export function removeFeedback(feedback: Feedback): boolean {
  return saveProgress(withoutFeedback($progress.get(), feedback, now()));
}

/** The record as the exported file holds it. */
export function exportProgress(): string {
  return JSON.stringify($progress.get(), null, 2) + "\n";
}

export type ImportResult =
  | {
      ok: true;
      attemptsAdded: number;
      resultsAdded: number;
      feedbackAdded: number;
      migratedFrom?: number;
    }
  | { ok: false; error: DecodeError | "storage"; path?: string };

const count = (p: Progress) => {
  const modules = Object.values(p.modules);
  return {
    attempts: modules.reduce((n, m) => n + m.quizAttempts.length, 0),
    results: modules.reduce((n, m) => n + m.assignmentResults.length, 0),
    feedback: p.feedback.length,
  };
};

/** Merges an exported file into this browser's progress. A bad file changes nothing. */
export function importProgress(text: string): ImportResult {
  const parsed = parseProgress(text);
  if (!parsed.ok) return parsed;
  const before = count($progress.get());
  const merged = mergeProgress($progress.get(), parsed.value);
  if (!saveProgress(merged)) return { ok: false, error: "storage" };
  const after = count(merged);
  return {
    ok: true,
    attemptsAdded: after.attempts - before.attempts,
    resultsAdded: after.results - before.results,
    feedbackAdded: after.feedback - before.feedback,
    ...(parsed.migratedFrom === undefined ? {} : { migratedFrom: parsed.migratedFrom }),
  };
}

/** Starts over. Returns the record that was there, for undo. */
export function resetProgress(): Progress | null {
  const previous = $progress.get();
  return saveProgress(emptyProgress()) ? previous : null;
}

/** Undo for reset: puts a record back, merged with anything recorded since. */
export function restoreProgress(previous: Progress): boolean {
  return (
    previous.format === PROGRESS_FORMAT && saveProgress(mergeProgress($progress.get(), previous))
  );
}
