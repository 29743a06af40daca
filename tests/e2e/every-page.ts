import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";
import { builtPages } from "./pages";

const MODULE_PAGE = /^\/(zh-cn|en)\/modules\/[^/]+\/$/;

/**
 * Opens every built page of one language (the Chinese half also takes the pages outside both
 * languages, such as the root redirect), so the two halves can run side by side: no console error,
 * no request outside the site, no raw markdown on show, no id given twice once the islands are live,
 * nothing wider than a phone's screen (pages open 375 px wide), and on module pages no serious or
 * critical axe violation.
 */
export function describeEveryPage(lang: "zh-cn" | "en"): void {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site.close();
  });

  const pages = builtPages().filter((p) =>
    lang === "en" ? p.startsWith("/en/") : !p.startsWith("/en/"),
  );

  describe(`every ${lang} page`, () => {
    it("includes all fifteen modules", () => {
      expect(pages.filter((p) => MODULE_PAGE.test(p) && p.startsWith(`/${lang}/`)).length).toBe(15);
    });

    it.each(pages)(
      "%s loads with no console error and no request outside the site",
      async (path) => {
        const { page, consoleErrors, externalRequests } = await site.page(path, { width: 375 });
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
        expect(await page.locator("main").innerText()).not.toMatch(
          /\*\*|\]\(\/|<\/?[A-Z][a-zA-Z]+/,
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
        await page.close();
      },
    );
  });
}
