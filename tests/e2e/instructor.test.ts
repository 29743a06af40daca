import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClassFeedbackSchema } from "../../src/schemas/feedback";
import { AssignmentSchema } from "../../src/schemas/assignment";
import { openSite, shot, VIEWS, type Site } from "./harness";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const OFFICIAL = join(FIXTURES, "assignments/coffee-retention-sprint.json");
const SUBMISSIONS = join(FIXTURES, "submissions");

let site: Site;
beforeAll(async () => {
  site = await openSite();
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
  openTab = true,
) {
  if (openTab) await page.getByRole("tab", { name: /成绩册|Gradebook/ }).click();
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
          "请填写标题（中文或英文都可以）。",
          "请填写说明（中文或英文都可以）。",
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
    // Written in Chinese only: English learners see the same text with a note.
    await page.getByLabel("标题（中文）").fill("咖啡会员：12 周冲刺");
    await page.getByLabel("给学员的说明（中文）").fill("广告预算锁定为 0，只靠内容和活动增长。");
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
      title: { "zh-cn": "咖啡会员：12 周冲刺", en: "咖啡会员：12 周冲刺" },
      languages: ["zh-cn"],
      rule: 3,
      modelVersion: expect.stringMatching(/^col-sim-/),
      weeks: 12,
      locked: { adBudget: 0 },
      goals: [
        { metric: "members", op: ">=", value: 50000 },
        { metric: "retentionW4", op: ">=", value: 0.4 },
      ],
    });
    const link = await page.locator("#in-link-zh-cn").inputValue();
    expect(link).toMatch(/\/zh-cn\/sandbox\/#assignment=/);
    const english = await context.newPage();
    await english.goto(await page.locator("#in-link-en").inputValue());
    await english
      .locator(".sbx-challenge", { hasText: "(This assignment is written in Chinese only.)" })
      .waitFor();
    await english.close();

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
  // Claims 89.2 % by the retired rule 1: graded by the assignment's rule 2, and says so.
  "version-1": [
    "verified",
    /reports 91\.2% \(by scoring rule 1\); graded here by the assignment's rule 2/,
  ],
  "old-rule-score": ["tampered", /claims a score of 91\.2%; the replay scores 62\.3%/],
  "changed-scenario": [
    "constraint-violation",
    /scenario is xhs-beauty-creator, but the assignment sets coffee-members/,
  ],
  "changed-seed": ["constraint-violation", /seed is 7, but the assignment sets 2025/],
  "changed-weeks": ["constraint-violation", /weeks is 30, but the assignment sets 26/],
  "edited-assignment": ["constraint-violation", /assignment has different goals/],
  "edited-hash": ["tampered", /fingerprint \(hash\) does not match/],
  "edited-metric": ["tampered", /claims Members = 3923; the replay gives 3423/],
  "edited-score": ["tampered", /claims a score of 100%; the replay scores 62\.3%/],
  "edited-stage": ["tampered", /lifecycle stages in the file differ/],
  "free-run": ["other-assignment", /free sandbox run/],
  "other-assignment": ["other-assignment", /another assignment: Valley Coffee: referral sprint/],
  "older-model": ["older-model", /Made with simulation model col-sim-0\.9\.0; this site runs/],
  "locked-lever-moved": [
    "constraint-violation",
    /“Ad budget a week” is locked at 2000 but is 6000 in week 8/,
  ],
  "not-json": ["invalid", /Not a JSON file/],
  "out-of-range": ["constraint-violation", /Week 5: “Posts a day” = 14 is outside 0–10/],
  "schema-broken": ["invalid", /damaged or incomplete \(at “claimed\.hash”\)/],
  "unknown-lever": ["constraint-violation", /lever that does not exist: “postPerDay”/],
  "unknown-model-version": [
    "constraint-violation",
    /made with simulation model col-sim-0\.9\.0, but its assignment names col-sim-2\.0\.0/,
  ],
  "unknown-version": ["invalid", /version 99 is not supported; this site reads versions 1, 2, 3/],
  "wrong-format": ["invalid", /“community-ops-lab\/plan” file/],
};

