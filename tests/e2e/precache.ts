import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "./pages";

/** The built service worker's text. */
export const serviceWorker = (dist = DIST) => readFileSync(join(dist, "sw.js"), "utf8");

/**
 * The precache list Workbox wrote into sw.js: file paths relative to the site's root
 * ("en/modules/fundamentals/index.html", "_astro/Quiz.….js").
 */
export function precacheList(sw = serviceWorker()): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]!);
}
