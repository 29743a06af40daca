/**
 * The gradebook's verify worker: replays submission files against the official assignment off
 * the page's thread. Messages: `{ type: "assignment", assignment }` once, then
 * `{ type: "files", jobs: [{ id, file, text }] }` any number of times; it answers each file with
 * `{ type: "result", id, result }` and each batch with `{ type: "done" }`.
 */
import type { Assignment } from "../schemas/assignment";
import { checkFile } from "../grading/gradebook/check-file";
import { unreadFile } from "../grading/gradebook/file-result";
import type { WorkerIn, WorkerOut } from "./verify-protocol";

let assignment: Assignment | null = null;
const post = (message: WorkerOut) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerIn>) => {
  const message = event.data;
  if (message.type === "assignment") {
    assignment = message.assignment;
    return;
  }
  for (const job of message.jobs) {
    let result;
    try {
      if (!assignment) throw new Error("no assignment");
      result = checkFile(job.file, job.text, assignment);
    } catch (error) {
      result = unreadFile(job.file, "check-failed", {
        message: String((error as Error)?.message ?? error),
      });
    }
    post({ type: "result", id: job.id, result });
  }
  post({ type: "done" });
};
