import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

describe("the course site", () => {
  it.each([
    ["zh-cn", "社群运营实训营", "zh-CN"],
    ["en", "Community Ops Lab", "en"],
  ])("home loads in %s with its own language", async (lang, heading, htmlLang) => {
    const { page, consoleErrors, externalRequests } = await site.page(`/${lang}/`);
    await expect(page.locator("h1").textContent()).resolves.toContain(heading);
    expect(await page.getAttribute("html", "lang")).toBe(htmlLang);
    // Every module is listed, and the four audience tracks each have a path.
    expect(await page.locator("ol.modules > li").count()).toBe(15);
    expect(await page.locator(".tracks > li").count()).toBe(4);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it.each([
    ["en-US", "/en/"],
    ["zh-CN", "/zh-cn/"],
    ["fr-FR", "/zh-cn/"],
  ])("the root sends a browser preferring %s to %s", async (locale, target) => {
    const { page } = await site.page("/", { locale });
    await page.waitForURL(`**${target}`);
    expect(new URL(page.url()).pathname).toBe(target);
    await page.close();
  });

  it("the root reaches content without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}/`);
    await page.waitForURL("**/zh-cn/");
    await expect(page.locator("h1").textContent()).resolves.toContain("社群运营实训营");
    await context.close();
  });

  it.each([
    [
      "zh-cn",
      "适合：社群矩阵管理者、新入行的社群运营、无团队的创业者与自由职业者、线下业务转线上",
      "建议先学：02 定位与策划、03 载体与群规",
      "学习目标",
    ],
    [
      "en",
      "For: Managers running many communities, Newcomers to community work, Founders and freelancers without a team, Offline businesses moving online",
      "Best taken after: 02 Positioning and planning, 03 Platform and rules",
      "Learning objectives",
    ],
  ])(
    "%s: a module's header reads as a sentence in its language",
    async (lang, tracks, prereqs, heading) => {
      const { page } = await site.page(`/${lang}/modules/cold-start/`);
      const items = await page.locator(".module-header .meta li").allTextContents();
      expect(items.map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
        expect.any(String),
        tracks,
        prereqs,
      ]);
      await expect(page.locator("#objectives-title").textContent()).resolves.toBe(heading);
      await page.close();
    },
  );

  it("navigates to a module from the sidebar and back", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/");
    await page.locator("#sidebar a", { hasText: "社群基础" }).click();
    await page.waitForURL("**/zh-cn/modules/fundamentals/");
    await expect(page.locator("h1").textContent()).resolves.toBe("社群基础");
    // Objectives, time, table of contents and next/previous are all on the page.
    expect(await page.locator(".objectives li").count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator(".module-header .meta").textContent()).resolves.toMatch(
      /约 \d+ 分钟/,
    );
    expect(await page.locator("nav.toc.aside a").count()).toBeGreaterThanOrEqual(4);
    await page.locator("a[rel=prev]").click();
    await page.waitForURL("**/zh-cn/modules/orientation/");
    await page.goBack();
    await page.waitForURL("**/zh-cn/modules/fundamentals/");
    await page.goBack();
    await page.waitForURL("**/zh-cn/");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("the language switch keeps the same page, both ways", async () => {
    const { page } = await site.page("/zh-cn/modules/fundamentals/");
    await page.locator("[data-lang-switch]").click();
    await page.waitForURL("**/en/modules/fundamentals/");
    await expect(page.locator("h1").textContent()).resolves.toBe("Community fundamentals");
    await page.locator("[data-lang-switch]").click();
    await page.waitForURL("**/zh-cn/modules/fundamentals/");
    await page.close();
  });

  it("the language switch keeps the query and the section you were at", async () => {
    const { page } = await site.page("/zh-cn/modules/fundamentals/?from=test#quiz");
    await page.locator("[data-lang-switch]").click();
    await page.waitForURL("**/en/modules/fundamentals/?from=test#quiz");
    await page.locator("[data-lang-switch]").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL("**/zh-cn/modules/fundamentals/?from=test#quiz");
    await page.close();
  });

  it.each([
    ["zh-cn", "知识星球", "/zh-cn/modules/"],
    ["zh-cn", "社群", "/zh-cn/modules/"],
    ["zh-cn", "冷启动", "/zh-cn/modules/cold-start/"],
    ["en", "cold start", "/en/modules/cold-start/"],
    ["en", "referral", "/en/modules/"],
  ])("search in %s for %s finds a module", async (lang, query, expected) => {
    const { page, consoleErrors } = await site.page(`/${lang}/`);
    await page.keyboard.press("/");
    // The search code loads on demand, so the dialog opens a moment after the key press.
    const input = page.locator("#search-input");
    await input.waitFor({ state: "visible" });
    await input.fill(query);
    const first = page.locator("#search-results a").first();
    await first.waitFor();
    const hrefs = await page
      .locator("#search-results a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.some((href) => href.startsWith(expected))).toBe(true);
    // Results stay in the page's language, and the excerpt marks the match.
    expect(hrefs.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
    expect(await page.locator("#search-results mark").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === hrefs[0]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ["zh-cn", "k因子", "显示 1 条", "没有与“zzzz”匹配的术语"],
    ["en", "K factor", "Showing 1 term", "No term matches “zzzz”"],
  ])(
    "%s glossary filter finds %s whatever its spacing, and says when nothing matches",
    async (lang, query, one, none) => {
      const { page } = await site.page(`/${lang}/glossary/`);
      const filter = page.getByLabel(lang === "en" ? "Filter terms" : "筛选术语");
      await filter.fill(query);
      await expect(page.locator(".entry:not([hidden])").count()).resolves.toBe(1);
      await expect(page.locator("#k-factor").isVisible()).resolves.toBe(true);
      await expect(page.locator("[data-glossary-status]").textContent()).resolves.toBe(one);
      await filter.fill("zzzz");
      await expect(page.locator(".entry:not([hidden])").count()).resolves.toBe(0);
      await expect(page.locator("[data-glossary-status]").textContent()).resolves.toContain(none);
      await page.close();
    },
  );

  it("the search code loads only when search is opened", async () => {
    const { page } = await site.page("/en/modules/fundamentals/");
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script" || r.url().includes("pagefind")) scripts.push(r.url());
    });
    // Once the page has loaded all it loads by itself, none of it was Pagefind (the timeline
    // also holds what was requested before the listener above).
    await page.waitForLoadState("networkidle");
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name),
    );
    expect([...loaded, ...scripts].filter((u) => u.includes("pagefind"))).toEqual([]);
    await page.locator("[data-search-open]").click();
    await page.locator("#search-input").fill("community");
    await page.locator("#search-results a").first().waitFor();
    expect(scripts.some((u) => u.includes("/pagefind/pagefind.js"))).toBe(true);
    await page.close();
  });

  it("the theme choice survives a reload and a new page", async () => {
    const context = await site.newContext({ colorScheme: "light" });
    const { page } = await site.page("/en/", { context });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      "rgb(251, 250, 247)",
    );
    await page.locator("[data-theme-toggle]").click();
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).toBe("rgb(21, 23, 26)");
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await page.goto(`${site.baseUrl}/zh-cn/modules/fundamentals/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await context.close();
  });

  it("follows the system's dark preference when nothing was chosen", async () => {
    const { page } = await site.page("/zh-cn/", { colorScheme: "dark" });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      "rgb(21, 23, 26)",
    );
    await page.close();
  });

  it.each(["/zh-cn/", "/en/", "/zh-cn/modules/fundamentals/", "/en/modules/orientation/"])(
    "axe finds no serious or critical violations on %s, light and dark",
    async (path) => {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page } = await site.page(path, { colorScheme });
        expect(await site.axe(page)).toEqual([]);
        await page.close();
      }
    },
  );

  it("on a phone-sized screen the contents open from the menu button and nothing overflows", async () => {
    const { page } = await site.page("/en/modules/fundamentals/", { width: 375, height: 740 });
    expect(await page.locator("#sidebar").isVisible()).toBe(false);
    await page.locator("[data-menu-toggle]").click();
    expect(await page.locator("#sidebar").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await page.locator("#sidebar").isVisible()).toBe(false);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("every page carries a Content-Security-Policy that allows only its own origin", async () => {
    for (const path of ["/", "/zh-cn/", "/en/modules/fundamentals/"]) {
      const { page } = await site.page(path);
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute("content");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/);
      await page.close();
    }
  });
});
