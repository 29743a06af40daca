import { useEffect, useRef } from "preact/hooks";
import { workerClient } from "../../sandbox/worker-protocol";

type Client = ReturnType<typeof workerClient>;

/**
 * A client of one of the sandbox's workers (`create` makes it: each hook names its own file, as
 * `new Worker(new URL("…", import.meta.url), …)` for the bundler to find), started on first use
 * and stopped when the island goes.
 */
export function useWorkerClient(create: () => Worker): () => Client {
  const client = useRef<Client | null>(null);
  useEffect(() => () => client.current?.stop(), []);
  return () => (client.current ??= workerClient(create));
}
