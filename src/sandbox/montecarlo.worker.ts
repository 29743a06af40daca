/**
 * The sandbox's Web Worker: Monte Carlo bands over many seeds and the lever sensitivity analysis,
 * off the page's main thread. Cancelling is terminating the worker (the page starts a new one).
 *
 * In:  { type: "mc", id, run, runs, metrics } | { type: "sensitivity", id, run, base, metric, locked }
 * Out: { type: "progress", id, done, total } | { type: "mc", id, result } |
 *      { type: "sensitivity", id, result } | { type: "error", id, message }
 */
import { type Levers, type Run } from "../sim/index";
import { sensitivity } from "./sensitivity";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";
import { monteCarloRun } from "../lib/scenarios";

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const progress = (done: number, total: number) =>
    post({ type: "progress", id: request.id, done, total });
  try {
    if (request.type === "mc") {
      const result = monteCarloRun(request.run as Run, {
        runs: request.runs,
        metrics: request.metrics,
        onProgress: progress,
      });
      post({ type: "mc", id: request.id, result });
    } else {
      const result = sensitivity(
        request.run as Run,
        request.base as Levers,
        request.metric,
        request.locked,
        progress,
      );
      post({ type: "sensitivity", id: request.id, result });
    }
  } catch (error) {
    post({ type: "error", id: request.id, message: String((error as Error)?.message ?? error) });
  }
};
