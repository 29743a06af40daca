import type { ExpectStatic } from "vitest";
import { hydrateVisibleIslands, type Site } from "./harness";

export const MODULE_PAGE = /^\/(zh-cn|en)\/modules\/[^/]+\/$/;

/**
 * Everything checked on every built page, in one visit at a phone's width (375 px): no console
 * error, every island hydrated once in view, no request outside the site, no raw markdown, string
 * key, NaN or undefined on show, no id given twice once the islands are live, nothing wider than the screen, and on module
 * pages no serious or critical axe violation (English pages in the dark theme, Chinese in the light one). `expect` is the calling
 * test's own, as tests that run side by side need.
 */
export async function checkPage(site: Site, path: string, expect: ExpectStatic): Promise<void> {
  // English pages in the dark theme, Chinese in the light one: both themes pass axe on every module.
  const colorScheme = path.startsWith("/en/") ? "dark" : "light";
  const { page, context, consoleErrors, externalRequests } = await site.page(path, {
    width: 375,
    colorScheme,
  });
  // Islands that hydrate on visibility are brought into view one by one, and must hydrate.
  expect(await hydrateVisibleIslands(page)).toEqual([]);
  await page.waitForLoadState("networkidle");
  expect(consoleErrors).toEqual([]);
  expect(externalRequests).toEqual([]);
  // Markdown that failed to render shows its syntax to the reader; a missing string shows its key,
  // a broken figure NaN or undefined.
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\*\*|\]\(\/|<\/?[A-Z][a-zA-Z]+/);
  expect(text).not.toMatch(
    /\bNaN\b|\bundefined\b|\b(widget|sim|planner|rubric|written|assignment|quiz)\.[a-z]+\.[a-zA-Z]/,
  );
  // Islands render as separate roots: their ids must still be unique once they are live.
  const repeatedIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(repeatedIds).toEqual([]);
  // Everything fits a phone's width: the page never scrolls sideways.
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")].find(
      (el) => el.getBoundingClientRect().right > width + 1 && !el.closest("[hidden]"),
    );
    return document.documentElement.scrollWidth > width
      ? `${document.documentElement.scrollWidth}px > ${width}px, e.g. <${wide?.tagName.toLowerCase()} class="${wide?.className}">`
      : "";
  });
  expect(overflow).toBe("");
  if (MODULE_PAGE.test(path)) expect(await site.axe(page)).toEqual([]);
  await context.close();
}
