import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackSchema } from "../../src/schemas/feedback";
import { AssignmentSchema } from "../../src/schemas/assignment";
import { openSite, type Site } from "./harness";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const SHOTS = process.env.COL_SHOTS ?? "/tmp/instructor-shots";
const OFFICIAL = join(FIXTURES, "assignments/coffee-retention-sprint.json");
const SUBMISSIONS = join(FIXTURES, "submissions");

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await site.close();
});

const file = (path: string) => ({
  name: path.split("/").pop()!,
  mimeType: "application/json",
  buffer: readFileSync(path),
});
const fixtureFiles = () =>
  readdirSync(SUBMISSIONS)
    .sort()
    .map((f) => file(join(SUBMISSIONS, f)));

async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path!) };
}

/** The gradebook tab, files loaded, every file checked. */
async function loadIntoGradebook(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
  rows: number,
) {
  await page.getByRole("tab", { name: /成绩册|Gradebook/ }).click();
  await page.setInputFiles("#in-files", files);
  await expect
    .poll(() => page.locator(".in-table .in-row").count(), { timeout: 60_000 })
    .toBe(rows);
  await page
    .locator(".in-progress [role=status]", { hasText: /验证完毕|checked/i })
    .waitFor({ timeout: 60_000 });
}

/** A table row by the file name it shows. */
const rowOf = (page: Page, name: string) =>
  page.locator(".in-row", {
    has: page.locator(".in-file", { hasText: new RegExp(`^${name.replace(/\./g, "\\.")}$`) }),
  });

