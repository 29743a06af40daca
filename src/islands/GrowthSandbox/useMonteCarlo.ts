import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AlignedBands } from "../../lib/charts/sandbox";
import type { Goal } from "../../schemas/module";
import type { Run } from "../../sim/index";
import { alignBand } from "../../sandbox/view";
import { JobCancelled } from "../../sandbox/worker-protocol";
import type { McStatus } from "./Tools";
import { useWorkerClient } from "./useWorkerClient";

/** The metrics the charts draw bands for; the goals' metrics are summarised too. */
const MC_METRICS = ["members", "dau", "nps", "revenue"] as const;

/**
 * Monte Carlo in a worker: when switched on, the whole run over `runs` seeds, again whenever the
 * run changes (after a short pause, so dragging a slider starts one batch, not twenty).
 */
export function useMonteCarlo(fullRun: Run, runKey: string, runs: number, goals: readonly Goal[]) {
  const client = useWorkerClient();
  const job = useRef<{ cancel(): void } | null>(null);
  const [on, setOn] = useState(false);
  const [retries, setRetries] = useState(0);
  const [status, setStatus] = useState<McStatus & { key?: string; bands?: AlignedBands }>({
    state: "idle",
    done: 0,
    total: 0,
  });
  const metrics = useMemo(
    () => [...new Set([...MC_METRICS, ...goals.map((g) => g.metric)])],
    [goals],
  );
  useEffect(() => {
    if (!on) return;
    const key = `${runKey}|${runs}|${metrics.join(",")}`;
    if (status.key === key && status.state === "done") return;
    const timer = setTimeout(() => {
      setStatus({ state: "running", done: 0, total: runs });
      const started = client().monteCarlo(fullRun, runs, metrics, (done, total) =>
        setStatus((s) => (s.state === "running" ? { ...s, done, total } : s)),
      );
      job.current = started;
      // A job replaced by a newer one (or cancelled for it) must not touch the state.
      const current = () => job.current === started;
      started.promise.then(
        (res) => {
          if (!current()) return;
          const bands: AlignedBands = {};
          for (const m of MC_METRICS) {
            const aligned = alignBand(res.bands[m], fullRun.weeks);
            if (aligned) bands[m] = aligned;
          }
          setStatus({
            state: "done",
            done: res.runs,
            total: res.runs,
            key,
            bands,
            final: res.final,
            runs: res.runs,
          });
        },
        (error) => {
          if (current())
            setStatus((s) => ({ ...s, state: error instanceof JobCancelled ? "idle" : "error" }));
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [on, runKey, runs, metrics, retries]);
  const bands =
    on && status.state === "done" && status.key?.startsWith(runKey + "|")
      ? (status.bands ?? null)
      : null;
  return {
    on,
    status,
    metrics,
    bands,
    toggle: (next: boolean) => {
      setOn(next);
      if (!next) job.current?.cancel();
    },
    cancel: () => job.current?.cancel(),
    retry: () => setRetries((n) => n + 1),
  };
}
