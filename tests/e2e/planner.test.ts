import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openSite, shot, VIEWS, type Site } from "./harness";

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

/*
 * The planner re-renders after each input, so a read straight after an action can still see the
 * page before it. Every check of what changed waits for it (waitFor / waitForFunction) first.
 */

/** Starts a plan from the example at `index` of the "Start from" choices (0 = blank). */
async function startPlan(page: Page, index: number, name?: string) {
  await page.locator('input[name="pl-start"]').nth(index).check();
  if (name) await page.fill("#pl-new-name", name);
  await page.locator("form.pl-new button[type=submit]").click();
  await page.waitForSelector(".pl-form");
}

/** Waits until the score shown passes `test`, then returns it. */
async function scoreWhen(page: Page, test: "<" | "=" | ">", than: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([op, n]) => {
      const shown = parseInt(document.querySelector(".pl-score-pct")?.textContent ?? "", 10);
      const ok = op === "<" ? shown < n : op === ">" ? shown > n : shown === n;
      // A string, so that a score of 0 still ends the wait.
      return ok ? String(shown) : false;
    },
    [test, than] as const,
  );
  return Number(await handle.jsonValue());
}

async function score(page: Page): Promise<number> {
  return scoreWhen(page, ">", -1);
}

/** Waits for an element (with the given text) to be on the page. */
function shows(page: Page, selector: string, hasText?: string) {
  return page
    .locator(selector, hasText === undefined ? {} : { hasText })
    .first()
    .waitFor();
}

/** Waits until the plan picker lists exactly these names. */
async function planNames(page: Page, names: string[]) {
  await page.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll("#pl-plan option")].map((o) => o.textContent),
      ) === JSON.stringify(want),
    names,
  );
}

async function storedPlans(
  page: Page,
): Promise<{ plans: Array<Record<string, unknown>>; activeId: string }> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("col:v1:plans") ?? "null"));
}

