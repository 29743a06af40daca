import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPage, MODULE_PAGE } from "./every-page";
import { openSite, type Site } from "./harness";
import { builtPages } from "./pages";

/**
 * One pass over every built page of both languages (and the pages outside them, such as the root
 * redirect), in one browser: each page is visited once and gets every check (every-page.ts).
 * Pages are visited side by side, as many at a time as the e2e project's maxConcurrency.
 */
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const pages = builtPages();
const cores = availableParallelism();

describe("every page", () => {
  it.each(["zh-cn", "en"])("%s includes all fifteen modules", (lang) => {
    expect(pages.filter((p) => MODULE_PAGE.test(p) && p.startsWith(`/${lang}/`)).length).toBe(15);
  });

  it.concurrent.for(pages)(
    "%s loads with no console error and no request outside the site",
    // Pages side by side share the cores: each may take as long as that many pages one by one.
    { timeout: 60_000 * cores },
    async (path, { expect }) => {
      await checkPage(site, path, expect);
    },
  );
});
