/**
 * The course inside an LMS: packages made from the built site (scripts/lms-package.ts, as
 * `npm run package` makes them, without a second build) run in a stand-in LMS (lms-host.ts) —
 * scorm-again for SCORM 1.2 and 2004, a cmi5 launch with a learning record store that records
 * what it is sent. A learner passes a quiz and a simulation assignment, closes the course and
 * opens it again on another computer (a fresh browser profile); the test reads what the LMS
 * recorded.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { load } from "js-yaml";
import type { Browser, BrowserContext, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackages } from "../../scripts/lms-package";
import { QuizSchema } from "../../src/schemas/quiz";
import { AssignmentSchema, type AssignmentInput } from "../../src/schemas/assignment";
import { decodeSuspend } from "../../src/lms/suspend";
import { launchChromium, shot } from "./harness";
import { startLmsHost, verbOf, type LmsHost } from "./lms-host";

const ROOT = join(import.meta.dirname, "../..");
const DIST = resolve(process.env.COL_OUT ?? "dist");

/** An instructor's challenge whose goal the scenario's own plan reaches: the test is about reporting. */
const COHORT: AssignmentInput = {
  format: "community-ops-lab/assignment",
  version: 1,
  id: "cohort-7-first-month",
  title: { "zh-cn": "第七期：第一个月", en: "Cohort 7: the first month" },
  instructions: { "zh-cn": "跑满 12 周。", en: "Run all 12 weeks." },
  scenario: "coffee-members",
  seed: 7,
  weeks: 12,
  locked: {},
  goals: [{ metric: "members", op: ">=", value: 100 }],
  passMark: 0.7,
  due: "2030-06-30T23:59:00+08:00",
  createdAt: "2026-03-01T09:00:00+08:00",
  rule: 3,
};

let host: LmsHost;
let browser: Browser;
const packaging: string[] = [];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "col-lms-"));
  const started = Date.now();
  const built = [
    ...(await buildPackages({
      from: DIST,
      out,
      scope: { kind: "course" },
      standards: ["scorm2004"],
    })),
    ...(await buildPackages({
      from: DIST,
      out,
      scope: { kind: "assignment", assignment: AssignmentSchema.parse(COHORT) },
      standards: ["scorm12"],
      lang: "en",
    })),
    ...(await buildPackages({
      from: DIST,
      out,
      scope: { kind: "module", module: "01-fundamentals" },
      standards: ["cmi5"],
      mastery: 0.8,
    })),
  ];
  packaging.push(`${built.length} packages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  host = await startLmsHost();
  host.serve("course", readFileSync(built[0]!.file));
  host.serve("cohort", readFileSync(built[1]!.file));
  host.serve("module", readFileSync(built[2]!.file));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  console.log(`LMS packages: ${packaging.join("; ")}`);
  await browser?.close();
  await host?.close();
});

/** A fresh browser profile: another computer, with nothing in its storage. */
async function computer(locale: string): Promise<BrowserContext> {
  return browser.newContext({
    locale,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    serviceWorkers: "allow",
  });
}

/** The course as the learner sees it: the package's launch page framed by the LMS, the course framed by it. */
const course = (page: Page): FrameLocator =>
  page.frameLocator("#sco").frameLocator("[data-lms-frame]");
const launchPage = (page: Page): FrameLocator => page.frameLocator("#sco");

/** scorm-again's data model as JSON: objects down to strings. */
interface Cmi {
  readonly [key: string]: Cmi;
}

/** The LMS's record of the attempt, as scorm-again holds it. */
const cmi = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(
        JSON.stringify((window as unknown as { lmsApi: { cmi: unknown } }).lmsApi.cmi),
      ) as Cmi,
  );

/** The LMS closes the course (as when the learner leaves the activity): the frame goes away. */
async function closeCourse(page: Page) {
  await page.evaluate(() => document.getElementById("sco")?.remove());
}

const quiz = QuizSchema.parse(
  load(readFileSync(join(ROOT, "content/quizzes/01-fundamentals.yaml"), "utf8")),
);

/** Answers module 01's quiz correctly with the mouse and the keyboard, and submits it. */
async function passQuiz(frame: FrameLocator) {
  await frame.locator("#quiz").scrollIntoViewIfNeeded();
  await frame.locator("astro-island:not([ssr]) form.quiz").waitFor();
  for (const item of quiz.items) {
    const box = frame.locator(`[id="quiz-01-fundamentals-${item.id}"]`);
    if (item.type === "single" || item.type === "multiple") {
      for (const option of item.options.filter((o) => o.correct))
        await box.locator(`input[value="${option.id}"]`).check();
    } else if (item.type === "match") {
      for (const [i, pair] of item.pairs.entries())
        await box.locator(`.quiz-match-row:nth-child(${i + 1}) select`).selectOption(pair.id);
    } else if (item.type === "numeric") {
      await box.locator("input").fill(String(item.answer));
    } else {
      throw new Error(`module 01's quiz has no ${item.type} items`);
    }
  }
  await frame.locator("form.quiz button[type=submit]").click();
}

