// @ts-check
import { lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { resolve, sep } from "node:path";
import { defineConfig, passthroughImageService } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import remarkCjkFriendly from "remark-cjk-friendly";
import rehypeScrollableTables from "./src/lib/rehype-scrollable-tables.mjs";
import rehypeSeedWeight from "./src/lib/rehype-seed-weight.mjs";
import terserChunks from "./src/lib/terser-chunks.mjs";
import { contentSchemaKey, dropStaleContentStores } from "./src/lib/content-cache.mjs";

/**
 * Each engineer may build into a folder of their own (COL_OUT) so parallel builds never collide.
 * Astro keeps its intermediate server build inside the output folder only when that folder is
 * inside the project (otherwise every build shares ./.astro), so a folder elsewhere is built under
 * .tmp/builds/ and linked from where it was asked for.
 */
function outputFolder() {
  const wanted = process.env.COL_OUT;
  if (!wanted) return "./dist";
  const absolute = resolve(wanted);
  if (absolute.startsWith(process.cwd() + sep)) return absolute;
  const inside = resolve(".tmp/builds", absolute.replace(/[^\w.-]+/g, "_"));
  mkdirSync(inside, { recursive: true });
  const current = lstatSafe(absolute);
  if (!current?.isSymbolicLink() || realpathSafe(absolute) !== inside) {
    if (current) rmSync(absolute, { recursive: true, force: true });
    symlinkSync(inside, absolute);
  }
  return inside;
}
/** @param {string} path */
function lstatSafe(path) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
/** @param {string} path */
function realpathSafe(path) {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
const outDir = outputFolder();
const cacheDir = process.env.COL_OUT ? `${outDir}-cache` : "./node_modules/.astro";

// Parsed content is cached between builds (the build's store) and dev sessions (.astro's); a
// change to the schemas drops both, as Astro itself does only for content.config.ts.
for (const store of dropStaleContentStores(
  contentSchemaKey("src/content.config.ts", ["package-lock.json"]),
  [resolve(cacheDir, "data-store.json"), resolve(".astro/data-store.json")],
)) {
  console.log(`Content schemas changed: ${store} cleared.`);
}

/**
 * Preact islands. @astrojs/preact compiles every .ts and .tsx file with Babel; in a build that only
 * turns JSX into calls (the development aids it adds are for `astro dev`), which esbuild, compiling
 * the TypeScript anyway, does from tsconfig's jsx settings in a fraction of the time. So a build
 * leaves Babel out (vitest compiles the islands the same way).
 * @returns {import("astro").AstroIntegration}
 */
function preactIslands() {
  return {
    name: "col:preact",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({ integrations: [preact(command === "build" ? { exclude: [/./] } : {})] });
      },
    },
  };
}

export default defineConfig({
  outDir,
  cacheDir,
  // Where the site is served; canonical and hreflang links are built on it. Set SITE_URL when
  // building for a real host (README, "Deploying").
  site: process.env.SITE_URL || "http://localhost:4321",
  trailingSlash: "always",
  integrations: [mdx(), preactIslands()],
  // CommonMark will not close **bold** after Chinese punctuation (**注意：**这样) — this fixes it.
  // Random-seed phrases weigh little in search (src/lib/rehype-seed-weight.mjs).
  markdown: {
    remarkPlugins: [remarkCjkFriendly],
    rehypePlugins: [rehypeScrollableTables, rehypeSeedWeight],
  },
  i18n: {
    locales: ["zh-cn", "en"],
    defaultLocale: "zh-cn",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No raster images are processed, so sharp is never needed.
  image: { service: passthroughImageService() },
  build: { inlineStylesheets: "never", format: "directory" },
  // esbuild minifies; terser too where its extra bytes count: what the sandbox page loads.
  vite: {
    build: {
      minify: "esbuild",
      reportCompressedSize: false,
      // Astro inlines a small script; the service worker's registration stays a file of its own
      // (cached once for every page, and no inline code that registers a worker).
      assetsInlineLimit: (file) => (file.includes("UpdateNotice") ? false : undefined),
    },
    plugins: [
      terserChunks({
        islands: ["src/islands/GrowthSandbox/GrowthSandbox.tsx"],
        modules: /\/node_modules\/chart\.js\//,
      }),
    ],
  },
  server: { port: 4321, host: "127.0.0.1" },
  devToolbar: { enabled: false },
  prefetch: false,
});
