import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";
import { builtPages } from "./pages";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const pages = builtPages();
const modulePages = pages.filter((p) => /^\/(zh-cn|en)\/modules\/[^/]+\/$/.test(p));

describe("every page of the built site", () => {
  it("has all fifteen modules in both languages", () => {
    expect(modulePages.filter((p) => p.startsWith("/zh-cn/")).length).toBe(15);
    expect(modulePages.filter((p) => p.startsWith("/en/")).length).toBe(15);
  });

  it.each(pages)("%s loads with no console error and no request outside the site", async (path) => {
    const { page, consoleErrors, externalRequests } = await site.page(path);
    // Scroll to the end so islands hydrated on visibility load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
    });
    await page.waitForLoadState("networkidle");
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    // Markdown that failed to render shows its syntax to the reader.
    expect(await page.locator("main").innerText()).not.toMatch(/\*\*|\]\(\/|<\/?[A-Z][a-zA-Z]+/);
    if (modulePages.includes(path)) expect(await site.axe(page)).toEqual([]);
    await page.close();
  });
});