/** Submits the finished challenge; the file the learner downloads, and its name. */
async function submit(page: Page, frame: FrameLocator, button: RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    frame.getByRole("button", { name: button }).click(),
  ]);
  const submission = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
    learner: { name: string };
    score: { percent: number };
    claimed: { hash: string };
  };
  return { file: download.suggestedFilename(), submission };
}

describe("the course in an LMS", { timeout: 150_000 }, () => {
  it("SCORM 2004, in Chinese: the whole course reports progress, a simulation as an interaction, and comes back on another computer", async () => {
    const learner = {
      learner_id: "s-2026-017",
      learner_name: "韩, 梅梅",
      scaled_passing_score: "0.7",
    };
    const first = await computer("zh-CN");
    const page = await first.newPage();
    await page.goto(
      host.attempt({
        standard: "scorm2004",
        pkg: "course",
        cmi: { ...learner, entry: "ab-initio" },
      }),
    );
    const frame = course(page);
    await expect(frame.locator("h1").first().textContent()).resolves.toContain("社群运营实训营");

    // Search runs inside the package, and its results lead to pages of the package.
    await frame.locator("[data-search-open]").click();
    await frame.locator("#search-input").fill("冷启动");
    const hit = frame.locator("#search-results a").first();
    await expect(hit.getAttribute("href")).resolves.toMatch(
      new RegExp(`^${host.url}/lms/course/zh-cn/[a-z0-9/-]+/index\\.html(#.*)?$`),
    );
    await hit.click();
    await expect(frame.locator("h1").first().textContent()).resolves.toBe("冷启动");

    // Links move between pages inside the package: the sidebar to module 01, its quiz.
    await frame.locator(".sidebar a", { hasText: "社群基础" }).first().click();
    await passQuiz(frame);
    await expect(frame.locator(".quiz-result").textContent()).resolves.toContain("通过了");

    // No service worker inside a package: the LMS's paths and frames are not the site's to cache.
    const workers = await frame
      .locator("body")
      .evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    expect(workers).toBe(0);

    // Module 09's challenge, played as its reference solution plays it.
    await frame.locator(".sidebar a", { hasText: "变现" }).first().click();
    await frame.locator(`a[href*="sandbox/index.html?assignment=09-monetization"]`).click();
    await frame.locator(".sbx[data-ready]").waitFor();
    await frame.locator("[data-lever=monetization] input[type=range]").fill("0");
    await frame.locator("[data-lever=segmentCare] input[type=range]").fill("1");
    await frame.locator("[data-lever=replyCoverage] input[type=range]").fill("0.5");
    for (let i = 0; i < 12; i += 1) await frame.getByRole("button", { name: "前进一周" }).click();
    await frame.locator("[data-lever=monetization] input[type=range]").fill("1");
    await frame.getByRole("button", { name: "运行到结束" }).click();
    // The LMS's learner is who submits, unless they say otherwise.
    await expect(frame.locator(".sbx-submit").textContent()).resolves.toContain("提交人：韩梅梅");
    const { submission } = await submit(page, frame, /^提交/);
    expect(submission.learner).toEqual({ name: "韩梅梅" });

    await expect
      .poll(async () => (await cmi(page)).interactions?.["0"]?.learner_response)
      .toBe(submission.claimed.hash);
    const during = await cmi(page);
    expect(during.interactions?.["0"]).toMatchObject({
      id: "module-09-monetization",
      type: "other",
      result: "correct",
    });
    await expect.poll(async () => (await cmi(page)).progress_measure).toBe("0.1333");
    const record = await cmi(page);
    // Two of fifteen modules: complete is for the whole course, and no score until all is tried.
    expect(record).toMatchObject({
      completion_status: "incomplete",
      success_status: "unknown",
      exit: "suspend",
    });
    expect(record.score?.scaled).toBe("");
    expect(record.location).toBe("zh-cn/sandbox/index.html");
    const kept = decodeSuspend(String(record.suspend_data));
    expect(kept.ok && kept.data?.modules["09-monetization"]?.results.simulation?.passed).toBe(true);
    await shot(page, "scorm2004-zh-cn");

    await closeCourse(page);
    const closed = await cmi(page);
    expect(closed.session_time).toMatch(/^PT\d+H\d+M\d+S$/);
    await first.close();

    // Another computer: the LMS hands back what it kept, and the learner finds their modules done.
    const second = await computer("zh-CN");
    const again = await second.newPage();
    await again.goto(
      host.attempt({
        standard: "scorm2004",
        pkg: "course",
        cmi: {
          ...learner,
          entry: "resume",
          location: closed.location,
          suspend_data: closed.suspend_data,
        },
      }),
    );
    const resumed = course(again);
    await resumed.locator(".sbx[data-ready]").waitFor();
    await resumed.locator("a.brand").click();
    await resumed.locator(".sidebar a", { hasText: "我的进度" }).first().click();
    for (const id of ["01-fundamentals", "09-monetization"]) {
      await expect(
        resumed.locator(`tr[data-module="${id}"] td`).first().textContent(),
      ).resolves.toBe("已完成");
    }
    await expect(
      resumed.locator(`tr[data-module="04-cold-start"]`).getAttribute("data-state"),
    ).resolves.toBe("new");
    await expect.poll(async () => (await cmi(again)).progress_measure).toBe("0.1333");
    await second.close();
  });

  it("SCORM 1.2, in English: an instructor's assignment, passed, with its run's hash; an unreadable suspend string changes nothing here", async () => {
    const context = await computer("en-GB");
    // This computer already holds the learner's progress from an earlier session.
    const earlier = {
      format: "community-ops-lab/progress",
      version: 1,
      modules: {
        "00-orientation": {
          readAt: "2026-02-01T10:00:00.000Z",
          quizAttempts: [],
          assignmentResults: [],
        },
      },
      feedback: [],
    };
    await context.addInitScript((value) => {
      if (location.pathname.includes("/lms/") && localStorage.getItem("col:v1:progress") === null)
        localStorage.setItem("col:v1:progress", value);
    }, JSON.stringify(earlier));
    const page = await context.newPage();
    await page.goto(
      host.attempt({
        standard: "scorm12",
        pkg: "cohort",
        cmi: {
          core: {
            student_id: "s-2026-031",
            student_name: "Lei, Li",
            entry: "resume",
            lesson_location: "en/index.html",
          },
          suspend_data: '{"our LMS":"moved things"}',
          student_data: { mastery_score: "70" },
        },
      }),
    );
    const notice = launchPage(page).locator("[data-notice=unreadable]");
    await expect(notice.textContent()).resolves.toContain("could not be read");
    await expect(notice.locator("a[download]").textContent()).resolves.toBe(
      "Download the unreadable copy",
    );

    const frame = course(page);
    await frame.locator(".sbx[data-ready]").waitFor();
    await expect(frame.locator(".sbx-challenge h2").textContent()).resolves.toBe(
      "Cohort 7: the first month",
    );
    await frame.getByRole("button", { name: "Run to the end" }).click();
    await expect(frame.locator(".sbx-submit").textContent()).resolves.toContain(
      "Submitting as Li Lei",
    );
    const { file, submission } = await submit(page, frame, /^Submit/);
    expect(file).toMatch(/^cohort-7-first-month-Li-Lei-\d{4}-\d{2}-\d{2}\.json$/);

    await expect.poll(async () => (await cmi(page)).core?.lesson_status).toBe("passed");
    const record = await cmi(page);
    expect(record.core?.score).toMatchObject({
      raw: String(submission.score.percent),
      min: "0",
      max: "100",
    });
    expect(record.interactions?.["0"]).toMatchObject({
      id: "cohort-7-first-month",
      type: "performance",
      student_response: submission.claimed.hash,
      result: "correct",
    });
    // The local progress the unreadable string could have overwritten is still there.
    const local = await frame
      .locator("body")
      .evaluate(() => localStorage.getItem("col:v1:progress"));
    expect(JSON.parse(local!).modules["00-orientation"].readAt).toBe("2026-02-01T10:00:00.000Z");
    await shot(page, "scorm12-en");
    await closeCourse(page);
    expect((await cmi(page)).core?.session_time).toMatch(/^\d{2,}:\d{2}:\d{2}$/);
    await context.close();
  });

  it("cmi5, in English: one module's package sends its statements in the spec's order and keeps progress in the LRS", async () => {
    const registration = "5d1c0a5e-2c34-4a52-9b1e-3f0b1c9a7e21";
    const actor = {
      name: "Li Lei",
      account: { homePage: "https://lms.example", name: "s-2026-031" },
    };
    const launch = () =>
      host.attempt({
        standard: "cmi5",
        pkg: "module",
        cmi5: { registration, actor, masteryScore: 0.8, lang: "en-US" },
      });
    const first = await computer("en-GB");
    const page = await first.newPage();
    await page.goto(launch());
    const frame = course(page);
    await expect(frame.locator("h1").first().textContent()).resolves.toBe("Community fundamentals");
    await passQuiz(frame);
    await expect(frame.locator(".quiz-result").textContent()).resolves.toContain("Passed");
    await expect
      .poll(() => host.statements.map(verbOf))
      .toEqual(["initialized", "completed", "passed"]);
    const passed = host.statements[2]!;
    expect(passed.result?.score?.scaled).toBe(1);
    expect(passed.context?.registration).toBe(registration);
    await shot(page, "cmi5-en");
    await closeCourse(page);
    await expect
      .poll(() => host.statements.map(verbOf))
      .toEqual(["initialized", "completed", "passed", "terminated"]);
    await first.close();

    // Relaunched on another computer: the quiz is passed there too, and nothing is sent twice.
    const second = await computer("en-GB");
    const again = await second.newPage();
    await again.goto(launch());
    const resumed = course(again);
    await resumed.locator(".assignment-status").scrollIntoViewIfNeeded();
    await expect(resumed.locator(".assignment-state[data-status]").textContent()).resolves.toMatch(
      /^Passed/,
    );
    await closeCourse(again);
    await expect
      .poll(() => host.statements.map(verbOf))
      .toEqual(["initialized", "completed", "passed", "terminated", "initialized", "terminated"]);
    const state = [...host.states.entries()].find(([key]) =>
      key.startsWith("community-ops-lab.progress|"),
    )?.[1];
    expect(JSON.parse(state!)).toMatchObject({
      location: "en/modules/fundamentals/index.html",
      sent: { completed: true, passed: true },
    });
    await second.close();
  });

  it("the public site carries none of the package's code", () => {
    const pages = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".html"),
    );
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages)
      expect(readFileSync(join(DIST, page), "utf8"), page).not.toContain("lms/");
    const scripts = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".js"));
    for (const script of scripts) {
      const text = readFileSync(join(DIST, "_astro", script), "utf8");
      expect(text, script).not.toMatch(
        /API_1484_11|LMSInitialize|cmi\.suspend_data|LMS\.LaunchData/,
      );
    }
  });
});
