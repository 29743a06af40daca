/**
 * What checking a submission file gives the gradebook (check-file.ts makes it in the verify
 * worker). Kept apart from the checking itself so the page's own bundle carries these shapes
 * without the engine and the verifier, which only the worker needs.
 */
import type { StoredRun } from "../../schemas/submission";
import type { Reason, ReasonParams, VerifyStatus } from "../../grading/verify";

/** Reasons the gradebook adds to the verifier's, for files it cannot or should not verify. */
export type FileReasonCode =
  /** Larger than MAX_FILE_BYTES: not read. */
  | "too-large"
  /** The browser could not read the file. */
  | "read-failed"
  /** A submission made for another assignment. */
  | "other-assignment"
  /** A free sandbox run: no assignment inside. */
  | "no-assignment"
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

export interface CheckedFile {
  /** The file's name as chosen. */
  file: string;
  status: VerifyStatus;
  reason: GradeReason | null;
  learner: { name: string; id: string | null } | null;
  /** When the learner's browser made the submission (the file says so; a valid ISO date-time or null). */
  createdAt: string | null;
  /** Percent, when verified. */
  score: number | null;
  /** The replay's own score when the run replays (verified or tampered claims). */
  replayedScore: number | null;
  /** When verified. */
  goals: GoalOutcome[] | null;
  /** When verified. */
  final: Record<KeyMetric, number | null> | null;
  /** Levers whose value ever left the scenario's start (not counting locked ones), when the run replays. */
  leversUsed: string[];
  /** The run, when its decisions are valid (for the review link). */
  run: StoredRun | null;
}

/** Files larger than this are not read (no real submission comes near it). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A row with nothing known yet about the file but its name. */
export const emptyResult = (file: string): CheckedFile => ({
  file,
  status: "invalid",
  reason: null,
  learner: null,
  createdAt: null,
  score: null,
  replayedScore: null,
  goals: null,
  final: null,
  leversUsed: [],
  run: null,
});

/** A row for a file that was never verified (too large, unreadable, a second assignment). */
export function unreadFile(
  file: string,
  code: FileReasonCode,
  params: ReasonParams = {},
): CheckedFile {
  return { ...emptyResult(file), reason: { code, params } };
}
