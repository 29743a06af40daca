import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstTabStopIn, openSite, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const PHONE = { width: 375, height: 812 };
const week = (page: Page) => page.locator(".sbx-week").textContent();
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active === document.body ? "<body>" : active?.id || active?.textContent?.trim();
  });

describe("the growth sandbox on a phone (375×812)", () => {
  it("puts the run controls first and the results a tap away, folds the levers, keeps a compact bar, and asks before a restart", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/sandbox/", PHONE);
    await page.locator(".sbx[data-ready]").waitFor();

    // Keyboard: the run controls are the sandbox's first stops.
    await expect(firstTabStopIn(page, ".sbx")).resolves.toBe("前进一周");

    // The bar is compact and stays at the bottom of the screen while the page scrolls.
    const bar = page.locator(".sbx-run");
    const box = async () => (await bar.boundingBox())!;
    expect((await box()).height).toBeLessThan(PHONE.height / 6);
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect
      .poll(async () => Math.round((await box()).y + (await box()).height))
      .toBe(PHONE.height);

    // The lever groups start closed, so the results are not thousands of pixels down.
    await expect(page.locator(".sbx-lever-group").count()).resolves.toBe(6);
    await expect(page.locator(".sbx-lever-group[open]").count()).resolves.toBe(0);
    const resultsTop = await page.evaluate(
      () => document.getElementById("sbx-results")!.getBoundingClientRect().top + window.scrollY,
    );
    expect(resultsTop).toBeLessThan(2500);

    // "Jump to the results" takes the focus there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole("link", { name: "跳到运行结果" }).click();
    await expect.poll(() => focused(page)).toBe("sbx-results");
    const top = await page.evaluate(
      () => document.getElementById("sbx-results")!.getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PHONE.height / 2);

    // A group opens from the keyboard and stays open while the run moves on.
    const content = page.locator(".sbx-lever-group[data-group=content]");
    await content.locator("summary").focus();
    await page.keyboard.press("Enter");
    await content.locator("[data-lever=postsPerDay] input").focus();
    await page.keyboard.press("ArrowRight");
    await button(page, "前进一周").click();
    await button(page, "前进一周").click();
    await expect(week(page)).resolves.toBe("第 2 / 52 周");
    await expect(content.getAttribute("open")).resolves.toBe("");
    await expect(page.locator(".sbx-decisions li").count()).resolves.toBe(1);

    // "More" opens speed, undo and restart; the page has no serious accessibility problems.
    const more = button(page, "更多");
    await more.click();
    await expect(more.getAttribute("aria-expanded")).resolves.toBe("true");
    expect(await site.axe(page)).toEqual([]);

    // Restart asks first; the keyboard can say no (Escape), and nothing is lost.
    await button(page, "重新开始").click();
    const dialog = page.getByRole("dialog", { name: "重新开始这次运行？" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("已经到第 2 周，有 1 项决策");
    await expect.poll(() => focused(page)).toBe("继续这次运行");
    expect(await site.axe(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(week(page)).resolves.toBe("第 2 / 52 周");
    await expect(page.locator(".sbx-decisions li").count()).resolves.toBe(1);
    // Saying yes starts again.
    await button(page, "重新开始").click();
    await dialog.getByRole("button", { name: "重新开始", exact: true }).click();
    await expect.poll(() => week(page)).toBe("第 0 / 52 周");
    await expect(page.locator(".sbx-decisions li").count()).resolves.toBe(0);

    // Undo back to week 0 from the keyboard: the focus goes to the control that remains.
    await button(page, "前进一周").click();
    await button(page, "撤销上一周").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => week(page)).toBe("第 0 / 52 周");
    await expect.poll(() => focused(page)).toBe("前进一周");

    // Run to the end from the keyboard: the focus moves to the results, in view.
    await button(page, "运行到结束").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("sbx-results");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
