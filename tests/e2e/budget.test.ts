import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hydrateVisibleIslands, openSite, type Site } from "./harness";
import { DIST } from "./pages";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const KB = 1024;

interface Weight {
  js: number;
  css: number;
}

/** Gzipped bytes of the site's own JS and CSS among the URLs a page has loaded, as the built files are. */
function weighUrls(urls: Set<string>): Weight {
  let js = 0;
  let css = 0;
  for (const url of urls) {
    const pathname = new URL(url).pathname;
    if (!pathname.endsWith(".js") && !pathname.endsWith(".css")) continue;
    const size = gzipSync(readFileSync(join(DIST, pathname))).length;
    if (pathname.endsWith(".js")) js += size;
    else css += size;
  }
  return { js, css };
}

/**
 * What a page loads by itself, and then once every island that waits to be seen has been brought
 * into view and has hydrated (as a reader scrolling to the end would make them), in one visit.
 */
async function weigh(path: string): Promise<{ initial: Weight; scrolled: Weight }> {
  const { page } = await site.page(path);
  const loaded = new Set<string>();
  page.on("requestfinished", (r) => loaded.add(r.url()));
  const timeline = async () => {
    await page.waitForLoadState("networkidle");
    // Requests before the listener: take them from the performance timeline too.
    for (const url of await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name),
    ))
      loaded.add(url);
    return weighUrls(loaded);
  };
  const initial = await timeline();
  expect(await hydrateVisibleIslands(page)).toEqual([]);
  const scrolled = await timeline();
  await page.close();
  return { initial, scrolled };
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
    const { initial, scrolled } = await weigh(path);
    console.log(
      `${path}: JS ${(initial.js / KB).toFixed(1)} kB on load, ${(scrolled.js / KB).toFixed(1)} kB after scrolling to the end; CSS ${(scrolled.css / KB).toFixed(1)} kB`,
    );
    expect(initial.js).toBeLessThanOrEqual(10 * KB);
    expect(scrolled.css).toBeLessThanOrEqual(10 * KB);
  });

  it.each(["/zh-cn/sandbox/", "/en/sandbox/"])(
    "the sandbox page %s loads at most 110 kB of JavaScript",
    async (path) => {
      const { scrolled: weight } = await weigh(path);
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
