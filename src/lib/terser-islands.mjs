// @ts-check
import { resolve } from "node:path";
import { minify } from "terser";

/**
 * A Vite plugin: the client chunks that hold any module of the given islands (what they import,
 * statically or with import(), Chart.js included) are minified again with terser after esbuild's
 * minifier, which the rest of the site gets.
 *
 * Terser's deeper compression saves about 5 kB gzipped on the sandbox page, which keeps it inside
 * its 110 kB budget (tests/e2e/budget.test.ts), but it is slow: run over every chunk it was a
 * quarter of the build. Elsewhere esbuild's few hundred extra bytes cost less than the wait.
 * One pass: a second gained some 90 bytes of Chart.js's 54 kB for twice the time.
 *
 * @param {string[]} islands island source files, relative to the project root
 * @returns {import("vite").Plugin}
 */
export default function terserIslands(islands) {
  let root = process.cwd();
  let ssr = false;
  /** @type {Set<string> | undefined} */
  let graph;

  /**
   * Every module the islands reach.
   * @param {import("rollup").PluginContext} context
   */
  function moduleGraph(context) {
    const reached = new Set();
    const queue = islands.map((island) => {
      const id = resolve(root, island);
      if (!context.getModuleInfo(id)) {
        throw new Error(
          `terser-islands: ${island} is not in the client build; is it still an island?`,
        );
      }
      return id;
    });
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      const info = context.getModuleInfo(id);
      if (info) queue.push(...info.importedIds, ...info.dynamicallyImportedIds);
    }
    return reached;
  }

  return {
    name: "col:terser-islands",
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
        graph ??= moduleGraph(this);
        if (!chunk.moduleIds.some((id) => graph?.has(id))) return null;
        const result = await minify(code, { module: true, compress: { passes: 1 } });
        return result.code === undefined ? null : { code: result.code, map: null };
      },
    },
  };
}
