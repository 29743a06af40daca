/**
 * What the browser benchmarks share: Debian's Chromium launched as the end-to-end harness launches
 * it (tests/e2e/harness.ts: headless, offline, every host but 127.0.0.1 unresolvable), and the
 * built site they run against.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** The built site to measure: COL_OUT or dist/, if it holds `page` (a path under it). */
export function builtSite(page: string): string | null {
  const dist = resolve(process.env.COL_OUT ?? "dist");
  return existsSync(join(dist, page)) ? dist : null;
}

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
}

/** Waits until `check` (evaluated in the page) is true; polled, since the pages' CSP forbids string evaluation inside them. */
export async function pollPage(
  evaluate: (expression: string) => Promise<unknown>,
  check: string,
  what: string,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
