import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { expect, inject } from "vitest";

const require = createRequire(import.meta.url);

/**
 * Debian's Chromium, offline: no background networking, every host but 127.0.0.1 unresolvable.
 * Playwright gives every launch a fresh, empty profile directory of its own (it refuses a
 * --user-data-dir argument), so no state leaks between runs.
 */
export async function launchChromium(): Promise<Browser> {
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

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, CSP violations included. */
  consoleErrors: string[];
  /** Every request to anything other than the local site. */
  externalRequests: string[];
}

export interface PageOptions {
  colorScheme?: "light" | "dark";
  width?: number;
  height?: number;
  locale?: string;
  /** Reuse a context (to keep localStorage between pages). */
  context?: BrowserContext;
  /**
   * Blocked unless a test is about them: a page that registers the service worker would have it
   * download the whole site for offline use in the background, in every fresh context.
   */
  serviceWorkers?: "allow" | "block";
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

export interface Site {
  baseUrl: string;
  browser: Browser;
  newContext(options?: PageOptions): Promise<BrowserContext>;
  page(path: string, options?: PageOptions): Promise<OpenedPage>;
  /** axe-core's serious and critical violations on the page as it is now. */
  axe(page: Page): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

/**
 * Scrolls the page to its end a screen at a time, letting two frames pass at each screen (one
 * for the scroll to be drawn, one for the browser to tell visibility observers), so islands that
 * hydrate when they come into view start to.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
      await frame();
    }
  });
}

/**
 * Brings each island that hydrates when it comes into view (client:visible) into view in turn and
 * waits until it has hydrated, as a reader scrolling down would make it. Returns the components of
 * the islands that were shown but did not hydrate within `timeout` ms (an island inside a closed
 * disclosure has no box, is never shown and is not waited for). Cheaper than scrolling through a
 * long page a screen at a time, which paints every screen.
 */
export async function hydrateVisibleIslands(page: Page, timeout = 20_000): Promise<string[]> {
  return page.evaluate(async (timeout) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const stuck: string[] = [];
    for (const island of document.querySelectorAll('astro-island[client="visible"]')) {
      if (!island.hasAttribute("ssr")) continue;
      const box = [...island.children].find((el) => el.getClientRects().length > 0);
      if (!box) continue;
      box.scrollIntoView({ block: "center" });
      await frame();
      await frame();
      const hydrated = await new Promise<boolean>((done) => {
        if (!island.hasAttribute("ssr")) return done(true);
        const timer = setTimeout(() => done(!island.hasAttribute("ssr")), timeout);
        new MutationObserver((_, observer) => {
          if (island.hasAttribute("ssr")) return;
          observer.disconnect();
          clearTimeout(timer);
          done(true);
        }).observe(island, { attributes: true });
      });
      if (!hydrated) stuck.push(island.getAttribute("component-url") ?? "an island");
    }
    window.scrollTo(0, 0);
    return stuck;
  }, timeout);
}

/**
 * Saves a picture of a page or an element as the learner sees it now, for a person to look at, in
 * `$COL_SHOTS/<test file>/<name>.png` when COL_SHOTS names a folder (`npm run shots`). Nothing
 * asserts on a picture, so an ordinary test run takes none: a full-page picture of a long page
 * costs seconds of a busy CI machine.
 */
export async function shot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const root = process.env.COL_SHOTS;
  if (!root) return;
  const folder = join(root, basename(expect.getState().testPath ?? "e2e", ".test.ts"));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.png`);
  await ("goto" in target
    ? target.screenshot({ path, fullPage: options.fullPage ?? false })
    : target.screenshot({ path }));
}

/**
 * The views a tool's own look-and-accessibility tests use: Chinese on a phone in the dark theme,
 * English on a laptop in the light one. The every-page pass (all-pages.test.ts) already opens each
 * page at 375 px with Chinese in the light theme and English in the dark one, so with these two
 * every language meets every theme and both widths are seen. The four-view pairwise set found
 * nothing these did not, at twice the time on a busy CI machine.
 */
export const VIEWS = [
  ["zh-cn", "dark", 375],
  ["en", "light", 1280],
] as const;

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Opens the built site (served by the global setup, or by the test at `baseUrl`) in a fresh
 * Chromium.
 */
export async function openSite(baseUrl = inject("baseUrl")): Promise<Site> {
  const browser = await launchChromium();
  const newContext = (options: PageOptions = {}) =>
    browser.newContext({
      colorScheme: options.colorScheme ?? "light",
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      locale: options.locale ?? "zh-CN",
      acceptDownloads: true,
      serviceWorkers: options.serviceWorkers ?? "block",
    });
  return {
    baseUrl,
    browser,
    newContext,
    async page(path, options = {}) {
      const context = options.context ?? (await newContext(options));
      const page = await context.newPage();
      if (options.context && (options.width || options.colorScheme)) {
        await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
        if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
      }
      const consoleErrors: string[] = [];
      const externalRequests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(String(error)));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          externalRequests.push(url);
        }
      });
      await page.goto(baseUrl + path, { waitUntil: "load" });
      return { page, context, consoleErrors, externalRequests };
    },
    async axe(page) {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (o: unknown) => Promise<{
                violations: Array<{
                  id: string;
                  impact: string;
                  help: string;
                  nodes: Array<{ target: string[] }>;
                }>;
              }>;
            };
          }
        ).axe;
        const result = await axe.run({ resultTypes: ["violations"] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")),
        }));
      });
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Presses Tab (from the top, on a page nothing has been focused on yet) until the focus is inside
 * `selector`, and returns the text of the control it lands on there.
 */
export async function firstTabStopIn(page: Page, selector: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate((inside) => {
      const active = document.activeElement;
      return active?.closest(inside) ? (active.textContent ?? "").trim() : null;
    }, selector);
    if (text !== null) return text;
  }
  throw new Error(`Tab never reached ${selector}`);
}
