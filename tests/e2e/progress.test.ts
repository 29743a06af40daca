import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, shot, VIEWS, type Site } from "./harness";
import { QuizSchema, type QuizItem } from "../../src/schemas/quiz";
import { certificateCode } from "../../src/grading/certificate";
import type { Progress } from "../../src/schemas/progress";

const ROOT = join(import.meta.dirname, "../..");
const WORK = mkdtempSync(join(tmpdir(), "col-progress-e2e-"));

const MODULE = "00-orientation";
const quiz = QuizSchema.parse(
  load(readFileSync(join(ROOT, `content/quizzes/${MODULE}.yaml`), "utf8")),
);
const tracks = load(readFileSync(join(ROOT, "content/tracks.yaml"), "utf8")) as {
  id: string;
  required: number[];
}[];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const itemBox = (page: Page, item: QuizItem) => page.locator(`[id="quiz-${MODULE}-${item.id}"]`);
const stored = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem("col:v1:progress") ?? "null") as Progress | null,
  );

/** Brings the quiz into view so its island hydrates, and waits until it is interactive. */
async function openQuiz(page: Page) {
  await page.locator("#quiz").scrollIntoViewIfNeeded();
  await page.locator("astro-island:has(form.quiz)").first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector("astro-island:has(form.quiz)")?.hasAttribute("ssr"),
  );
}

/** Answers every item wrongly, with the mouse. */
async function answerWrong(page: Page) {
  for (const item of quiz.items) {
    const box = itemBox(page, item);
    if (item.type === "single")
      await box.locator(`input[value="${item.options.find((o) => !o.correct)!.id}"]`).check();
    if (item.type === "multiple")
      await box.locator(`input[value="${item.options.find((o) => !o.correct)!.id}"]`).check();
    if (item.type === "match") {
      const selects = box.locator("select");
      for (let i = 0; i < item.pairs.length; i += 1) {
        await selects.nth(i).selectOption(item.pairs[(i + 1) % item.pairs.length]!.id);
      }
    }
    if (item.type === "numeric")
      await box.locator("input").fill(String(item.answer + item.tolerance + 100));
    // Ordering items start shuffled and never solved: leaving them is a wrong answer.
  }
}

