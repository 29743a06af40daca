/**
 * The sandbox's Monte Carlo worker: bands over many seeds, off the page's main thread. The page
 * starts it when it is first idle, has it warm up, and keeps it between jobs (its engine stays
 * optimised); cancelling is terminating it. It is built from the page's own chunks
 * (src/lib/shared-workers.mjs), so starting it loads little more than this file.
 *
 * In:  { type: "warm" | "mc", id, run, runs, metrics } (a warm-up answers nothing)
 * Out: { type: "progress", id, done, total } | { type: "mc", id, result: PercentileTable } |
 *      { type: "error", id, message }
 */
import {
  monteCarloBandsWith,
  type MonteCarloOptions,
  type PercentileTable,
  type Run,
} from "../sim/index";
import { sparseProgress, type WorkerRequest, type WorkerResponse } from "./worker-protocol";
import { scenarioOf } from "../lib/scenarios";

const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

/**
 * Monte Carlo's bands for a run. The page sends the run it shows, which was checked when it was
 * loaded (a link or a saved session) or made from the lever panel's ranges, so it is not checked
 * again here: that would have this worker load the engine's validation, which the page does not.
 */
function bands(run: Run, options: MonteCarloOptions): PercentileTable {
  return monteCarloBandsWith(run, scenarioOf(run), options);
}

/** Seeds per slice of a warm-up: a job that arrives meanwhile waits for one slice at most. */
const WARM_SLICE = 20;
/**
 * The warm-up's seeds start above 2^30. V8 keeps whole numbers below that in a compact form, and
 * the first larger seed a worker meets changes the layout of every simulation state, which throws
 * away the code optimised so far (measured: the first batch of bands ran at half speed). Meeting
 * one while warming up gets that over with before anyone waits. Each slice starts from a seed of
 * its own, so the warm-up sees many runs rather than the same ten again.
 */
const WARM_SEED = 2_000_000_000;
let warming: ReturnType<typeof setTimeout> | undefined;

/** Warms up in slices, each in a task of its own, so that a job can come first. */
function warm(request: Extract<WorkerRequest, { type: "warm" }>, slice: number): void {
  warming = undefined;
  if (slice * WARM_SLICE >= request.runs) return;
  try {
    bands(
      { ...(request.run as Run), seed: WARM_SEED + slice },
      // The options a job passes, so that they look the same to the optimiser.
      { runs: WARM_SLICE, metrics: request.metrics, onProgress: sparseProgress(() => {}) },
    );
  } catch {
    // A warm-up answers nothing, not even its failure: the job that follows reports its own.
    return;
  }
  warming = setTimeout(() => warm(request, slice + 1), 0);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "warm") return warm(request, 0);
  // The job is what the warm-up was for: it finishes warming the engine.
  clearTimeout(warming);
  const progress = sparseProgress((done, total) =>
    post({ type: "progress", id: request.id, done, total }),
  );
  try {
    if (request.type !== "mc") throw new Error(`not a Monte Carlo request: ${request.type}`);
    const result = bands(request.run as Run, {
      runs: request.runs,
      metrics: request.metrics,
      onProgress: progress,
    });
    post({ type: "mc", id: request.id, result }, [result.bands.buffer, result.final.buffer]);
  } catch (error) {
    post({ type: "error", id: request.id, message: String((error as Error)?.message ?? error) });
  }
};