function importFile(page: Page, name: string, text: string) {
  return page.setInputFiles('input[type="file"]', {
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

describe("the strategy planner", () => {
  it("starts from an example; the score follows every edit and each unmet standard jumps to its field", async () => {
    const { page, consoleErrors, externalRequests } = await site.page("/zh-cn/planner/");
    await expect(page.locator("h1").textContent()).resolves.toBe("策略规划器");
    await startPlan(page, 1);
    const start = await score(page);
    expect(start).toBeGreaterThan(70);
    await shows(page, ".pl-score-total", "已通过");

    // A crisis response slower than 30 minutes loses the criterion and says what to fix.
    await page.fill("#pf-risk-responseMinutes", "45");
    await scoreWhen(page, "<", start);
    await shows(page, ".pl-fix", "45 分钟太慢");
    await page.locator(".pl-fix", { hasText: "45 分钟太慢" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "pf-risk-responseMinutes");

    // Not a number: the message says so, and the plan keeps its last valid value.
    await page.fill("#pf-risk-responseMinutes", "三十");
    await shows(page, "#pf-risk-responseMinutes-err");
    expect(await score(page)).toBeLessThan(start);
    await page.fill("#pf-risk-responseMinutes", "30");
    await scoreWhen(page, "=", start);

    // Self-assessment counts once the learner picks a level.
    await page.locator('input[name="self-coherence"][value="excellent"]').check();
    const assessed = await scoreWhen(page, ">", start);

    // Everything is in storage: a reload shows the same plan and score (once the plan's hours and
    // money, which load the engine, are back: until then the workload criterion waits).
    await page.reload();
    await page.waitForSelector(".pl-form");
    await scoreWhen(page, "=", assessed);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it("shows the hours and money the plan's run needs, and a plan its team cannot pay for cannot pass", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 2);
    await shows(page, ".pl-cost-ok", "within the team's 15");
    await shows(page, ".pl-cost-table th", "Posts a day");
    const before = await scoreWhen(page, ">", 79);
    // Paid ads in a volunteer group with no money: the run wants money it does not have.
    await page.fill("#pf-referral-adBudgetPerWeek", "2000");
    await shows(page, ".pl-cost-over", "more than the ¥0 weekly budget");
    await scoreWhen(page, "=", 60);
    await shows(page, ".pl-capped", "Score held at 60%");
    await shows(page, ".pl-score-total", "Not passed yet");
    await page.locator(".pl-fix", { hasText: "weekly budget" }).first().click();
    await page.waitForFunction(() => document.activeElement?.id === "pf-referral-adBudgetPerWeek");
    await page.fill("#pf-referral-adBudgetPerWeek", "0");
    await scoreWhen(page, "=", before);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("fills a blank plan: positioning, a weekday's calendar, a crisis time — and the score rises", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 0, "Night-shift nurses' circle");
    await planNames(page, ["Night-shift nurses' circle"]);
    const empty = await score(page);
    await shows(page, ".pl-score-total", "Not passed yet");

    await page.selectOption("#pf-positioning-goal", "industry-exchange");
    await page.fill(
      "#pf-positioning-line",
      "For night-shift nurses who want to swap tips and shifts",
    );
    await page.fill("#pf-positioning-slogan", "Awake together");
    await page
      .locator(".pl-crit", {
        has: page.locator(".pl-crit-head strong", { hasText: "Goal, positioning line and slogan" }),
      })
      .locator(".pl-level", { hasText: "Excellent" })
      .waitFor();
    const positioned = await scoreWhen(page, ">", empty);

    // Three items on Monday: the day's counter reaches 3, the weekday standard's low end.
    const monday = page.locator(".pl-day").first();
    for (let n = 1; n <= 3; n++) {
      await page.click("#pf-calendar-day-0");
      await monday.locator(".pl-count", { hasText: `${n} item` }).waitFor();
    }
    await monday.locator(".pl-count.is-ok", { hasText: "3 items" }).waitFor();
    await expect(monday.locator(".pl-slot:not(.pl-slot-head)").count()).resolves.toBe(3);

    await page.fill("#pf-risk-responseMinutes", "20");
    await scoreWhen(page, ">", positioned);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("copies a calendar slot to every weekday and clears a day, with undo", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 0, "Bulk calendar");
    type Slot = { id: string; day: number; time: string };
    const slots = async () =>
      ((await storedPlans(page)).plans[0]!.calendar as { slots: Slot[] }).slots;
    /** Adds an item on a day and sets its time, as a learner would. */
    const add = async (day: string, time: string) => {
      const before = (await slots()).length;
      await page.getByRole("button", { name: `Add an item on ${day}` }).click();
      await page.waitForFunction(
        (n) => JSON.parse(localStorage.getItem("col:v1:plans")!).plans[0].calendar.slots.length > n,
        before,
      );
      const added = (await slots()).at(-1)!;
      await page.fill(`#pf-calendar-slots-${added.id}-time`, time);
      await page.waitForFunction(
        ([id, t]) =>
          JSON.parse(localStorage.getItem("col:v1:plans")!).plans[0].calendar.slots.some(
            (s: Slot) => s.id === id && s.time === t,
          ),
        [added.id, time] as const,
      );
    };
    await add("Monday", "08:30");
    // Thursday already has an 08:30 item: it keeps it.
    await add("Thursday", "08:30");
    await page
      .getByRole("button", { name: "Copy to weekdays: Monday 08:30 to every other weekday" })
      .click();
    await shows(page, ".pl-cal-done", "08:30 copied to Tuesday, Wednesday, Friday.");
    await shows(page, ".pl-cal-done", "Thursday already had an item at 08:30 and kept it.");
    const copied = await slots();
    expect(copied.map((s) => `${s.day} ${s.time}`).sort()).toEqual([
      "0 08:30",
      "1 08:30",
      "2 08:30",
      "3 08:30",
      "4 08:30",
    ]);
    await page.getByRole("button", { name: "Clear Wednesday" }).click();
    await shows(page, ".pl-cal-done", "Cleared 1 item from Wednesday.");
    expect((await slots()).some((s) => s.day === 2)).toBe(false);
    await page.locator(".pl-cal-done").getByRole("button", { name: "Undo" }).click();
    await shows(page, ".pl-cal-done", "Wednesday is back as it was.");
    expect((await slots()).filter((s) => s.day === 2)).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("placeholder text earns nothing and says why; company-only standards do not apply to the parents' circle; exemplars sit beside self-assessed criteria", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 2);
    // The capstone on a volunteer mutual-help group: three company standards do not apply.
    const posts = page.locator(".pl-crit.level-na", { hasText: "3–5 posts every weekday" });
    await posts.locator(".pl-level", { hasText: "Not applicable" }).waitFor();
    await posts.locator(".pl-na", { hasText: "mutual-help group" }).waitFor();
    await shows(page, ".pl-score-parts", "7 criteria do not apply");

    await page.selectOption("#pl-rubric", "platform-rules");
    const before = await scoreWhen(page, ">", 50);
    const placeholders: [string, string][] = [
      ["threshold", "TBD"],
      ["speaking", "Speaking norms"],
      ["banned", "xxx"],
      ["rewardsPenalties", "同上"],
    ];
    for (const [field, text] of placeholders) await page.fill(`#pf-rules-${field}`, text);
    const rules = page.locator(".pl-crit:not(:has(.pl-self))", {
      has: page.locator(".pl-crit-head strong", { hasText: "Rules cover all four parts" }),
    });
    await rules.locator(".pl-level", { hasText: "Needs work · 0/3 points" }).waitFor();
    await rules
      .locator(".pl-fix", {
        hasText: "“Speaking norms” holds placeholder text, which earns nothing",
      })
      .waitFor();
    expect(await scoreWhen(page, "<", before)).toBeLessThan(before);

    // Rating placeholder rules "excellent" earns nothing either, and says why.
    const enforceable = page.locator('.pl-crit:has(input[name="self-rules-enforceable"])');
    await enforceable.locator('input[value="excellent"]').check();
    await enforceable.locator(".pl-fix", { hasText: "still blank or placeholder text" }).waitFor();
    await enforceable.locator(".pl-level", { hasText: "0/2 points" }).waitFor();

    await enforceable.locator(".pl-exemplars summary").click();
    await enforceable.locator(".pl-exemplar.is-strong", { hasText: "Strong answer:" }).waitFor();
    await enforceable
      .locator(".pl-exemplar.is-weak .pl-exemplar-mark", {
        hasText: "On this criterion: Needs work.",
      })
      .waitFor();
    await shot(page.locator(".pl-score"), `placeholder-rules-en`);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("every 'what to fix' and every self-assessment link lands on a field of the form", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 0);
    const rubrics = await page
      .locator("#pl-rubric option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(rubrics).toHaveLength(13);
    const landed: string[] = [];
    for (const rubric of rubrics) {
      await page.selectOption("#pl-rubric", rubric);
      await page.waitForFunction(
        (id) => (document.querySelector("#pl-rubric") as HTMLSelectElement).value === id,
        rubric,
      );
      const fixes = page.locator(".pl-fix");
      const count = await fixes.count();
      for (let i = 0; i < count; i++) {
        await fixes.nth(i).click();
        await page.waitForFunction(() => !document.activeElement?.classList.contains("pl-fix"));
        const id = await page.evaluate(() => document.activeElement?.id ?? "");
        expect(id, `${rubric}: ${await fixes.nth(i).textContent()}`).toMatch(/^pf-/);
        landed.push(id);
      }
    }
    expect(new Set(landed).size).toBeGreaterThan(40);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000); // It follows every link of a plan: dozens of actions, slow on a busy machine.

  it("exports JSON and re-imports the same plan; a bad file changes nothing and says why", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 2);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*\.json$/u);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(exported.format).toBe("community-ops-lab/plan");

    // Delete it (with an undo offered), then import the file: the same plan comes back.
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Undo delete" }).waitFor();
    expect((await storedPlans(page)).plans).toHaveLength(0);
    await importFile(page, "plan.json", JSON.stringify(exported));
    await shows(page, ".pl-notice-ok", "Imported");
    const after = await storedPlans(page);
    expect(after.plans).toHaveLength(1);
    expect(after.plans[0]).toEqual(exported);

    // A broken file, then an invalid one: a clear message each, and the plans stay as they were.
    await importFile(page, "broken.json", "{ not json");
    await shows(page, "[role=alert]", "not valid JSON");
    const invalid = { ...exported, risk: { ...exported.risk, monitoringHours: 30 } };
    await importFile(page, "invalid.json", JSON.stringify(invalid));
    await shows(page, "[role=alert]", "risk.monitoringHours: too large");
    expect(await storedPlans(page)).toEqual(after);

    // An older version of the format is brought forward.
    const v0 = readFileSync(new URL("../fixtures/plans/v0-coffee.json", import.meta.url), "utf8");
    await importFile(page, "old.json", v0);
    await shows(page, ".pl-notice-ok", "older version 0 format");
    expect((await storedPlans(page)).plans).toHaveLength(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("duplicates, renames, deletes and undoes", async () => {
    const { page } = await site.page("/en/planner/");
    const original = "Valley Coffee Members' Club — one-year plan";
    await startPlan(page, 1);
    await page.getByRole("button", { name: "Duplicate" }).click();
    await planNames(page, [original, `${original} (copy)`]);
    await page.getByRole("button", { name: "Rename" }).click();
    await page.fill("#pl-rename-input", "Plan B");
    await page.getByRole("button", { name: "Save name" }).click();
    await planNames(page, [original, "Plan B"]);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await planNames(page, [original]);
    await page.getByRole("button", { name: "Undo delete" }).click();
    await planNames(page, [original, "Plan B"]);
    await expect(page.locator("#pl-plan").inputValue()).resolves.toBe(
      (await storedPlans(page)).activeId,
    );
    await page.close();
  });

  it("exports Markdown with every section", async () => {
    const { page } = await site.page("/zh-cn/planner/");
    await startPlan(page, 3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Markdown" }).click(),
    ]);
    // A clean slug of the plan's name: no "-·-".
    expect(download.suggestedFilename()).toBe("ux-设计进阶星球-付费社群方案.md");
    const md = readFileSync((await download.path())!, "utf8");
    expect(md.startsWith("# UX 设计进阶星球 · 付费社群方案")).toBe(true);
    // Every section, then the feedback on each criterion.
    expect(md.match(/^## /gm)).toHaveLength(19);
    expect(md).toContain("| 日期 | 时间 | 形式 | 主题 | 篇幅/时长 |");
    expect(md).toMatch(/## 逐项评分与反馈\n\n- \*\*[^*]+\*\* — (自动检查|自评) · /);
    expect(md).toContain("| 发言成员占比 | 不低于 | 6% | 12% |");
    await page.close();
  });

  it("prints a clean document", async () => {
    const { page, consoleErrors } = await site.page("/en/planner/");
    await startPlan(page, 1);
    await page.getByRole("button", { name: "Print view" }).click();
    await shows(page, ".pl-doc h1", "Valley Coffee Members' Club — one-year plan");
    // 18 sections and the feedback by criterion.
    await expect(page.locator(".pl-doc h2").count()).resolves.toBe(19);
    await expect(page.locator(".pl-doc h2").last().textContent()).resolves.toBe(
      "Feedback by criterion",
    );
    // One entry per criterion of the rubric, each with its verdict; what needs work says why.
    const criteria = await page.locator(".pl-doc-feedback > ol > li").allTextContents();
    expect(criteria.length).toBeGreaterThanOrEqual(10);
    expect(criteria.every((c) => /— (Auto-checked|Self-assessed) · /.test(c))).toBe(true);
    // KPIs that are percentages print with their unit.
    const kpis = page.locator(".pl-doc-section", { hasText: "KPIs" }).locator("tbody tr");
    await expect(kpis.filter({ hasText: "Stickiness" }).textContent()).resolves.toContain("12%20%");
    await expect(kpis.filter({ hasText: "Members" }).first().textContent()).resolves.toContain(
      "77210%",
    );
    await expect(page.locator(".pl-form").count()).resolves.toBe(0);
    await expect(page.locator(".pl-doc table").first().locator("tbody tr").count()).resolves.toBe(
      2,
    );
    await shot(page, `print-view-en`, { fullPage: true });
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      [
        ".header-actions",
        ".sidebar",
        ".site-footer",
        ".planner-intro",
        ".is-print > .pl-actions",
      ].map((sel) => getComputedStyle(document.querySelector(sel)!).display),
    );
    expect(hidden).toEqual(["none", "none", "none", "none", "none"]);
    await shot(page, `print-media-en`, { fullPage: true });
    expect((await page.pdf({ format: "A4" })).length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "Back to editing" }).click();
    await page.waitForSelector(".pl-form");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("keeps unreadable storage as a backup, says so, and starts clean", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/planner/");
    const raw = '{"format":"community-ops-lab/plans","plans":[{';
    await page.evaluate((text) => localStorage.setItem("col:v1:plans", text), raw);
    await page.reload();
    await shows(page, "[role=alert]", "有些已保存的方案读不出来");
    await page.getByRole("link", { name: "下载原始数据" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("col:v1:plans:backup-1"))).toBe(raw);
    await shows(page, "h2", "开始你的第一份方案");
    await page.getByRole("button", { name: "知道了" }).click();
    await page.locator("[role=alert]").waitFor({ state: "detached" });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("records a module's plan assignment in the learner's progress", async () => {
    const { page, consoleErrors } = await site.page(
      "/en/planner/?assignment=05-content&rubric=content",
    );
    await startPlan(page, 1);
    await shows(page, ".pl-assignment", "Assignment:");
    await expect(page.locator("#pl-rubric").inputValue()).resolves.toBe("content");
    const shown = await score(page);
    await page.getByRole("button", { name: "Record this score" }).click();
    await shows(page, ".pl-recorded", `Recorded ${shown}%`);
    const results = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem("col:v1:progress") ?? "{}").modules?.["05-content"]
          ?.assignmentResults,
    );
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: "plan", passed: true });
    expect(Math.round(results[0].score * 100)).toBe(shown);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("says so when an assignment link names no plan assignment, and records nothing", async () => {
    const { page } = await site.page("/en/planner/?assignment=99-nothing&rubric=content");
    await shows(page, ".pl-notice-warn", "“99-nothing”");
    await startPlan(page, 1);
    await expect(page.locator(".pl-assignment").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Record this score" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("runs the plan in the sandbox with its KPIs as goals", async () => {
    const { page, consoleErrors, externalRequests } = await site.page("/en/planner/");
    await startPlan(page, 1);
    await page.locator(".pl-run-details summary").click();
    const goals = await page.locator(".pl-run-details ul:not(.pl-run-notes) li").allTextContents();
    // Members: +10% a month from the scenario's starting members, compounded to week 26.
    expect(goals[0]).toMatch(/^Members ≥ [\d,]+ by week 26$/);
    expect(goals.slice(1)).toEqual([
      "Stickiness (DAU/MAU) ≥ 20% by week 26",
      "Week-4 retention ≥ 40% by week 26",
      "NPS ≥ 10 by week 52",
    ]);
    await page.click("#pl-run-link");
    await page.waitForURL(/\/en\/sandbox\/#run=/);
    await shows(page, ".sbx-label", "Valley Coffee Members' Club — one-year plan");
    // The banner says the run came from this plan, not that someone shared it.
    await shows(
      page,
      "[data-notice=opened]",
      "This run comes from your plan “Valley Coffee Members' Club — one-year plan” in the planner.",
    );
    await page.waitForFunction(() => document.querySelectorAll(".sbx-goal").length === 4);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });
});

describe("the planner for everyone", () => {
  it.each(VIEWS)(
    "%s, %s, %ipx: no serious accessibility problems, no sideways scrolling",
    async (lang, colorScheme, width) => {
      const { page, consoleErrors, externalRequests } = await site.page(`/${lang}/planner/`, {
        colorScheme,
        width,
      });
      await page.waitForSelector(".pl-new");
      expect(await site.axe(page)).toEqual([]);
      await shot(page, `${lang}-${colorScheme}-${width}-empty`, { fullPage: true });
      await startPlan(page, 1);
      if (width < 600) {
        await page.locator(".pl-score > details:first-child > summary").click();
        await page.waitForSelector(".pl-score details[open] .pl-criteria");
      }
      expect(await site.axe(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await shot(page, `${lang}-${colorScheme}-${width}-top`);
      await shot(page, `${lang}-${colorScheme}-${width}-full`, { fullPage: true });
      await expect(page.locator("body").textContent()).resolves.not.toMatch(
        /\b(planner|rubric)\.[a-z]+\.[a-zA-Z]/,
      );
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
      await page.close();
    },
  );
});