/** Presses Tab (or Shift+Tab) until the focused element matches the selector. */
async function tabTo(page: Page, selector: string) {
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 250; i += 1) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`keyboard focus never reached ${selector}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | HTMLSelectElement | null;
    return { value: el?.value ?? "", checked: (el as HTMLInputElement | null)?.checked ?? false };
  });

/** Answers every item correctly with the keyboard only: Tab, arrows, Space, Enter and typing. */
async function answerRightByKeyboard(page: Page) {
  for (const item of quiz.items) {
    const scope = `[id="quiz-${MODULE}-${item.id}"]`;
    if (item.type === "single") {
      const right = item.options.find((o) => o.correct)!.id;
      await tabTo(page, `${scope} input[type=radio]`);
      await page.keyboard.press("Space");
      for (let i = 0; i < item.options.length && (await focused(page)).value !== right; i += 1) {
        await page.keyboard.press("ArrowDown");
      }
      expect((await focused(page)).value).toBe(right);
    }
    if (item.type === "multiple") {
      for (const option of item.options.filter((o) => o.correct)) {
        await tabTo(page, `${scope} input[value="${option.id}"]`);
        if (!(await focused(page)).checked) await page.keyboard.press("Space");
      }
    }
    if (item.type === "match") {
      for (const [i, pair] of item.pairs.entries()) {
        await tabTo(page, `${scope} .quiz-match-row:nth-child(${i + 1}) select`);
        await page.keyboard.press("Home");
        for (let k = 0; k <= item.pairs.length && (await focused(page)).value !== pair.id; k += 1) {
          await page.keyboard.press("ArrowDown");
        }
        expect((await focused(page)).value).toBe(pair.id);
      }
    }
    if (item.type === "order") {
      const ids = item.options.map((o) => o.id);
      const texts = item.options.map((o) => o.text["zh-cn"]);
      for (let target = 0; target < ids.length; target += 1) {
        const current = await page.locator(`${scope} .quiz-order-text`).allTextContents();
        const from = current.indexOf(texts[target]!);
        if (from === target) continue;
        await tabTo(page, `${scope} .quiz-order li:nth-child(${from + 1}) button[data-dir=up]`);
        for (let k = from; k > target; k -= 1) await page.keyboard.press("Enter");
      }
      await expect(page.locator(`${scope} .quiz-order-text`).allTextContents()).resolves.toEqual(
        texts,
      );
    }
    if (item.type === "numeric") {
      await tabTo(page, `${scope} input[type=text]`);
      await page.keyboard.type(String(item.answer));
    }
  }
  await tabTo(page, "form.quiz button[type=submit]");
  await page.keyboard.press("Enter");
}

describe("quizzes, progress and the dashboard", () => {
  it("answers picked before the quiz island wakes up are kept when it does", async () => {
    const context = await site.newContext();
    // Hold the quiz's code back, as a slow connection would, while the learner answers.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/_astro\/Quiz\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, consoleErrors } = await site.page(`/en/modules/orientation/`, { context });
    await page.locator("#quiz").scrollIntoViewIfNeeded();
    const [first, second] = quiz.items.filter((i) => i.type === "single") as Extract<
      QuizItem,
      { type: "single" }
    >[];
    const match = quiz.items.find((i) => i.type === "match") as Extract<
      QuizItem,
      { type: "match" }
    >;
    const firstChoice = itemBox(page, first!).locator(`input[value="${first!.options[1]!.id}"]`);
    await firstChoice.check();
    await itemBox(page, match).locator("select").first().selectOption(match.pairs[0]!.id);
    expect(
      await page.evaluate(() =>
        document.querySelector("astro-island:has(form.quiz)")?.hasAttribute("ssr"),
      ),
    ).toBe(true);

    release();
    await page.waitForFunction(
      () => !document.querySelector("astro-island:has(form.quiz)")?.hasAttribute("ssr"),
    );
    // Answering another question re-renders the quiz: the early answers are still there.
    await itemBox(page, second!).locator(`input[value="${second!.options[0]!.id}"]`).check();
    await expect(firstChoice.isChecked()).resolves.toBe(true);
    await expect(itemBox(page, match).locator("select").first().inputValue()).resolves.toBe(
      match.pairs[0]!.id,
    );
    // Submitting names only the questions really left open.
    await page.locator("form.quiz button[type=submit]").click();
    const missing = (await page.locator(".quiz-missing").textContent()) ?? "";
    const numberOf = (item: QuizItem) => String(quiz.items.indexOf(item) + 1);
    expect(missing).not.toMatch(new RegExp(`\\b${numberOf(first!)}\\b`));
    expect(missing).not.toMatch(new RegExp(`\\b${numberOf(second!)}\\b`));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("a quiz answered wrong then right (by keyboard) shows scores, marks the module and updates the dashboard; export → clear → import brings it all back", async () => {
    const context = await site.newContext();
    const { page, consoleErrors, externalRequests } = await site.page(
      `/zh-cn/modules/orientation/`,
      { context },
    );
    await openQuiz(page);

    // Submitting with nothing answered names the open questions instead of scoring.
    await page.locator("form.quiz button[type=submit]").click();
    await expect(page.locator(".quiz-missing").textContent()).resolves.toContain("还有题目没作答");

    // Ordering by mouse: drag the first option onto the third.
    const orderItem = quiz.items.find((i) => i.type === "order")!;
    const orderTexts = itemBox(page, orderItem).locator(".quiz-order-text");
    const shuffled = await orderTexts.allTextContents();
    await page.dragAndDrop(
      `[id="quiz-${MODULE}-${orderItem.id}"] .quiz-order li:nth-child(1)`,
      `[id="quiz-${MODULE}-${orderItem.id}"] .quiz-order li:nth-child(3)`,
    );
    await expect(orderTexts.allTextContents()).resolves.toEqual([
      shuffled[1],
      shuffled[2],
      shuffled[0],
      ...shuffled.slice(3),
    ]);

    await answerWrong(page);
    await page.locator("form.quiz button[type=submit]").click();
    const result = page.locator(".quiz-result");
    await expect(result.textContent()).resolves.toContain("还没通过");
    expect(await page.locator(".quiz-feedback.wrong").count()).toBeGreaterThan(0);
    // Explanations appear after answering.
    expect(await page.locator(".quiz-feedback .quiz-explain").count()).toBeGreaterThan(0);
    expect(await page.getAttribute(`#sidebar li[data-module="${MODULE}"]`, "data-status")).toBe(
      "read",
    );
    await shot(page, `quiz-wrong-zh`);

    // The retry reshuffles; this time keyboard only.
    const before = await page
      .locator(
        `[id="quiz-${MODULE}-${quiz.items.find((i) => i.type === "order")!.id}"] .quiz-order-text`,
      )
      .allTextContents();
    await page.locator(".quiz-result button").focus();
    await page.keyboard.press("Enter");
    const after = await page
      .locator(
        `[id="quiz-${MODULE}-${quiz.items.find((i) => i.type === "order")!.id}"] .quiz-order-text`,
      )
      .allTextContents();
    expect(after).not.toEqual(before);
    await answerRightByKeyboard(page);
    await expect(result.textContent()).resolves.toContain("本次得分 100%");
    await expect(result.textContent()).resolves.toContain("本模块已完成");
    await expect
      .poll(() => page.locator(".quiz-meta").textContent())
      .toContain("目前最好成绩 100%（已作答 2 次）");
    // The islands re-render a task after the progress store changes (@nanostores/preact), hence the polls.
    // The sidebar mark follows without a reload.
    expect(await page.getAttribute(`#sidebar li[data-module="${MODULE}"]`, "data-status")).toBe(
      "completed",
    );
    const record = await stored(page);
    expect(record?.modules[MODULE]?.quizAttempts.map((a) => a.passed)).toEqual([false, true]);
    expect(record?.modules[MODULE]?.completedAt).toBeDefined();
    await expect
      .poll(() => page.locator("#assignment .assignment-state").textContent())
      .toContain("已通过");

    // The dashboard shows it.
    await page.goto(`${site.baseUrl}/zh-cn/progress/`);
    await expect(page.locator(".dash-big").textContent()).resolves.toMatch(
      /已完成 1 \/ \d+ 个模块/,
    );
    const row = page.locator(`tr[data-module="${MODULE}"]`);
    await expect(row.getAttribute("data-state")).resolves.toBe("completed");
    await expect(row.textContent()).resolves.toContain("100%（2 次）");
    await page.locator(".dash-details summary").click();
    expect(await page.locator("section[aria-labelledby=scores-title] tbody tr").count()).toBe(2);
    await page.waitForSelector(".dash-chart canvas");
    expect(
      await page.locator(".dash-chart canvas").evaluate((c: HTMLCanvasElement) => c.width > 0),
    ).toBe(true);

    // Export, clear, import: everything back.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出全部学习数据" }).click(),
    ]);
    const file = join(WORK, "exported-progress.json");
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported.format).toBe("community-ops-lab/learner-data");
    expect(exported.progress).toEqual(record);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator(".dash-big").textContent()).resolves.toMatch(
      /已完成 0 \/ \d+ 个模块/,
    );
    await page.setInputFiles("#progress-import", file);
    await page.getByRole("button", { name: "导入所选内容" }).click();
    await expect(
      page.locator("section[aria-labelledby=data-title] .dash-ok").textContent(),
    ).resolves.toContain("新增 2 次测验作答");
    await expect
      .poll(() => page.locator(".dash-big").textContent())
      .toMatch(/已完成 1 \/ \d+ 个模块/);
    expect(await stored(page)).toEqual(record);

    // A bad file: a clear message, nothing changed.
    await page.setInputFiles("#progress-import", {
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        '{"format":"community-ops-lab/progress","version":1,"modules":{"00-orientation":{"quizAttempts":[{"at":"x"',
      ),
    });
    await expect(
      page.locator("section[aria-labelledby=data-title] .dash-bad").textContent(),
    ).resolves.toContain("没有导入，现有进度没有任何改动");
    expect(await stored(page)).toEqual(record);

    // Reset asks first, and can be undone.
    await page.getByRole("button", { name: "重置进度…" }).click();
    await page.getByRole("button", { name: "清空进度" }).click();
    await expect.poll(() => page.locator(".dash-big").textContent()).toMatch(/已完成 0 \//);
    await page.getByRole("button", { name: "撤销" }).click();
    await expect.poll(() => page.locator(".dash-big").textContent()).toMatch(/已完成 1 \//);
    expect((await stored(page))?.modules[MODULE]?.quizAttempts).toHaveLength(2);

    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });

  it.each(["/en/modules/orientation/", "/en/progress/"])(
    "corrupt storage on %s: a notice offers the old data, the site keeps working",
    async (path) => {
      const context = await site.newContext();
      await context.addInitScript(() => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(
            "col:v1:progress",
            '{"format":"community-ops-lab/progress","version":1,"modules":{"00-',
          );
          sessionStorage.setItem("seeded", "1");
        }
      });
      const { page, consoleErrors, externalRequests } = await site.page(path, { context });
      if (path.includes("modules")) await openQuiz(page);
      const notice = page.locator(".recovery-notice").first();
      await expect(notice.textContent()).resolves.toContain("could not be read");
      await expect(notice.textContent()).resolves.toContain("not valid JSON");
      const backup = await page.evaluate(() => localStorage.getItem("col:v1:progress:backup-1"));
      expect(backup).toBe('{"format":"community-ops-lab/progress","version":1,"modules":{"00-');
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        notice.getByRole("link", { name: "Download the old data" }).click(),
      ]);
      const saved = join(WORK, "recovered.json");
      await download.saveAs(saved);
      expect(readFileSync(saved, "utf8")).toBe(backup);
      await shot(page, `corrupt-${path.split("/")[2]}`);
      // Still works: the page records progress and the notice goes away when dismissed.
      if (path.includes("progress")) {
        await page
          .getByRole("radio", { name: /Newcomers|newcomer/i })
          .first()
          .check();
        expect((await stored(page))?.track).toBe("newcomer");
      } else {
        await page.locator("form.quiz button[type=submit]").click();
        await expect(page.locator(".quiz-missing").isVisible()).resolves.toBe(true);
      }
      await notice.getByRole("button", { name: "Dismiss" }).click();
      expect(await page.locator(".recovery-notice").count()).toBe(0);
      await page.reload();
      if (path.includes("modules")) await openQuiz(page);
      expect(await page.locator(".recovery-notice").count()).toBe(0);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
      await context.close();
    },
  );
});

