/**
 * Messages between the sandbox page and its worker, and a small client that starts the worker on
 * first use (or earlier, to warm it: `prepare`), keeps it for the next job, reports progress, and
 * cancels by terminating it.
 */
import type { Levers, PercentileTable, Run } from "../sim/index";
import type { Effect } from "./sensitivity";

export interface SensitivityResult {
  baseline: number | null;
  effects: Effect[];
}

/**
 * "warm" runs a few seeds of Monte Carlo and answers nothing: a fresh worker's engine is several
 * times slower until the JavaScript engine has optimised it, and that is better done before a
 * learner asks for bands than while they wait.
 */
export type WorkerRequest =
  | { type: "mc"; id: number; run: Run; runs: number; metrics: string[] }
  | { type: "warm"; id: number; run: Run; runs: number; metrics: string[] }
  | { type: "sensitivity"; id: number; run: Run; base: Levers; metric: string; locked: string[] };

/** Monte Carlo's answer is a table of typed arrays, transferred rather than copied. */
export type WorkerResponse =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "mc"; id: number; result: PercentileTable }
  | { type: "sensitivity"; id: number; result: SensitivityResult }
  | { type: "error"; id: number; message: string };

/** A request before the client numbers it. */
type NewRequest = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, "id">
    : never
  : never;

/**
 * How many progress messages a job sends at most: each one re-renders the page's panel, and a
 * progress bar moves smoothly enough in twentieths.
 */
export const PROGRESS_STEPS = 20;

/** A progress callback that passes on only every twentieth of the way and the end. */
export function sparseProgress(
  report: (done: number, total: number) => void,
): (done: number, total: number) => void {
  let sent = 0;
  return (done, total) => {
    if (done < total && done - sent < total / PROGRESS_STEPS) return;
    sent = done;
    report(done, total);
  };
}

export interface Job<T> {
  promise: Promise<T>;
  cancel(): void;
}

/** Thrown (as the promise's rejection) when a job is cancelled. */
export class JobCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "JobCancelled";
  }
}

/** A job the page is waiting for; `request` is set while it waits for the worker to be free. */
interface Pending {
  id: number;
  request: WorkerRequest | null;
  onProgress: (done: number, total: number) => void;
  settle: (response: WorkerResponse | Error) => void;
}

/**
 * One worker, kept between jobs, one job at a time. A new job replaces the one the page waits
 * for: if the worker is still computing the old one, the new one is sent when it finishes (a
 * worker that has run the engine a while computes far faster than a new one, so it is not ended
 * for it); only the newest waiting job is sent. Cancelling ends the worker. `create` makes the
 * worker (the page passes `() => new Worker(new URL(...), { type: "module" })`).
 */
export function workerClient(create: () => Worker) {
  let worker: Worker | null = null;
  let nextId = 1;
  /** The id of the job the worker is computing, if any. */
  let busy: number | null = null;
  let current: Pending | null = null;

  const send = (w: Worker, request: WorkerRequest) => {
    if (request.type !== "warm") busy = request.id;
    w.postMessage(request);
  };

  function open(): Worker {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === "progress") {
        if (message.id === current?.id) current.onProgress(message.done, message.total);
        return;
      }
      if (message.id === busy) busy = null;
      if (message.id === current?.id) {
        const done = current;
        current = null;
        done.settle(message);
      } else if (current?.request && busy === null) {
        send(w, current.request);
        current.request = null;
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      const failed = current;
      stop();
      failed?.settle(new Error(event.message || "worker failed"));
    };
    worker = w;
    return w;
  }

  function stop() {
    worker?.terminate();
    worker = null;
    busy = null;
    const cancelled = current;
    current = null;
    cancelled?.settle(new JobCancelled());
  }

  function start<T>(
    request: NewRequest,
    onProgress: (done: number, total: number) => void,
    pick: (response: WorkerResponse) => T | undefined,
  ): Job<T> {
    const id = nextId++;
    const replaced = current;
    current = null;
    replaced?.settle(new JobCancelled());
    const promise = new Promise<T>((resolve, reject) => {
      const full = { ...request, id } as WorkerRequest;
      current = {
        id,
        request: busy === null ? null : full,
        onProgress,
        settle: (response) => {
          if (response instanceof Error) return reject(response);
          if (response.type === "error") return reject(new Error(response.message));
          const value = pick(response);
          if (value === undefined) reject(new Error(`unexpected reply ${response.type}`));
          else resolve(value);
        },
      };
      const w = open();
      if (busy === null) send(w, full);
    });
    return {
      promise,
      cancel: () => {
        if (current?.id === id) stop();
      },
    };
  }

  return {
    /** Starts the worker, if there is none, and warms its engine on `runs` seeds of `run`. */
    prepare: (run: Run, runs: number, metrics: string[]) => {
      if (!worker) send(open(), { type: "warm", id: nextId++, run, runs, metrics });
    },
    monteCarlo: (
      run: Run,
      runs: number,
      metrics: string[],
      onProgress: (done: number, total: number) => void,
    ) =>
      start<PercentileTable>({ type: "mc", run, runs, metrics }, onProgress, (m) =>
        m.type === "mc" ? m.result : undefined,
      ),
    sensitivity: (
      run: Run,
      base: Levers,
      metric: string,
      locked: string[],
      onProgress: (done: number, total: number) => void,
    ) =>
      start<SensitivityResult>(
        { type: "sensitivity", run, base, metric, locked },
        onProgress,
        (m) => (m.type === "sensitivity" ? m.result : undefined),
      ),
    stop,
  };
}
