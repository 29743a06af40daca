/**
 * The gradebook's verify workers (browser glue; the checking itself is src/grading/gradebook/):
 * verifying many submission files without freezing the page, a few workers (one per core, at
 * most four) take small batches from a shared queue, so a slow scenario on one core never leaves
 * the other idle. Should workers be unavailable, the files are checked on the page's
 * thread one at a time, yielding between files so the page still answers.
 */
import type { Assignment } from "../schemas/assignment";
import type { CheckedFile } from "../grading/gradebook/file-result";
import type { VerifyJob, WorkerIn, WorkerOut } from "./verify-protocol";

export interface VerifyRun {
  /** Settles when every job has a result (or the run was cancelled). */
  done: Promise<void>;
  cancel(): void;
}

/** Files per message: small enough to share work evenly, large enough to keep messages few. */
const BATCH = 8;

function workerCount(jobs: number): number {
  const cores =
    typeof navigator !== "undefined" && navigator.hardwareConcurrency
      ? navigator.hardwareConcurrency
      : 2;
  return Math.max(1, Math.min(4, cores, Math.ceil(jobs / BATCH)));
}

export function verifyFiles(
  assignment: Assignment,
  jobs: readonly VerifyJob[],
  onResult: (id: number, result: CheckedFile) => void,
): VerifyRun {
  const queue = [...jobs];
  const pending = new Set(jobs.map((j) => j.id));
  const workers = new Set<Worker>();
  let cancelled = false;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const settle = () => {
    if (pending.size === 0 || cancelled) {
      for (const w of workers) w.terminate();
      workers.clear();
      finish();
    }
  };

  const deliver = (id: number, result: CheckedFile) => {
    if (cancelled || !pending.delete(id)) return;
    onResult(id, result);
  };

  /** The page's own thread: one file at a time, yielding in between. */
  const onThisThread = async () => {
    const [{ checkFile }, { unreadFile }] = await Promise.all([
      import("../grading/gradebook/check-file"),
      import("../grading/gradebook/file-result"),
    ]);
    while (queue.length && !cancelled) {
      const job = queue.shift()!;
      try {
        deliver(job.id, checkFile(job.file, job.text, assignment));
      } catch (error) {
        deliver(
          job.id,
          unreadFile(job.file, "check-failed", {
            message: String((error as Error)?.message ?? error),
          }),
        );
      }
      await new Promise((r) => setTimeout(r, 0));
    }
    settle();
  };

  const start = (): Worker | null => {
    try {
      return new Worker(new URL("./verify.worker.ts", import.meta.url), { type: "module" });
    } catch {
      return null;
    }
  };

  const feed = (worker: Worker, holding: { jobs: VerifyJob[] }) => {
    const next = queue.splice(0, BATCH);
    holding.jobs = next;
    if (next.length) worker.postMessage({ type: "files", jobs: next } satisfies WorkerIn);
    else {
      worker.terminate();
      workers.delete(worker);
    }
  };

  const count = workerCount(jobs.length);
  for (let i = 0; i < count && !cancelled; i++) {
    const worker = start();
    if (!worker) break;
    workers.add(worker);
    const holding: { jobs: VerifyJob[] } = { jobs: [] };
    worker.onmessage = (event: MessageEvent<WorkerOut>) => {
      const message = event.data;
      if (message.type === "result") deliver(message.id, message.result);
      else {
        feed(worker, holding);
        settle();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      workers.delete(worker);
      // Hand its unfinished files back; the last worker standing (or this thread) takes them.
      queue.unshift(...holding.jobs.filter((j) => pending.has(j.id)));
      holding.jobs = [];
      if (workers.size === 0) void onThisThread();
    };
    worker.postMessage({ type: "assignment", assignment } satisfies WorkerIn);
    feed(worker, holding);
  }
  if (workers.size === 0) void onThisThread();
  if (jobs.length === 0) settle();

  return {
    done,
    cancel() {
      cancelled = true;
      settle();
    },
  };
}