/** A record in which every module the track requires is complete. */
function completedRecord(trackId: string, moduleIds: string[]): Progress {
  const at = "2025-03-01T10:00:00.000Z";
  return {
    format: "community-ops-lab/progress",
    version: 1,
    track: trackId as Progress["track"],
    trackChosenAt: at,
    feedback: [],
    modules: Object.fromEntries(
      moduleIds.map((id, i) => [
        id,
        {
          readAt: at,
          completedAt: at,
          quizAttempts: [{ at, score: 0.8 + (i % 3) / 10, passed: true }],
          quizBest: 0.8 + (i % 3) / 10,
          assignmentResults: [{ kind: "quiz" as const, score: 0.75, passed: true, at }],
        },
      ]),
    ),
  };
}

describe("the certificate", () => {
  const newcomer = tracks.find((t) => t.id === "newcomer")!;

  it("says which modules remain, then issues a printable certificate whose code the checker confirms", async () => {
    const modules = readdirSync(join(ROOT, "content/modules/en")).map((f) =>
      f.replace(/\.mdx$/, ""),
    );
    const required = newcomer.required.map((n) =>
      modules.find((id) => Number(id.slice(0, 2)) === n)!,
    );
    const partial = completedRecord("newcomer", required.slice(1));
    const context = await site.newContext();
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("col:v1:progress", value);
        sessionStorage.setItem("seeded", "1");
      }
    }, JSON.stringify(partial));
    const { page, consoleErrors, externalRequests } = await site.page("/en/certificate/", {
      context,
    });
    await expect(page.locator(".cert-remaining").textContent()).resolves.toContain("Orientation");
    expect(await page.locator(".cert-remaining li").count()).toBe(1);

    const full = completedRecord("newcomer", required);
    await page.evaluate(
      (value) => localStorage.setItem("col:v1:progress", value),
      JSON.stringify(full),
    );
    await page.reload();
    await page.getByRole("button", { name: "Create certificate" }).click();
    await expect(page.locator("#cert-name-help").textContent()).resolves.toContain("Enter a name");
    await page.getByLabel("Name on the certificate").first().fill("  Chen   Xiaoyu ");
    await page.getByRole("button", { name: "Create certificate" }).click();
    const certificate = page.locator("article.certificate");
    await expect(certificate.locator(".cert-name").textContent()).resolves.toBe("Chen Xiaoyu");
    expect(await certificate.locator("tbody tr").count()).toBe(required.length);
    await expect(certificate.textContent()).resolves.toContain("Self-issued");
    // The certificate says which scores can be replayed from files and which the browser recorded.
    await expect(certificate.locator("thead").textContent()).resolves.toContain(
      "Can the assignment score be checked?",
    );
    await expect(certificate.locator("tbody").textContent()).resolves.toContain(
      "recorded in the learner's browser only",
    );
    const code = (await certificate.locator(".cert-code code").textContent())!;
    expect(code).toBe(certificateCode(full, "Chen Xiaoyu"));

    // Print: only the certificate is on the page.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").first().isVisible()).toBe(false);
    expect(await page.locator("#cert-check").isVisible()).toBe(false);
    expect(await certificate.isVisible()).toBe(true);
    await shot(page, `certificate-print-en`, { fullPage: true });
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.emulateMedia({ media: "screen" });

    // The instructor's check: same file and name → match; another name → no match.
    await page.locator("#check-text").fill(JSON.stringify(full));
    await page.locator("#check-name").fill("Chen Xiaoyu");
    await page.locator("#check-code").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.locator(".cert-match").textContent()).resolves.toContain("Match");
    // Each module the code covers, with its best scores in one phrase and what they rest on.
    await expect(
      page
        .locator(".cert-outcome li")
        .first()
        .evaluate((li) => li.firstChild?.textContent),
    ).resolves.toMatch(/ — quiz (\d+%|—), assignment (\d+%|—)$/);
    await expect(page.locator(".cert-evidence-note").first().textContent()).resolves.toMatch(
      /recorded in the learner's browser|No submission file given/,
    );
    await page.locator("#check-name").fill("Chen Xiaoyv");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.locator(".cert-outcome .cert-error").textContent()).resolves.toContain(
      "No match",
    );
    await page.locator("#check-text").fill("{not json");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.locator(".cert-outcome .cert-error").textContent()).resolves.toContain(
      "cannot be read",
    );

    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await context.close();
  });
});

