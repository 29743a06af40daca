/**
 * What the progress page does to the learner's progress: choose a track (the home page's track
 * cards too), keep mentor feedback, and reset with undo. Kept apart from progress.ts so that
 * module pages, which only record quiz attempts and assignment results, never load it. Export and
 * import of everything the learner keeps are in learner-data.ts.
 */
import type { Track } from "../schemas/common";
import type { Feedback } from "../schemas/feedback";
import type { Progress } from "../schemas/progress";
import { PROGRESS_FORMAT } from "../schemas/formats";
import { emptyProgress } from "../lib/light/progress";
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
