// @ts-check
import { basename, dirname, resolve } from "node:path";

/**
 * A Vite plugin: the Web Workers named here are built as entries of the client build itself, not
 * as bundles of their own (Vite's way). A worker then imports the same chunks as the page — the
 * sandbox's worker the engine and scenarios the page has already loaded — so starting it costs a
 * small file instead of a second copy of the engine (which would also count against the page's
 * weight budget). The page keeps its usual `new Worker(new URL("…", import.meta.url), …)`, which
 * `astro dev` serves as it is.
 *
 * @param {{ workers: string[] }} options worker files relative to the project's root
 * @returns {import("vite").Plugin}
 */
export default function sharedWorkers({ workers }) {
  let ssr = false;
  /** @type {Set<string>} */
  let files = new Set();
  const WORKER_URL = /new URL\((["'])([^"']+)\1,\s*import\.meta\.url\)/g;

  return {
    name: "col:shared-workers",
    apply: "build",
    // Before Vite's own worker plugin, which would bundle the worker separately.
    enforce: "pre",
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
      files = new Set(workers.map((w) => resolve(config.root, w)));
    },
    transform(code, id) {
      if (ssr || !code.includes("new Worker(")) return null;
      let changed = false;
      const out = code.replace(WORKER_URL, (match, _quote, spec) => {
        const file = resolve(dirname(id), spec);
        if (!files.has(file)) return match;
        changed = true;
        const ref = this.emitFile({
          type: "chunk",
          id: file,
          name: basename(file).replace(/\.[jt]s$/, ""),
        });
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
