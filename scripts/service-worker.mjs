#!/usr/bin/env node
// After postbuild (Pagefind's index and every page's Content-Security-Policy are written): Workbox
// writes dist/sw.js, a service worker that precaches the finished site — every page in both
// languages, the islands and their chunks, the Web Workers, Pagefind's index and WebAssembly, the
// template downloads — so that after one visit with a network the whole course works offline.
// Caching is Workbox's own (generateSW); src/client/sw-register.ts registers it and offers
// updates (README, "Offline").
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const outDir = resolve(root, process.env.COL_OUT ?? "dist");

/**
 * Pagefind writes a ready-made search UI beside its index; the site uses its own dialog
 * (src/client/search.ts) and loads none of these. A test holds that nothing refers to them.
 */
export const NOT_PRECACHED = [
  "pagefind/pagefind-ui.js",
  "pagefind/pagefind-ui.css",
  "pagefind/pagefind-modular-ui.js",
  "pagefind/pagefind-modular-ui.css",
  "pagefind/pagefind-highlight.js",
];

/** The page that answers, in the learner's language, a navigation that is neither cached nor online. */
const offlinePage = (lang) => `/${lang}/offline/index.html`;

/** @type {import("workbox-build").GenerateSWOptions} */
export const config = {
  globDirectory: outDir,
  globPatterns: ["**/*"],
  globIgnores: ["sw.js", ...NOT_PRECACHED],
  swDest: resolve(outDir, "sw.js"),
  // The largest page is well under this; a file over it would be left out with a warning, so
  // the build fails on any warning instead (below).
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  // Content-hashed names change whenever their content does: no revision needed.
  dontCacheBustURLsMatching: /^(_astro|pagefind\/(index|fragment))\//,
  // A static site serves the same file whatever the query: the sandbox's ?assignment= links and
  // Pagefind's cache-busting ?ts= must still find the cached copy.
  ignoreURLParametersMatching: [/.*/],
  inlineWorkboxRuntime: true,
  cleanupOutdatedCaches: true,
  // The first visit is served from the cache as soon as the cache is filled; a later version
  // waits until the learner accepts the notice (SKIP_WAITING) so no open page changes under them.
  clientsClaim: true,
  skipWaiting: false,
  mode: "production",
  sourcemap: false,
  runtimeCaching: ["en", "zh-cn"].map((lang) => ({
    urlPattern:
      lang === "en"
        ? ({ request, url }) => request.mode === "navigate" && url.pathname.startsWith("/en/")
        : ({ request }) => request.mode === "navigate",
    handler: "NetworkOnly",
    options: { precacheFallback: { fallbackURL: offlinePage(lang) } },
  })),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { count, size, warnings } = await generateSW(config);
  if (warnings.length) {
    console.error(`service worker: ${warnings.join("\n")}`);
    process.exit(1);
  }
  console.log(
    `service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MB, in ${outDir}/sw.js`,
  );
}
