import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, scrollThrough, type Site } from "./harness";
import { DIST } from "./pages";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const KB = 1024;

/** Gzipped bytes of the site's own JS and CSS a page loads, as the built files are. */
async function weigh(path: string, scrollToEnd: boolean) {
  const { page } = await site.page(path);
  const loaded = new Set<string>();
  page.on("requestfinished", (r) => loaded.add(r.url()));
  // Requests before the listener: take them from the performance timeline too.
  await page.waitForLoadState("networkidle");
  if (scrollToEnd) {
    await scrollThrough(page);
    await page.waitForLoadState("networkidle");
  }
  const timeline = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name),
  );
  for (const url of timeline) loaded.add(url);
  await page.close();
  let js = 0;
  let css = 0;
  for (const url of loaded) {
    const pathname = new URL(url).pathname;
    if (!pathname.endsWith(".js") && !pathname.endsWith(".css")) continue;
    const size = gzipSync(readFileSync(join(DIST, pathname))).length;
    if (pathname.endsWith(".js")) js += size;
    else css += size;
  }
  return { js, css };
}

describe("page weight budgets (gzipped)", () => {
  it.each([
    "/zh-cn/modules/fundamentals/",
    "/en/modules/fundamentals/",
    "/zh-cn/modules/lifecycle/",
    "/zh-cn/modules/events/",
    "/en/modules/growth-referral/",
    "/zh-cn/modules/platform-rules/",
  ])("a text module page %s loads at most 10 kB of JavaScript and 10 kB of CSS", async (path) => {
    const initial = await weigh(path, false);
    const scrolled = await weigh(path, true);
    console.log(
      `${path}: JS ${(initial.js / KB).toFixed(1)} kB on load, ${(scrolled.js / KB).toFixed(1)} kB after scrolling to the end; CSS ${(scrolled.css / KB).toFixed(1)} kB`,
    );
    expect(initial.js).toBeLessThanOrEqual(10 * KB);
    expect(scrolled.css).toBeLessThanOrEqual(10 * KB);
  });

  it.each(["/zh-cn/sandbox/", "/en/sandbox/"])(
    "the sandbox page %s loads at most 110 kB of JavaScript",
    async (path) => {
      const weight = await weigh(path, true);
      console.log(
        `${path}: JS ${(weight.js / KB).toFixed(1)} kB; CSS ${(weight.css / KB).toFixed(1)} kB`,
      );
      expect(weight.js).toBeLessThanOrEqual(110 * KB);
    },
  );

  it("the instructor page loads none of the sandbox's styles", async () => {
    const { page } = await site.page("/en/instructor/");
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].map((l) => l.href),
    );
    await page.close();
    expect(sheets.length).toBeGreaterThan(0);
    for (const href of sheets) {
      const css = readFileSync(join(DIST, new URL(href).pathname), "utf8");
      expect(css, href).not.toMatch(/\.sbx-/);
    }
  });
});
