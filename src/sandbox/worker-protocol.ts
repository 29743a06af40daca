/**
 * Messages between the sandbox page and its worker, and a small client that starts the worker on
 * first use, reports progress, and cancels by terminating it.
 */
import type { Levers, MonteCarloResult, Run } from "../sim/index";
import type { Effect } from "./sensitivity";

export interface SensitivityResult {
  baseline: number | null;
  effects: Effect[];
}

export type WorkerRequest =
  | { type: "mc"; id: number; run: Run; runs: number; metrics: string[] }
  | { type: "sensitivity"; id: number; run: Run; base: Levers; metric: string; locked: string[] };

export type WorkerResponse =
  | { type: "progress"; id: number; done: number; total: number }
  | { type: "mc"; id: number; result: MonteCarloResult }
  | { type: "sensitivity"; id: number; result: SensitivityResult }
  | { type: "error"; id: number; message: string };

/** A request before the client numbers it. */
type NewRequest = WorkerRequest extends infer R
  ? R extends unknown
    ? Omit<R, "id">
    : never
  : never;

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

/**
 * One worker, one job at a time: starting a job cancels the one running. `create` makes the
 * worker (the page passes `() => new Worker(new URL(...), { type: "module" })`).
 */
export function workerClient(create: () => Worker) {
  let worker: Worker | null = null;
  let nextId = 1;
  let running: { id: number; reject: (e: Error) => void } | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    running?.reject(new JobCancelled());
    running = null;
  };

  function start<T>(
    request: NewRequest,
    onProgress: (done: number, total: number) => void,
    pick: (response: WorkerResponse) => T | undefined,
  ): Job<T> {
    if (running) stop();
    const id = nextId++;
    const w = (worker ??= create());
    const promise = new Promise<T>((resolve, reject) => {
      running = { id, reject };
      w.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === "progress") return onProgress(message.done, message.total);
        running = null;
        if (message.type === "error") return reject(new Error(message.message));
        const value = pick(message);
        if (value === undefined) reject(new Error(`unexpected reply ${message.type}`));
        else resolve(value);
      };
      w.onerror = (event) => {
        running = null;
        event.preventDefault();
        reject(new Error(event.message || "worker failed"));
      };
      w.postMessage({ ...request, id } as WorkerRequest);
    });
    return {
      promise,
      cancel: () => {
        if (running?.id === id) stop();
      },
    };
  }

  return {
    monteCarlo: (
      run: Run,
      runs: number,
      metrics: string[],
      onProgress: (done: number, total: number) => void,
    ) =>
      start<MonteCarloResult>({ type: "mc", run, runs, metrics }, onProgress, (m) =>
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
