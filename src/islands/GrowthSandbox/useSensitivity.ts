import { useRef, useState } from "preact/hooks";
import type { Levers, Run } from "../../sim/index";
import { JobCancelled } from "../../sandbox/worker-protocol";
import type { SensitivityStatus } from "./SensitivityPanel";
import { useWorkerClient } from "./useWorkerClient";

/**
 * "What changed my outcome", in its own worker, when asked: each lever nudged up and down over
 * the whole run. A result stays on screen after the run changes, marked as stale.
 */
export function useSensitivity(
  fullRun: Run,
  runKey: string,
  base: Levers,
  metric: string,
  locked: readonly string[],
) {
  const client = useWorkerClient();
  const job = useRef<{ cancel(): void } | null>(null);
  const [status, setStatus] = useState<SensitivityStatus & { key?: string }>({
    state: "idle",
    done: 0,
    total: 0,
  });
  const run = () => {
    const key = `${runKey}|${metric}`;
    setStatus((s) => ({ ...s, state: "running", done: 0, total: 0 }));
    const started = client().sensitivity(fullRun, base, metric, [...locked], (done, total) =>
      setStatus((s) => (s.state === "running" ? { ...s, done, total } : s)),
    );
    job.current = started;
    // A job replaced by a newer one (or cancelled for it) must not touch the state.
    const current = () => job.current === started;
    started.promise.then(
      (res) => {
        if (current())
          setStatus({
            state: "done",
            done: 1,
            total: 1,
            key,
            result: { metric, ...res, stale: false },
          });
      },
      (error) => {
        if (current())
          setStatus((s) => ({ ...s, state: error instanceof JobCancelled ? "idle" : "error" }));
      },
    );
  };
  const view: SensitivityStatus = status.result
    ? {
        ...status,
        result: { ...status.result, stale: status.key !== `${runKey}|${status.result.metric}` },
      }
    : status;
  return { status: view, run, cancel: () => job.current?.cancel() };
}
