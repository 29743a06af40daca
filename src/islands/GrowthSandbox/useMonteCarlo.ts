import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AlignedBands } from "../../lib/charts/sandbox";
import type { Goal } from "../../schemas/module";
import { bandOf, spreadOf, type PercentileTable, type Run, type Spread } from "../../sim/index";
import { alignBand } from "../../sandbox/view";
import { JobCancelled } from "../../sandbox/worker-protocol";
import type { McStatus } from "./Tools";
import { useWorkerClient } from "./useWorkerClient";

/** The metrics the charts draw bands for; the goals' metrics are summarised too. */
const MC_METRICS = ["members", "dau", "nps", "revenue"] as const;

/**
 * Seeds the worker runs to warm up. Chromium's JavaScript engine reaches its fastest code for the
 * simulation only after some 400 runs (measured: after 200 the next batch of 200 still took three
 * times as long as later ones); it costs about two batches' worth of time in the worker, once,
 * while the page is idle.
 */
const WARM_RUNS = 400;

/** Runs `task` when the page is idle (at the latest after `timeout` ms); returns a cancel. */
function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, timeout);
  return () => clearTimeout(timer);
}

/** What the page keeps of a Monte Carlo answer: bands on the time axis and the final spreads. */
function readTable(table: PercentileTable, weeks: number) {
  const bands: AlignedBands = {};
  for (const m of MC_METRICS) {
    const aligned = alignBand(bandOf(table, m), weeks);
    if (aligned) bands[m] = aligned;
  }
  const final: Record<string, Spread> = {};
  for (const m of table.metrics) {
    const spread = spreadOf(table, m);
    if (spread) final[m] = spread;
  }
  return { bands, final };
}

/**
 * Monte Carlo in a worker: when switched on, the whole run over `runs` seeds, again whenever the
 * run changes (after a short pause, so dragging a slider starts one batch, not twenty). The click
 * that switches it on, and "compute again", start at once. The worker starts, and warms up, when
 * the page is first idle, so the first click does not wait for it.
 */
export function useMonteCarlo(fullRun: Run, runKey: string, runs: number, goals: readonly Goal[]) {
  const client = useWorkerClient(
    () =>
      new Worker(new URL("../../sandbox/montecarlo.worker.ts", import.meta.url), {
        type: "module",
      }),
  );
  const job = useRef<{ key: string; cancel(): void } | null>(null);
  const [on, setOn] = useState(false);
  const [status, setStatus] = useState<McStatus & { key?: string; bands?: AlignedBands }>({
    state: "idle",
    done: 0,
    total: 0,
  });
  const metrics = useMemo(
    () => [...new Set([...MC_METRICS, ...goals.map((g) => g.metric)])],
    [goals],
  );
  const key = `${runKey}|${runs}|${metrics.join(",")}`;

  const idle = useRef<(() => void) | null>(null);
  const prepare = () => {
    idle.current?.();
    idle.current = whenIdle(() => client().prepare(fullRun, WARM_RUNS, metrics), 1000);
  };
  useEffect(() => {
    prepare();
    return () => idle.current?.();
  }, []);

  const begin = () => {
    setStatus({ state: "running", done: 0, total: runs });
    const weeks = fullRun.weeks;
    const started = client().monteCarlo(fullRun, runs, metrics, (done, total) =>
      setStatus((s) => (s.state === "running" ? { ...s, done, total } : s)),
    );
    const current = { key, cancel: started.cancel };
    job.current = current;
    // A job replaced by a newer one (or cancelled for it) must not touch the state.
    const live = () => job.current === current;
    started.promise.then(
      (table) => {
        if (!live()) return;
        job.current = null;
        setStatus({
          state: "done",
          done: table.runs,
          total: table.runs,
          key,
          runs: table.runs,
          ...readTable(table, weeks),
        });
      },
      (error) => {
        if (!live()) return;
        job.current = null;
        setStatus((s) => ({ ...s, state: error instanceof JobCancelled ? "idle" : "error" }));
      },
    );
  };
  const answered = status.key === key && status.state === "done";

  useEffect(() => {
    if (!on || answered || job.current?.key === key) return;
    const timer = setTimeout(begin, 250);
    return () => clearTimeout(timer);
  }, [on, key]);

  const bands =
    on && status.state === "done" && status.key?.startsWith(runKey + "|")
      ? (status.bands ?? null)
      : null;
  const cancel = () => {
    if (!job.current) return;
    job.current.cancel();
    // Cancelling ended the worker: start the next one ahead of the next click.
    prepare();
  };
  return {
    on,
    status,
    metrics,
    bands,
    toggle: (next: boolean) => {
      setOn(next);
      if (!next) cancel();
      else if (!answered && job.current?.key !== key) begin();
    },
    cancel,
    retry: begin,
  };
}
