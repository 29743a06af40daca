/**
 * What checking a submission file gives the gradebook (check-file.ts makes it in the verify
 * worker, and the command line in Node). Kept apart from the checking itself so the page's own
 * bundle carries these shapes without the engine and the verifier, which only the worker needs.
 */
import type { StoredRun } from "../../schemas/submission";
import type { NoteCode, Reason, ReasonParams, VerifyStatus } from "../verify";

/** Reasons the gradebook adds to the verifier's, for files it cannot verify (all `invalid`). */
export type FileReasonCode =
  /** Larger than MAX_FILE_BYTES: not read. */
  | "too-large"
  /** Past the batch's file count or total size: not read. */
  | "batch-cap"
  /** The browser could not read the file. */
  | "read-failed"
  /** An assignment file that cannot be read (damaged, a newer version, an unknown scenario). */
  | "bad-assignment"
  /** A second assignment file in one batch: the first one is used. */
  | "extra-assignment"
  /** Checking failed unexpectedly (a fault in this page, not in the file). */
  | "check-failed";

export interface GradeReason {
  code: Reason["code"] | FileReasonCode;
  field?: string;
  params: ReasonParams;
}

export interface GradeNote {
  code: NoteCode;
  params: ReasonParams;
}

/** Key final metrics the table shows. */
export const KEY_METRICS = ["members", "retentionW4", "stickiness", "nps"] as const;
export type KeyMetric = (typeof KEY_METRICS)[number];

export interface GoalOutcome {
  metric: string;
  op: ">=" | "<=";
  value: number;
  byWeek?: number;
  actual: number | null;
  met: boolean;
}

/** One lever change a run made: from `week` on, `lever` holds `value`. */
export type LeverChange = [week: number, lever: string, value: number | string | boolean];

export interface CheckedFile {
  /** The file's name as chosen. */
  file: string;
  status: VerifyStatus;
  reason: GradeReason | null;
  /** What the result does not hide: self-set goals, a score the file computed by another rule. */
  notes: GradeNote[];
  learner: { name: string; id: string | null } | null;
  /**
   * When the file says it was made: set by the learner's device (a valid ISO date-time or null).
   * Reported, not proven; the instructor's own record of arrival, where there is one, decides
   * lateness instead.
   */
  createdAt: string | null;
  /** Percent, when verified: the replay's, by the official assignment's rule. */
  score: number | null;
  /** The replay's own score when the run replays (verified or not). */
  replayedScore: number | null;
  /** When verified. */
  goals: GoalOutcome[] | null;
  /** When verified. */
  final: Record<KeyMetric, number | null> | null;
  /** Levers whose value ever left the scenario's start (not counting locked ones), when the run replays. */
  leversUsed: string[];
  /** The run, when its decisions are valid (for the review link). */
  run: StoredRun | null;
  /**
   * The learner's own lever changes (locks left out), when the decisions are valid: what copy
   * detection compares.
   */
  changes: LeverChange[] | null;
}

/** Files larger than this are not read (no real submission comes near it). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Files one batch reads at most; the rest are listed as not read. */
export const MAX_BATCH_FILES = 2000;
/** Bytes one batch reads at most (all its files together). */
export const MAX_BATCH_BYTES = 100 * 1024 * 1024;

/** A row with nothing known yet about the file but its name. */
export const emptyResult = (file: string): CheckedFile => ({
  file,
  status: "invalid",
  reason: null,
  notes: [],
  learner: null,
  createdAt: null,
  score: null,
  replayedScore: null,
  goals: null,
  final: null,
  leversUsed: [],
  run: null,
  changes: null,
});

/** A row for a file that was never verified (too large, unreadable, a second assignment). */
export function unreadFile(
  file: string,
  code: FileReasonCode,
  params: ReasonParams = {},
): CheckedFile {
  return { ...emptyResult(file), reason: { code, params } };
}
