import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openSite, shot, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

/** Scrolls to the written assignment and waits until its island has hydrated. */
async function openWritten(page: Page) {
  await page.locator("#written").scrollIntoViewIfNeeded();
  await page.waitForSelector("astro-island:not([ssr]) .written");
}

/** Waits until the live score (a percent) passes `op than`, then returns it. */
async function scoreWhen(page: Page, op: "<" | ">=", than: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([o, n]) => {
      const shown = parseInt(document.querySelector(".written-pct")?.textContent ?? "", 10);
      // A string, so that a score of 0 still ends the wait.
      return (o === "<" ? shown < n : shown >= n) ? String(shown) : false;
    },
    [op, than] as const,
  );
  return Number(await handle.jsonValue());
}

const progressOf = (page: Page, id: string) =>
  page.evaluate(
    (moduleId) => JSON.parse(localStorage.getItem("col:v1:progress") ?? "{}").modules?.[moduleId],
    id,
  );

const RULES = {
  placeholder: ["待定", "同上", "xxx", "入群门槛：待定"],
  real: [
    "住在城西、每周至少跑两次的跑友，由老成员介绍入群；进群后把昵称改成“片区-名字-配速”。",
    "只聊跑步、路线和装备；约跑请写清时间、地点和配速；晚上 11 点后不发语音。",
    "卖课、卖装备、拉人进别的群、发外部链接：发一次由群主直接移出。晒别人的定位和住址：第一次私聊提醒，再犯禁言三天。",
    "每月点名感谢带新人跑步最多的三位跑友，并请他们做领跑员；群主和两位管理员轮流值班执行群规。",
  ],
};
const RULE_FIELDS = ["threshold", "speaking", "banned", "rewardsPenalties"];

describe("a module's written assignment", () => {
  it("module 03 (zh-cn): placeholders earn nothing and say so; a real rule set passes, is kept and recorded, and the module waits for its quiz", async () => {
    const { page, consoleErrors, externalRequests } = await site.page(
      "/zh-cn/modules/platform-rules/",
    );
    await openWritten(page);
    await expect(page.locator("#written-title").textContent()).resolves.toBe("书面作业");

    for (const [i, field] of RULE_FIELDS.entries())
      await page.fill(`#pf-rules-${field}`, RULES.placeholder[i]!);
    await page.locator(".written .pl-fix", { hasText: "填的是占位文字，不得分" }).first().waitFor();
    expect(await scoreWhen(page, "<", 1)).toBe(0);
    await page.locator(".written .pl-fix", { hasText: "“入群门槛”填的是占位文字" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "pf-rules-threshold");

    // The marked exemplars are on the page, in a disclosure; copying the strong one earns nothing.
    await page.locator(".module-written .pl-exemplars summary").click();
    await page.locator(".module-written .pl-exemplar.is-weak", { hasText: "视情况处理" }).waitFor();
    const model = await page
      .locator(".module-written .pl-exemplar.is-strong dd")
      .filter({ hasText: "二维码" })
      .textContent();
    await page.fill("#pf-rules-banned", model!);
    await page.locator(".written .pl-fix", { hasText: "“禁止行为”基本照抄了示范答案" }).waitFor();

    for (const [i, field] of RULE_FIELDS.entries())
      await page.fill(`#pf-rules-${field}`, RULES.real[i]!);
    const passed = await scoreWhen(page, ">=", 70);
    await shot(page, `module03-zh-1280`, { fullPage: true });

    // What was written survives a reload.
    await page.reload();
    await openWritten(page);
    await expect(page.locator("#pf-rules-banned").inputValue()).resolves.toBe(RULES.real[2]);
    expect(await scoreWhen(page, ">=", 70)).toBe(passed);

    await page.getByRole("button", { name: "提交评分" }).click();
    await page.locator(".written-recorded", { hasText: `已记录：${passed}%，已通过` }).waitFor();
    await page.locator(".written-status[data-status=passed]").waitFor();
    const record = await progressOf(page, "03-platform-rules");
    expect(record.assignmentResults).toMatchObject([{ kind: "written", passed: true }]);
    // The quiz is the module's other assignment: not complete yet.
    expect(record.completedAt).toBeUndefined();

    await page.goto(`${site.baseUrl}/zh-cn/progress/`);
    const row = page.locator('tr[data-module="03-platform-rules"]');
    await row.locator(".dash-written", { hasText: "书面作业：已通过" }).waitFor();
    await expect(row.getAttribute("data-state")).resolves.not.toBe("completed");
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it("module 10 (en): the plan assignment and the written one together complete the module", async () => {
    const context = await site.newContext();
    const { page, consoleErrors } = await site.page(
      "/en/planner/?assignment=10-risk-crisis&rubric=risk-crisis",
      { context },
    );
    await page.locator('input[name="pl-start"]').nth(1).check();
    await page.locator("form.pl-new button[type=submit]").click();
    await page.getByRole("button", { name: "Record this score" }).click();
    await page.locator(".pl-recorded", { hasText: "passed" }).waitFor();
    expect((await progressOf(page, "10-risk-crisis")).completedAt).toBeUndefined();

    await page.goto(`${site.baseUrl}/en/modules/risk-crisis/`);
    await openWritten(page);
    await page.fill(
      "#pf-risk-holdingStatement",
      "Everyone — we've seen the posts about the cold brew. It is off sale while we check the batch with the factory; if you bought one, message Fang Min. We'll post what we find here by 6 pm today.",
    );
    const steps = [
      [5, "The colleague on duty keeps screenshots and phones Fang Min"],
      [15, "Fang Min grades it and the stores take the batch off sale"],
      [25, "Fang Min posts the holding statement in every group"],
    ] as const;
    for (const [minute, action] of steps) {
      await page.getByRole("button", { name: "Add a step" }).click();
      const row = page.locator(".pl-row").last();
      await row.locator("input").first().fill(String(minute));
      await row.locator('input[type="text"]').last().fill(action);
    }
    await scoreWhen(page, ">=", 70);
    await page.getByRole("button", { name: "Submit for marking" }).click();
    await page.locator(".written-recorded", { hasText: "passed" }).waitFor();
    expect((await progressOf(page, "10-risk-crisis")).completedAt).toEqual(expect.any(String));
    await page
      .locator('li[data-module="10-risk-crisis"][data-status="completed"]')
      .first()
      .waitFor({
        state: "attached",
      });
    expect(consoleErrors).toEqual([]);
    await page.close();
    await context.close();
  });

  it.each([
    ["zh-cn", "dark", 375, "/zh-cn/modules/growth-referral/"],
    ["en", "light", 375, "/en/modules/cold-start/"],
    ["en", "dark", 1280, "/en/modules/growth-referral/"],
  ] as const)(
    "%s, %s, %ipx (%s): no serious accessibility problems, no sideways scrolling",
    async (lang, colorScheme, width, path) => {
      const { page, consoleErrors } = await site.page(path, { colorScheme, width });
      await openWritten(page);
      await page.locator(".module-written .pl-exemplars summary").click();
      expect(await site.axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await shot(
        page.locator(".module-written"),
        `${lang}-${colorScheme}-${width}-${path.split("/")[3]}`,
      );
      await expect(page.locator(".module-written").textContent()).resolves.not.toMatch(
        /\b(planner|rubric|written)\.[a-z]+/,
      );
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );
});
