import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

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
 * Four views that between them show every page in each language, theme and width, and every pair
 * of the three (a pairwise covering set): the eight-view cross product found nothing more and
 * took twice as long.
 */
export const VIEWS = [
  ["zh-cn", "light", 1280],
  ["zh-cn", "dark", 375],
  ["en", "light", 375],
  ["en", "dark", 1280],
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
