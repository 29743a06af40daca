import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionary, format, type Lang } from "../../src/i18n";
import { openSite, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const t = (lang: Lang, key: string, values?: Record<string, string | number>) =>
  format(dictionary(lang)[key] ?? key, values);

describe.each(["zh-cn", "en"] as const)("practitioner material in %s", (lang) => {
  it("a module's template downloads as a file that Excel and WPS read as UTF-8", async () => {
    const { page, consoleErrors } = await site.page(`/${lang}/modules/data-analytics/`);
    const card = page.locator("#template-weekly-dashboard");
    await card.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("link", { name: t(lang, "templates.download", { ext: "CSV" }) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("weekly-dashboard.csv");
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.toString("utf8").slice(1).split("\r\n")[0] ?? "";
    expect(header.split(",")[0]).toBe(lang === "en" ? "Week (Monday's date)" : "周（周一日期）");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("a platform limit in a module links to its dated, sourced row in the reference", async () => {
    const { page } = await site.page(`/${lang}/modules/platform-rules/`);
    const table = page.getByRole("region", { name: t(lang, "rules.tableLabel"), exact: true });
    const row = table.locator("tbody tr").first();
    await row.scrollIntoViewIfNeeded();
    await row.getByRole("link").click();
    await page.waitForURL(/\/platform-rules\/#wechat-sanctions$/);
    const entry = page.locator("#wechat-sanctions");
    expect(await entry.isVisible()).toBe(true);
    const text = await entry.innerText();
    expect(text).toContain(t(lang, "rules.status.unconfirmed"));
    expect(text).toContain("2026-12-07");
    await page.close();
  });

  it("a case page shows its figures, with the row the sandbox starts from, and fits a phone", async () => {
    const { page, consoleErrors } = await site.page(`/${lang}/cases/wechat-parents/`, {
      width: 375,
      height: 812,
    });
    const facts = await page.locator(".facts").innerText();
    expect(facts).toContain(t(lang, "caseFigures.sizeInGroups", { members: "480", groups: 2 }));
    expect(facts).toContain(t(lang, "caseFigures.hoursFact", { hours: 15 }));
    const timeline = page.getByRole("region", { name: t(lang, "caseFigures.timeline") });
    const start = timeline
      .getByRole("row")
      .filter({ hasText: t(lang, "caseFigures.sandbox.start") });
    expect(await start.getByRole("cell").first().innerText()).toBe(
      t(lang, "caseFigures.cell.people", { n: "46" }),
    );
    const resources = page.getByRole("region", { name: t(lang, "caseFigures.resources") });
    expect(await resources.innerText()).toContain(t(lang, "caseFigures.free"));
    // The tables scroll inside their own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("the templates page lists every template with downloads in both languages", async () => {
    const { page } = await site.page(`/${lang}/templates/`);
    const cards = page.locator(".template-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(20);
    const other = lang === "en" ? "zh-cn" : "en";
    const hrefs = await cards
      .first()
      .locator("a[download]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual([
      `/${lang}/templates/community-checkup.txt`,
      `/${other}/templates/community-checkup.txt`,
    ]);
    await page.close();
  });
});
