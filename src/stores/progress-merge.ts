/** Merging two progress records (an import into this browser's record). Pure. */
import type { ModuleProgress, Progress } from "../schemas/progress";
import { normalizeProgress } from "../lib/light/progress";
import { compareTimes, earliest, emptyModule, latest } from "./progress-ops";

const maxScore = (a?: number, b?: number): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

function mergeModule(
  a: ModuleProgress = emptyModule(),
  b: ModuleProgress = emptyModule(),
): ModuleProgress {
  return {
    readAt: earliest(a.readAt, b.readAt),
    completedAt: earliest(a.completedAt, b.completedAt),
    quizAttempts: [...a.quizAttempts, ...b.quizAttempts],
    quizBest: maxScore(a.quizBest, b.quizBest),
    assignmentStartedAt: earliest(a.assignmentStartedAt, b.assignmentStartedAt),
    assignmentResults: [...a.assignmentResults, ...b.assignmentResults],
  };
}

/**
 * Merges two records (this browser's and an imported file) keeping the best of both: every quiz
 * attempt, assignment result and feedback file of either (exact duplicates once), the best
 * scores, the earliest read/completed times, and the track chosen most recently. The result does
 * not depend on the order of the arguments, and merging a record into itself changes nothing.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const ids = new Set([...Object.keys(a.modules), ...Object.keys(b.modules)]);
  const modules: Record<string, ModuleProgress> = {};
  for (const id of ids) modules[id] = mergeModule(a.modules[id], b.modules[id]);

  // The track chosen last wins; equal times fall back to the track id so the merge stays symmetric.
  const [chosen] = [a, b]
    .filter((p) => p.track !== undefined)
    .sort(
      (x, y) =>
        compareTimes(y.trackChosenAt, x.trackChosenAt) ||
        (y.track! < x.track! ? -1 : y.track! > x.track! ? 1 : 0),
    );
  return normalizeProgress({
    format: a.format,
    version: a.version,
    track: chosen?.track,
    trackChosenAt: chosen?.trackChosenAt,
    modules,
    feedback: [...a.feedback, ...b.feedback],
    updatedAt: latest(a.updatedAt, b.updatedAt),
  });
}
