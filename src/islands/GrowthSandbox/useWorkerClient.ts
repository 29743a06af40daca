import { useEffect, useRef } from "preact/hooks";
import { workerClient } from "../../sandbox/worker-protocol";

type Client = ReturnType<typeof workerClient>;

/** A client of the sandbox's own worker, started on first use and stopped when the island goes. */
export function useWorkerClient(): () => Client {
  const client = useRef<Client | null>(null);
  useEffect(() => () => client.current?.stop(), []);
  return () =>
    (client.current ??= workerClient(
      () =>
        new Worker(new URL("../../sandbox/montecarlo.worker.ts", import.meta.url), {
          type: "module",
        }),
    ));
}
