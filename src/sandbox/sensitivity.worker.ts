/**
 * The sandbox's sensitivity worker: "what changed my outcome", each lever nudged up and down over
 * the whole run, off the page's main thread. Cancelling is terminating it. A worker of its own,
 * apart from Monte Carlo's: the page starts that one early and keeps it, and it shares the page's
 * chunks (src/lib/shared-workers.mjs), where this code would only add weight.
 *
 * In:  { type: "sensitivity", id, run, base, metric, locked }
 * Out: { type: "progress", id, done, total } | { type: "sensitivity", id, result } | { type: "error", id, message }
 */
import type { Levers, Run } from "../sim/index";
import { sensitivity } from "./sensitivity";
import { sparseProgress, type WorkerRequest, type WorkerResponse } from "./worker-protocol";

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type !== "sensitivity")
      throw new Error(`not a sensitivity request: ${request.type}`);
    const result = sensitivity(
      request.run as Run,
      request.base as Levers,
      request.metric,
      request.locked,
      sparseProgress((done, total) => post({ type: "progress", id: request.id, done, total })),
    );
    post({ type: "sensitivity", id: request.id, result });
  } catch (error) {
    post({ type: "error", id: request.id, message: String((error as Error)?.message ?? error) });
  }
};