describe("screenshots and accessibility", () => {
  const record = completedRecord("founder", ["00-orientation", "02-positioning"]);
  record.modules["01-fundamentals"] = {
    readAt: "2025-03-02T09:00:00.000Z",
    quizAttempts: [
      { at: "2025-03-02T09:00:00.000Z", score: 0.5, passed: false },
      { at: "2025-03-03T09:00:00.000Z", score: 0.625, passed: false },
    ],
    quizBest: 0.625,
    assignmentResults: [],
  };
  record.feedback = [
    JSON.parse(readFileSync(join(ROOT, "tests/fixtures/feedback/mentor-v1.json"), "utf8")),
  ];

  it.each(VIEWS)(
    "%s %s %ipx: quiz, dashboard and certificate pages render and pass axe",
    async (lang, scheme, width) => {
      const context = await site.newContext({ colorScheme: scheme, width });
      await context.addInitScript(
        (value) => localStorage.setItem("col:v1:progress", value),
        JSON.stringify(record),
      );
      for (const [name, path] of [
        ["quiz", `/${lang}/modules/fundamentals/`],
        ["progress", `/${lang}/progress/`],
        ["certificate", `/${lang}/certificate/`],
      ] as const) {
        const { page, consoleErrors, externalRequests } = await site.page(path, { context });
        if (name === "quiz") {
          await openQuiz(page);
          await page.locator("form.quiz button[type=submit]").click();
          await shot(page.locator("#quiz"), `${name}-${lang}-${scheme}-${width}`);
        } else {
          await page.waitForSelector(".dashboard, .cert-page");
          if (name === "progress") await page.waitForSelector(".dash-chart canvas");
          await shot(page, `${name}-${lang}-${scheme}-${width}`, { fullPage: true });
        }
        expect(await site.axe(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(externalRequests).toEqual([]);
        await page.close();
      }
      await context.close();
    },
  );
});
