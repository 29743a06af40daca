/**
 * The messages between the gradebook page and its verify workers (verify-pool.ts posts, and
 * verify.worker.ts answers): the official assignment once, then batches of files; a result per
 * file and "done" per batch.
 */
import type { Assignment } from "../schemas/assignment";
import type { CheckedFile } from "../grading/gradebook/file-result";

export interface VerifyJob {
  id: number;
  file: string;
  text: string;
}

export type WorkerIn =
  { type: "assignment"; assignment: Assignment } | { type: "files"; jobs: VerifyJob[] };
export type WorkerOut = { type: "result"; id: number; result: CheckedFile } | { type: "done" };