describe("the assignment builder", () => {
  it("builds an assignment, hands out its link, and the sandbox submission verifies with the sandbox's score", async () => {
    const { page, context, consoleErrors, externalRequests } =
      await site.page("/zh-cn/instructor/");
    await page.locator(".in-builder").waitFor();

    // Saving an empty form lists what is missing, in Chinese, and takes the cursor there.
    await page.getByRole("button", { name: "保存作业" }).click();
    const problems = page.locator(".in-notice-bad li");
    await expect
      .poll(() => problems.allTextContents())
      .toEqual(
        expect.arrayContaining([
          "请填写中文标题。",
          "请填写英文标题。",
          "请填写中文说明。",
          "请填写英文说明。",
        ]),
      );
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("ab-title-zh-cn");

    // A short run with two goals and a locked ad budget.
    await page.getByLabel("周数（8–104）").fill("12");
    await page.getByLabel("锁定“每周广告预算”").check();
    await page.locator("#ab-locked-adBudget").fill("0");
    while ((await page.getByRole("button", { name: /^删除目标/ }).count()) > 0) {
      await page
        .getByRole("button", { name: /^删除目标/ })
        .first()
        .click();
    }
    await page.getByRole("button", { name: "添加目标" }).click();
    await page.locator("#ab-goals-0-metric").selectOption("members");
    await page.locator("#ab-goals-0-value").fill("50000");
    await page.getByRole("button", { name: "添加目标" }).click();
    await page.locator("#ab-goals-1-metric").selectOption("retentionW4");
    await page.locator("#ab-goals-1-value").fill("120");
    await page.getByLabel("标题（中文）").fill("咖啡会员：12 周冲刺");
    await page.getByLabel("标题（英文）").fill("Coffee club: 12-week sprint");
    await page.getByLabel("给学员的说明（中文）").fill("广告预算锁定为 0，只靠内容和活动增长。");
    await page
      .getByLabel("给学员的说明（英文）")
      .fill("Ads are locked at zero: grow with content and events.");
    await page.getByRole("button", { name: "保存作业" }).click();
    // A percent over 100 is refused with its own message; fix it and save.
    await expect
      .poll(() => problems.allTextContents())
      .toEqual(["目标 2：百分比须在 0 到 100 之间。"]);
    await page.locator("#ab-goals-1-value").fill("40");
    await page.getByRole("button", { name: "保存作业" }).click();
    await page.locator(".in-handout").waitFor();
    await expect(page.locator(".in-list-item h3").allTextContents()).resolves.toEqual([
      "咖啡会员：12 周冲刺",
    ]);

    // The assignment file is a valid assignment with what was entered.
    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "下载作业文件（JSON）" }).click(),
    );
    const assignment = AssignmentSchema.parse(JSON.parse(bytes.toString("utf8")));
    expect(assignment).toMatchObject({
      weeks: 12,
      locked: { adBudget: 0 },
      goals: [
        { metric: "members", op: ">=", value: 50000 },
        { metric: "retentionW4", op: ">=", value: 0.4 },
      ],
    });
    const link = await page.locator("#in-link-zh-cn").inputValue();
    expect(link).toMatch(/\/zh-cn\/sandbox\/#assignment=/);

    // The learner opens the link, runs the challenge to the end and submits.
    const learner = await context.newPage();
    await learner.goto(link);
    await learner.locator(".sbx-challenge").waitFor();
    await expect(learner.locator("#sbx-challenge-title").textContent()).resolves.toBe(
      "咖啡会员：12 周冲刺",
    );
    await learner.getByLabel("你的名字（写进提交文件）").fill("陈小雨");
    await learner.getByLabel("学号或邮箱（选填）").fill("S-017");
    await learner.getByRole("button", { name: "保存", exact: true }).click();
    await learner.getByRole("button", { name: "运行到结束" }).click();
    const submit = learner.getByRole("button", { name: "提交（下载提交文件）" });
    await expect.poll(() => submit.isEnabled(), { timeout: 30_000 }).toBe(true);
    const sandboxScore = Number(
      /得分 ([\d.]+)%/.exec((await learner.locator(".sbx-score").textContent()) ?? "")?.[1],
    );
    expect(Number.isFinite(sandboxScore)).toBe(true);
    const submission = await downloaded(learner, () => submit.click());
    await learner.close();

    // Back in the gradebook (via "Grade submissions"), the file verifies with the same score.
    await page.getByRole("button", { name: "批改提交" }).click();
    await expect(
      page.getByRole("tab", { name: "成绩册" }).getAttribute("aria-selected"),
    ).resolves.toBe("true");
    await page.setInputFiles("#in-files", {
      name: submission.download.suggestedFilename(),
      mimeType: "application/json",
      buffer: submission.bytes,
    });
    const row = page.locator(".in-row").first();
    await row.waitFor();
    await expect(row.locator(".in-badge").first().textContent()).resolves.toBe("通过验证");
    await expect(row.locator(".in-name").textContent()).resolves.toBe("陈小雨");
    await expect(row.locator(".in-score").textContent()).resolves.toBe(`${sandboxScore}%`);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it("keeps assignments across a reload, exports and imports them, and survives a damaged store", async () => {
    const context = await site.newContext({ colorScheme: "light" });
    const { page, consoleErrors } = await site.page("/en/instructor/", { context });
    await page.setInputFiles("#in-import", file(OFFICIAL));
    await page.locator(".in-live .notice", { hasText: "1 added" }).waitFor();
    await page.reload();
    await page.locator(".in-list-item h3").first().waitFor();
    await expect(page.locator(".in-list-item h3").allTextContents()).resolves.toEqual([
      "Valley Coffee: retention sprint",
    ]);
    // Opened for editing, it reads as saved: no unsaved-changes warning, its link ready to hand out.
    await page.getByRole("button", { name: "Edit “Valley Coffee: retention sprint”" }).click();
    await page.locator(".in-handout").waitFor();
    await expect(page.locator(".in-handout .in-field-warn").count()).resolves.toBe(0);
    await expect(page.locator("#in-link-en").inputValue()).resolves.toMatch(
      /\/en\/sandbox\/#assignment=/,
    );
    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "Export all (JSON)" }).click(),
    );
    expect(JSON.parse(bytes.toString("utf8"))).toMatchObject({
      format: "community-ops-lab/assignments",
      assignments: [{ id: "coffee-retention-sprint" }],
    });

    // Importing it again changes nothing; a file that is not an assignment is refused by name.
    await page.setInputFiles("#in-import", [
      { name: "list.json", mimeType: "application/json", buffer: bytes },
      { name: "junk.json", mimeType: "application/json", buffer: Buffer.from("{ nope") },
    ]);
    await page
      .locator(".in-live li", { hasText: "list.json: 0 added, 1 already saved." })
      .waitFor();
    await page.locator(".in-live li", { hasText: "junk.json: not a JSON file." }).waitFor();

    // Damaged storage: a notice, a backup to download, and a working page.
    await page.evaluate(() => localStorage.setItem("col:v1:assignments", "{ damaged"));
    await page.reload();
    await page.locator("[role=alert]", { hasText: "could not be read" }).waitFor();
    const backup = await downloaded(page, () =>
      page.getByRole("button", { name: "Download the backup" }).click(),
    );
    expect(backup.bytes.toString("utf8")).toBe("{ damaged");
    await expect(page.locator(".in-list").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await page.reload();
    await page.locator(".in-builder").waitFor();
    await page.locator("#in-list-title").waitFor();
    await expect(page.locator("[role=alert]").count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("the tabs work from the keyboard", async () => {
    const { page } = await site.page("/en/instructor/");
    const assignments = page.getByRole("tab", { name: "Assignments" });
    await assignments.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Gradebook",
    );
    await expect(page.locator("#in-panel-gradebook").isVisible()).resolves.toBe(true);
    await expect(page.locator("#in-panel-assignments").isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).hash).toBe("#gradebook");
    await page.keyboard.press("Home");
    await expect(page.locator("#in-panel-assignments").isVisible()).resolves.toBe(true);
    await page.close();
  });
});

