// @ts-check
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";

/** One pass: a second took twice as long for some 90 more bytes of Chart.js. */
const TERSER_OPTIONS = { module: true, compress: { passes: 1 } };

/**
 * A Vite plugin: some client chunks are minified again with terser after esbuild's minifier,
 * which every chunk gets. Terser takes a few per cent more out of code than esbuild does, which
 * keeps the sandbox page inside its 110 kB budget (tests/e2e/budget.test.ts), but over the whole
 * site it was a quarter of the build's time; so it runs only on what that page loads:
 * - chunks holding a module of an island's static import graph (they load with the island);
 * - chunks holding a module whose id matches `modules` (Chart.js, which the page loads to draw;
 *   terser takes 4 kB gzipped more out of it than esbuild).
 * It runs on worker threads, one per core, so the chunks are minified side by side.
 *
 * @param {{ islands: string[], modules: RegExp }} options island files relative to the root
 * @returns {import("vite").Plugin}
 */
export default function terserChunks({ islands, modules }) {
  let root = process.cwd();
  let ssr = false;
  /** @type {Set<string> | undefined} */
  let graph;
  /** @type {ReturnType<typeof terserPool> | undefined} */
  let pool;

  /**
   * Every module the islands import statically, themselves included.
   * @param {import("rollup").PluginContext} context
   */
  function staticGraph(context) {
    const reached = new Set();
    const queue = islands.map((island) => {
      const id = resolve(root, island);
      if (!context.getModuleInfo(id)) {
        throw new Error(
          `terser-chunks: ${island} is not in the client build; is it still an island?`,
        );
      }
      return id;
    });
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    return reached;
  }

  return {
    name: "col:terser-chunks",
    apply: "build",
    configResolved(config) {
      root = config.root;
      ssr = Boolean(config.build.ssr);
    },
    renderChunk: {
      // After Vite's own (esbuild) minification, which is an ordinary renderChunk hook.
      order: "post",
      async handler(code, chunk) {
        if (ssr) return null;
        graph ??= staticGraph(this);
        if (!chunk.moduleIds.some((id) => graph?.has(id) || modules.test(id))) return null;
        pool ??= terserPool();
        return { code: await pool.minify(code), map: null };
      },
    },
    async closeBundle() {
      await pool?.close();
      pool = undefined;
      graph = undefined;
    },
  };
}

/** Worker threads running terser, as many as there are cores; tasks go to the least busy. */
function terserPool() {
  let next = 0;
  /** @type {Map<number, { resolve: (code: string) => void, reject: (error: Error) => void }>} */
  const waiting = new Map();
  const workers = Array.from({ length: Math.max(1, availableParallelism()) }, () => {
    const worker = new Worker(new URL("./terser-worker.mjs", import.meta.url), {
      workerData: { options: TERSER_OPTIONS },
    });
    const entry = { worker, busy: 0 };
    worker.on("message", ({ id, code, error }) => {
      entry.busy -= 1;
      const task = waiting.get(id);
      waiting.delete(id);
      if (error || typeof code !== "string") task?.reject(new Error(`terser: ${error}`));
      else task?.resolve(code);
    });
    worker.on("error", (error) => {
      for (const task of waiting.values()) task.reject(error);
      waiting.clear();
    });
    return entry;
  });
  return {
    /** @param {string} code */
    minify(code) {
      const id = next++;
      const entry = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      entry.busy += 1;
      return /** @type {Promise<string>} */ (
        new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          entry.worker.postMessage({ id, code });
        })
      );
    },
    close: () => Promise.all(workers.map(({ worker }) => worker.terminate())),
  };
}