const CLASS = join(FIXTURES, "class");

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
        await expect(row.locator(".in-status").textContent(), name).resolves.toMatch(reason);
      else await expect(row.locator(".in-reason").count(), name).resolves.toBe(0);
    }
    // The same run and hash is graded the same, whatever version the file names.
    for (const name of ["valid.json", "version-1.json"])
      await expect(rowOf(page, name).locator(".in-score").textContent()).resolves.toBe("62.3%");
    // Every fixture names the same learner: one verified file counts, the other is outranked,
    // and no edited or broken file takes its place.
    await expect(page.locator(".in-row[data-counted]").count()).resolves.toBe(1);
    await expect(page.locator(".in-row.is-outranked").count()).resolves.toBe(1);

    // Filter to the flagged ones (neither the neutral statuses nor the verified), then to one kind.
    await page.getByLabel("Status").selectOption("flagged");
    await expect.poll(() => page.locator(".in-row").count()).toBe(files.length - 5);
    await page.getByLabel("Status").selectOption("constraint-violation");
    await expect.poll(() => page.locator(".in-row").count()).toBe(8);
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
    await expect(rowOf(page, "other.json").getAttribute("data-status")).resolves.toBe(
      "other-assignment",
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
    expect(
      lines[0]?.startsWith(
        "学号,姓名,得分（%）,状态,及格,提交文件数,被标记文件数,运行与谁相同,迟交,迟交依据,接收时间（你的记录）,提交时间（学员设备自报）",
      ),
    ).toBe(true);
    // Retention as the page shows it (44 %), in a column named as percent.
    expect(lines[0]).toContain("新人第 4 周留存（%）");
    // The other assignment's file is one of this learner's files, but not flagged; the run under
    // the formula-like name is the same run, and says so.
    expect(lines.find((l) => l.startsWith("s2025-017,"))).toMatch(
      /^s2025-017,王小明 Wang Xiaoming,62\.3,通过验证,否,2,0,"'=HYPERLINK\(""x""\)",否,学员设备自报的时间,,/,
    );
    expect(lines.find((l) => l.startsWith("s2025-017,"))).toContain("未达成（44%）");
    // A name that looks like a formula is written as text.
    expect(lines.find((l) => l.startsWith("s-evil,"))).toMatch(
      /^s-evil,"'=HYPERLINK\(""x""\)",62\.3,/,
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
      "学员 2 位：2 位有通过验证的成绩",
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

    // Comments for both learners, then the whole class's feedback as one file.
    await rowOf(page, "li.json")
      .getByRole("button", { name: /写评语/ })
      .click();
    await page.getByLabel("给 李雷 的评语").fill("留存做得好；下一步把活动和内容节奏对齐。");
    await rowOf(page, "valid.json")
      .getByRole("button", { name: /写评语/ })
      .click();
    await page.getByLabel("给 王小明 Wang Xiaoming 的评语").fill("第 10 周之后的调整很到位。");
    await page.getByRole("button", { name: "下载全班评语（一个文件）" }).click();
    await page.locator(".in-bad", { hasText: "请先在上方填写导师姓名。" }).waitFor();
    await page.getByLabel("导师姓名（写入评语文件）").fill("周老师");
    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "下载全班评语（一个文件）" }).click(),
    );
    const feedback = ClassFeedbackSchema.parse(JSON.parse(bytes.toString("utf8")));
    expect(feedback).toMatchObject({
      mentor: { name: "周老师" },
      assignment: { id: "coffee-retention-sprint" },
    });
    expect(feedback.learners.map((l) => l.learner.name).sort()).toEqual([
      "李雷",
      "王小明 Wang Xiaoming",
    ]);

    // 李雷 loads the class file on his progress page and takes out only his own comment.
    const progress = await context.newPage();
    await progress.goto(`${site.baseUrl}/zh-cn/progress/`);
    await progress.setInputFiles("#feedback-file", {
      name: "feedback.json",
      mimeType: "application/json",
      buffer: bytes,
    });
    await progress.getByLabel("你的姓名或学员编号（按导师名单上的写法）").fill("张伟");
    await progress.getByRole("button", { name: "取出我的评语" }).click();
    await progress.locator(".dash-bad", { hasText: "没有写给“张伟”的评语" }).waitFor();
    await progress.getByLabel("你的姓名或学员编号（按导师名单上的写法）").fill("s2025-018");
    await progress.getByRole("button", { name: "取出我的评语" }).click();
    await progress.locator(".dash-feedback", { hasText: "留存做得好" }).waitFor();
    await expect(progress.locator(".dash-feedback").count()).resolves.toBe(1);
    await expect(progress.locator("body").textContent()).resolves.not.toContain(
      "第 10 周之后的调整很到位",
    );
    // Kept across a reload, like any feedback.
    await progress.reload();
    await progress.locator(".dash-feedback", { hasText: "留存做得好" }).waitFor();
    await progress.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("李华: her edited copy never hides her genuine score, in the table, the class view and the CSV", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/instructor/#gradebook");
    const li = [
      "li-hua.json",
      "li-hua-edited.json",
      "li-hua-other-assignment.json",
      "li-hua-older-model.json",
    ];
    // The edited copy is loaded last and says it was made last: it still does not count.
    await loadIntoGradebook(
      page,
      [file(OFFICIAL), ...[...li].reverse().map((f) => file(join(CLASS, f)))],
      li.length,
    );
    const genuine = rowOf(page, "li-hua.json");
    await expect(genuine.getAttribute("data-counted")).resolves.toBe("true");
    const score = (await genuine.locator(".in-score").textContent())!;
    expect(score).toMatch(/^\d+(\.\d)?%$/);
    await expect(rowOf(page, "li-hua-edited.json").getAttribute("data-status")).resolves.toBe(
      "tampered",
    );
    await expect(
      rowOf(page, "li-hua-other-assignment.json").locator(".in-badge").first().textContent(),
    ).resolves.toBe("其他作业");
    await expect(
      rowOf(page, "li-hua-older-model.json").locator(".in-badge").first().textContent(),
    ).resolves.toBe("旧版模型");
    await expect(page.locator(".in-class").textContent()).resolves.toContain(
      "学员 1 位：1 位有通过验证的成绩",
    );
    const { bytes } = await downloaded(page, () =>
      page.getByRole("button", { name: "导出 CSV" }).click(),
    );
    const [header, line, extra] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(extra).toBe("");
    const cells = line!.split(",");
    expect(cells.slice(0, 4)).toEqual(["s2025-031", "李华", score.replace("%", ""), "通过验证"]);
    expect(cells[header!.split(",").indexOf("提交文件数")]).toBe("4");
    expect(cells[header!.split(",").indexOf("被标记文件数")]).toBe("1");
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("flags 张伟's copy of 王小明's run, also a week apart, in the instructor's language", async () => {
    const { page } = await site.page("/zh-cn/instructor/#gradebook");
    const files = ["wang-xiaoming.json", "zhang-wei-copy.json", "zhang-wei-shifted.json"];
    await loadIntoGradebook(page, [file(OFFICIAL), ...files.map((f) => file(join(CLASS, f)))], 3);
    await expect(
      rowOf(page, "zhang-wei-copy.json").locator(".in-copy").textContent(),
    ).resolves.toBe("与王小明的操作完全相同");
    await expect(
      rowOf(page, "zhang-wei-shifted.json").locator(".in-copy").textContent(),
    ).resolves.toBe("与王小明的操作相同，只是整体错开了一周");
    await page.getByLabel("状态").selectOption("copies");
    await expect.poll(() => page.locator(".in-row").count()).toBe(3);
    await page.close();
  });

  it("keeps the class across a reload, with the instructor's record of arrival, and clears it only when confirmed", async () => {
    const context = await site.newContext({ locale: "en-GB" });
    const { page, consoleErrors } = await site.page("/en/instructor/#gradebook", { context });
    await page.getByRole("tab", { name: "Gradebook" }).click();
    // These files reached the instructor after the due date (1 April 2025), whatever they say.
    await page.getByLabel("I have a record: this batch had arrived by the time below").check();
    await page.locator("#in-arrival-at").fill("2025-04-05T09:00");
    await loadIntoGradebook(
      page,
      [file(OFFICIAL), file(join(CLASS, "li-hua.json")), file(join(CLASS, "wang-xiaoming.json"))],
      2,
    );
    await expect(rowOf(page, "li-hua.json").textContent()).resolves.toMatch(
      /your record.*\d+ days late/,
    );
    await page.getByLabel("Which file counts for each learner").selectOption("latest");
    await page.waitForTimeout(800);
    await page.reload();
    await page.getByRole("tab", { name: "Gradebook" }).waitFor();
    await expect.poll(() => page.locator(".in-table .in-row").count(), { timeout: 30_000 }).toBe(2);
    await page.locator(".in-gb-card h3", { hasText: "Valley Coffee: retention sprint" }).waitFor();
    await expect(page.getByLabel("Which file counts for each learner").inputValue()).resolves.toBe(
      "latest",
    );
    await expect(rowOf(page, "li-hua.json").textContent()).resolves.toMatch(/\d+ days late/);
    await page.locator(".in-live", { hasText: "Restored this class's 2 files" }).waitFor();

    await page.getByRole("button", { name: "Clear this class…" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(page.locator(".in-table .in-row").count()).resolves.toBe(2);
    await page.getByRole("button", { name: "Clear this class…" }).click();
    await page.getByRole("button", { name: "Clear the class" }).click();
    await expect.poll(() => page.locator(".in-table .in-row").count()).toBe(0);
    await page.waitForTimeout(800);
    await page.reload();
    await page.locator(".in-gb-card h3", { hasText: "Valley Coffee: retention sprint" }).waitFor();
    await expect(page.locator(".in-table .in-row").count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("personal seeds", () => {
  it("the learner sees their own seed, submits a run that verifies, and a copy under another name fails", async () => {
    const personal = JSON.parse(
      readFileSync(join(FIXTURES, "assignments/coffee-personal-sprint.json"), "utf8"),
    );
    const context = await site.newContext();
    const { page, consoleErrors } = await site.page("/zh-cn/instructor/", { context });
    await page.setInputFiles(
      "#in-import",
      file(join(FIXTURES, "assignments/coffee-personal-sprint.json")),
    );
    await page.locator(".in-list-item button").first().click();
    const link = await page.locator("#in-link-zh-cn").inputValue();

    const learner = await context.newPage();
    await learner.goto(link);
    await learner.locator(".sbx-personal-seed", { hasText: "先在下面填好姓名" }).waitFor();
    await learner.getByLabel("你的名字（写进提交文件）").fill("陈小雨");
    await learner.getByRole("button", { name: "保存", exact: true }).click();
    const seedNote = learner.locator(".sbx-personal-seed");
    await seedNote.filter({ hasText: "你的随机种子是" }).waitFor();
    const seed = Number(await seedNote.getAttribute("data-seed"));
    expect(seed).toBeGreaterThan(0);
    expect(seed).not.toBe(personal.seed);
    await learner.getByRole("button", { name: "运行到结束" }).click();
    const submit = learner.getByRole("button", { name: "提交（下载提交文件）" });
    await expect.poll(() => submit.isEnabled(), { timeout: 30_000 }).toBe(true);
    const submission = await downloaded(learner, () => submit.click());
    await learner.close();
    const own = JSON.parse(submission.bytes.toString("utf8"));
    expect(own.run.seed).toBe(seed);
    const copy = { ...own, learner: { name: "张伟" } };

    await page.getByRole("button", { name: "批改提交" }).click();
    await loadIntoGradebook(
      page,
      [
        { name: "own.json", mimeType: "application/json", buffer: submission.bytes },
        {
          name: "copy.json",
          mimeType: "application/json",
          buffer: Buffer.from(JSON.stringify(copy)),
        },
      ],
      2,
      false,
    );
    await expect(rowOf(page, "own.json").getAttribute("data-status")).resolves.toBe("verified");
    await expect(rowOf(page, "copy.json").getAttribute("data-status")).resolves.toBe(
      "constraint-violation",
    );
    await expect(rowOf(page, "copy.json").locator(".in-reason").textContent()).resolves.toContain(
      "这份运行是用别人的名字做的",
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the instructor page", () => {
  // Each view checks both tabs with axe: the builder with a saved assignment, then the gradebook.
  it.each(VIEWS)(
    "screenshots and accessibility: %s, %s, %spx",
    async (lang, colorScheme, width) => {
      const { page, consoleErrors } = await site.page(`/${lang}/instructor/`, {
        colorScheme,
        width,
      });
      await page.locator(".in-builder").waitFor();
      await shot(page, `builder-${lang}-${colorScheme}-${width}`, { fullPage: true });
      // A saved assignment open for editing: the hand-out panel and the list.
      await page.setInputFiles("#in-import", file(OFFICIAL));
      await page.locator(".in-list-item button").first().click();
      await page.locator(".in-handout").waitFor();
      await shot(page, `saved-${lang}-${colorScheme}-${width}`, { fullPage: true });
      expect(await site.axe(page)).toEqual([]);
      await loadIntoGradebook(page, [file(OFFICIAL), ...fixtureFiles()], fixtureFiles().length);
      await page.locator(".in-class canvas").first().waitFor();
      // Rows off screen are skipped until scrolled to (content-visibility); a full-page picture needs them all drawn.
      await page.evaluate(() =>
        document
          .querySelectorAll<HTMLElement>(".in-row")
          .forEach((r) => (r.style.contentVisibility = "visible")),
      );
      await shot(page, `gradebook-${lang}-${colorScheme}-${width}`, { fullPage: true });
      if (width === 1280) {
        // The whole table fits: no sideways scrolling, the actions in view.
        const fits = await page.evaluate(() => {
          const wrap = document.querySelector(".in-table-wrap")!;
          const action = document.querySelector(".in-row-actions")!.getBoundingClientRect();
          return { overflow: wrap.scrollWidth - wrap.clientWidth, right: action.right };
        });
        expect(fits.overflow).toBe(0);
        expect(fits.right).toBeLessThanOrEqual(1280);
      }
      // Contrast in this theme, the stacked rows at 375px.
      expect(await site.axe(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    },
  );
});