/** Each fixture of tests/fixtures/submissions, by file name without extension: the status and what the reason must say. */
const EXPECTED: Record<string, [status: string, reason: RegExp | null]> = {
  valid: ["verified", null],
  // Scored under the old rule (a missed goal earned its full proportion): still honest.
  "version-1": ["verified", null],
  "old-rule-score": ["tampered", /claims a score of 89\.2%; the replay scores 44\.6%/],
  "changed-scenario": [
    "tampered",
    /scenario is xhs-beauty-creator, but the assignment sets coffee-members/,
  ],
  "changed-seed": ["tampered", /seed is 7, but the assignment sets 2025/],
  "changed-weeks": ["tampered", /weeks is 30, but the assignment sets 26/],
  "edited-assignment": ["tampered", /assignment has different goals/],
  "edited-hash": ["tampered", /fingerprint \(hash\) does not match/],
  "edited-metric": ["tampered", /claims Members = 4258; the replay gives 3758/],
  "edited-score": ["tampered", /claims a score of 100%; the replay scores 44\.6%/],
  "edited-stage": ["tampered", /lifecycle stages in the file differ/],
  "free-run": ["tampered", /free sandbox run/],
  "locked-lever-moved": [
    "constraint-violation",
    /“Ad budget a week” is locked at 2000 but is 6000 in week 8/,
  ],
  "not-json": ["invalid", /Not a JSON file/],
  "out-of-range": ["constraint-violation", /Week 5: “Posts a day” = 14 is outside 0–10/],
  "schema-broken": ["invalid", /damaged or incomplete \(at “claimed\.hash”\)/],
  "unknown-lever": ["constraint-violation", /lever that does not exist: “postPerDay”/],
  "unknown-model-version": ["invalid", /model col-sim-0\.9\.0/],
  "unknown-version": ["invalid", /version 99 is not supported; this site reads versions 1, 2/],
  "wrong-format": ["invalid", /“community-ops-lab\/plan” file/],
};

