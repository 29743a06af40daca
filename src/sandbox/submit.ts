/**
 * Submitting a challenge: the submission file (built by src/grading/submission.ts, so that
 * `npm run verify` accepts it) and its file name. The page loads this module only when the
 * learner submits: the grading code brings zod, which the page otherwise does without.
 */
import { passesPercent } from "../grading/pass";
import { buildSubmission } from "../grading/submission";
import type { Assignment } from "../schemas/assignment";
import type { Submission } from "../schemas/submission";
import type { ReplayResult, Run } from "../sim/index";

/** A file name safe on every system: assignment id, learner name (letters and digits of any script), date. */
export function submissionFileName(
  assignmentId: string,
  learner: string,
  createdAt: string,
): string {
  const name =
    learner
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "learner";
  return `${assignmentId}-${name}-${createdAt.slice(0, 10)}.json`;
}

export interface SubmitInput {
  run: Run;
  result: ReplayResult;
  assignment: Assignment;
  learner: { name: string; id?: string };
  createdAt: string;
}

/** The submission, its text and file name, and whether it passes the assignment. */
export function prepareSubmission(input: SubmitInput): {
  submission: Submission;
  text: string;
  fileName: string;
  passed: boolean;
} {
  const submission = buildSubmission({
    run: input.run,
    learner: input.learner,
    assignment: input.assignment,
    createdAt: input.createdAt,
    result: input.result,
  });
  return {
    submission,
    text: JSON.stringify(submission, null, 2) + "\n",
    fileName: submissionFileName(input.assignment.id, input.learner.name, input.createdAt),
    passed: passesPercent(submission.score.percent, input.assignment.passMark),
  };
}

/** An ISO date-time with the browser's offset, e.g. 2026-03-01T21:05:00+08:00. */
export function localIso(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