describe("the gradebook", () => {
  it("flags every kind of tampering with its reason, in the instructor's language", async () => {
    const { page, consoleErrors, externalRequests } = await site.page("/en/instructor/#gradebook");
    const files = fixtureFiles();
    const stem = (name: string) => name.replace(/\.[a-z]+$/, "");
    // A new kind of fixture needs its expectation here.
    expect(files.map((f) => stem(f.name)).sort()).toEqual(Object.keys(EXPECTED).sort());
    // The assignment file goes in with the submissions and becomes the official copy.
    await loadIntoGradebook(page, [file(OFFICIAL), ...files], files.length);
    await page.locator(".in-gb-card h3", { hasText: "Valley Coffee: retention sprint" }).waitFor();
    for (const { name } of files) {
      const [status, reason] = EXPECTED[stem(name)]!;
      const row = rowOf(page, name);
      await expect(row.getAttribute("data-status"), name).resolves.toBe(status);
      if (reason)
        await expect(row.locator(".in-reason").textContent(), name).resolves.toMatch(reason);
      else await expect(row.locator(".in-reason").count(), name).resolves.toBe(0);
    }
    await expect(rowOf(page, "valid.json").locator(".in-score").textContent()).resolves.toBe(
      "44.6%",
    );
    // Every fixture names the same learner, so only the last of them loaded counts; the rest are
    // superseded — all but the three that are not submissions for this assignment at all.
    await expect(page.locator(".in-row.is-superseded").count()).resolves.toBe(files.length - 4);
    await page.locator("[role=status]", { hasText: `${files.length - 4} superseded` }).waitFor();

    // Filter to the flagged ones, then to one kind.
    await page.getByLabel("Status").selectOption("flagged");
    await expect.poll(() => page.locator(".in-row").count()).toBe(files.length - 2);
    await page.getByLabel("Status").selectOption("constraint-violation");
    await expect.poll(() => page.locator(".in-row").count()).toBe(3);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.close();
  });

  it("gives junk files their own rows and still grades the rest; the CSV reads back with its Chinese", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/instructor/#gradebook");
    const other = JSON.parse(readFileSync(join(SUBMISSIONS, "valid.json"), "utf8"));
    other.assignment.id = "another-course-task";
    other.assignment.title = { "zh-cn": "别的作业", en: "Another task" };
    const alice = JSON.parse(readFileSync(join(SUBMISSIONS, "valid.json"), "utf8"));
    alice.learner = { name: '=HYPERLINK("x")', id: "s-evil" };
    const files = [
      file(OFFICIAL),
      { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("这不是提交文件") },
      {
        name: "huge.json",
        mimeType: "application/json",
        buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 32),
      },
      {
        name: "other.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(other)),
      },
      {
        name: "formula.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(alice)),
      },
      file(join(SUBMISSIONS, "valid.json")),
    ];
    await loadIntoGradebook(page, files, 5);
    await expect(rowOf(page, "notes.txt").locator(".in-reason").textContent()).resolves.toContain(
      "不是 JSON 文件",
    );
    await expect(rowOf(page, "huge.json").locator(".in-reason").textContent()).resolves.toContain(
      "超过 5 MB",
    );
    await expect(rowOf(page, "other.json").locator(".in-reason").textContent()).resolves.toContain(
      "另一份作业的提交：别的作业（another-course-task）",
    );
    await expect(rowOf(page, "valid.json").getAttribute("data-status")).resolves.toBe("verified");
    await expect(rowOf(page, "formula.json").getAttribute("data-status")).resolves.toBe("verified");

    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "导出 CSV" }).click(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]?.startsWith("学号,姓名,得分,状态,及格,迟交,提交时间")).toBe(true);
    expect(lines.find((l) => l.startsWith("s2025-017,"))).toMatch(
      /^s2025-017,王小明 Wang Xiaoming,44\.6,通过验证,否,否,/,
    );
    // A name that looks like a formula is written as text.
    expect(lines.find((l) => l.startsWith("s-evil,"))).toMatch(
      /^s-evil,"'=HYPERLINK\(""x""\)",44\.6,/,
    );
    // One row per learner: junk files and other assignments are left out of the LMS file.
    expect(lines.filter(Boolean)).toHaveLength(3);

    const json = await downloaded(page, () =>
      page.getByRole("button", { name: "导出 JSON" }).click(),
    );
    const exported = JSON.parse(json.bytes.toString("utf8"));
    expect(exported.rows).toHaveLength(5);
    expect(exported.rows.find((r: { file: string }) => r.file === "huge.json").reason.code).toBe(
      "too-large",
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("shows the class, opens a learner's run read-only, and writes feedback the progress page loads", async () => {
    const context = await site.newContext();
    const { page, consoleErrors } = await site.page("/zh-cn/instructor/#gradebook", { context });
    const valid = JSON.parse(readFileSync(join(SUBMISSIONS, "valid.json"), "utf8"));
    const second = { ...valid, learner: { name: "李雷", id: "s2025-018" } };
    await loadIntoGradebook(
      page,
      [
        file(OFFICIAL),
        file(join(SUBMISSIONS, "valid.json")),
        {
          name: "li.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(second)),
        },
      ],
      2,
    );

    // The class view: three charts, each with its data as a table.
    await page.locator(".in-class").waitFor();
    await expect.poll(() => page.locator(".in-class canvas").count()).toBe(3);
    await expect(
      page.locator(".in-class figure").first().locator("table tbody tr").count(),
    ).resolves.toBe(10);
    await expect(page.locator(".in-class").textContent()).resolves.toContain(
      "学员 2 位：2 份通过验证",
    );

    // Review: the sandbox opens the learner's run read-only.
    const [review] = await Promise.all([
      context.waitForEvent("page"),
      rowOf(page, "li.json")
        .getByRole("link", { name: /查看运行/ })
        .click(),
    ]);
    await review.locator(".sbx-challenge").waitFor();
    await expect(review.locator(".sbx-kicker").first().textContent()).resolves.toContain(
      "学员提交的挑战",
    );
    await expect(
      review.getByRole("button", { name: "提交（下载提交文件）" }).count(),
    ).resolves.toBe(0);
    await review.close();

    // A comment, kept across a reload, downloaded as a feedback file.
    await rowOf(page, "li.json")
      .getByRole("button", { name: /写评语/ })
      .click();
    await page.getByLabel("给 李雷 的评语").fill("留存做得好；下一步把活动和内容节奏对齐。");
    await page.getByRole("button", { name: "下载评语文件" }).click();
    await page.locator(".in-comment .in-bad", { hasText: "请先在上方填写导师姓名。" }).waitFor();
    await page.getByLabel("导师姓名（写入评语文件）").fill("周老师");
    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "下载评语文件" }).click(),
    );
    const feedback = FeedbackSchema.parse(JSON.parse(bytes.toString("utf8")));
    expect(feedback).toMatchObject({
      learner: { name: "李雷", id: "s2025-018" },
      mentor: { name: "周老师" },
      assignment: { id: "coffee-retention-sprint" },
      comments: [{ text: "留存做得好；下一步把活动和内容节奏对齐。" }],
    });

    // The learner loads it on their progress page.
    const progress = await context.newPage();
    await progress.goto(`${site.baseUrl}/zh-cn/progress/`);
    await progress.setInputFiles("#feedback-file", {
      name: "feedback.json",
      mimeType: "application/json",
      buffer: bytes,
    });
    await progress.locator(".dash-feedback", { hasText: "留存做得好" }).waitFor();
    await progress.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the instructor page", () => {
  it.each(["zh-cn", "en"] as const)(
    "in %s has no serious accessibility problems on either tab",
    async (lang) => {
      const { page } = await site.page(`/${lang}/instructor/`);
      await page.locator(".in-builder").waitFor();
      expect(await site.axe(page)).toEqual([]);
      await loadIntoGradebook(page, [file(OFFICIAL), ...fixtureFiles()], fixtureFiles().length);
      await page.locator(".in-class").waitFor();
      expect(await site.axe(page)).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ["zh-cn", "light", 1280],
    ["zh-cn", "dark", 375],
    ["en", "dark", 1280],
    ["en", "light", 375],
  ] as const)("screenshots and accessibility: %s, %s, %spx", async (lang, colorScheme, width) => {
    const { page, consoleErrors } = await site.page(`/${lang}/instructor/`, { colorScheme, width });
    await page.locator(".in-builder").waitFor();
    await page.screenshot({
      path: `${SHOTS}/builder-${lang}-${colorScheme}-${width}.png`,
      fullPage: true,
    });
    // A saved assignment open for editing: the hand-out panel and the list.
    await page.setInputFiles("#in-import", file(OFFICIAL));
    await page.locator(".in-list-item button").first().click();
    await page.locator(".in-handout").waitFor();
    await page.screenshot({
      path: `${SHOTS}/saved-${lang}-${colorScheme}-${width}.png`,
      fullPage: true,
    });
    expect(await site.axe(page)).toEqual([]);
    await loadIntoGradebook(page, [file(OFFICIAL), ...fixtureFiles()], fixtureFiles().length);
    await page.locator(".in-class canvas").first().waitFor();
    // Rows off screen are skipped until scrolled to (content-visibility); a full-page picture needs them all drawn.
    await page.evaluate(() =>
      document
        .querySelectorAll<HTMLElement>(".in-row")
        .forEach((r) => (r.style.contentVisibility = "visible")),
    );
    await page.screenshot({
      path: `${SHOTS}/gradebook-${lang}-${colorScheme}-${width}.png`,
      fullPage: true,
    });
    // Contrast in this theme, the stacked rows at 375px.
    expect(await site.axe(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
