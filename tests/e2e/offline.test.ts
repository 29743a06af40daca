import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuizSchema } from "../../src/schemas/quiz";
import { openSite, scrollThrough, type Site } from "./harness";
import { DIST } from "./pages";
import { serveStatic } from "./server";

const ROOT = join(import.meta.dirname, "../..");
const ASSIGNMENT = join(ROOT, "tests/fixtures/assignments/coffee-retention-sprint.json");
const quiz = QuizSchema.parse(
  load(readFileSync(join(ROOT, "content/quizzes/01-fundamentals.yaml"), "utf8")),
);

/**
 * The site at an address of this test's own, so that a later build can be deployed at the same
 * origin (a service worker belongs to its origin).
 */
let root = DIST;
let server: Server;
let port: number;
let next: string;
let site: Site;
let context: BrowserContext;
beforeAll(async () => {
  const started = await serveStatic(() => root);
  server = started.server;
  port = Number(new URL(started.url).port);
  site = await openSite(started.url);
  context = await site.newContext({ serviceWorkers: "allow" });
  next = mkdtempSync(join(tmpdir(), "col-offline-next-"));
});
afterAll(async () => {
  await site.close();
  if (server.listening) await new Promise((done) => server.close(done));
  rmSync(next, { recursive: true, force: true });
});

/**
 * No network: the browser is told it is offline, and the site's server is gone too (the browser
 * still asks for sw.js itself when it checks for a new version, past Playwright's offline switch).
 */
async function goOffline() {
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}
async function goOnline() {
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  await context.setOffline(false);
}

/** The precache list in the built service worker: URLs relative to the site's root. */
function precached(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]!);
}

/** A page's first heading as the build wrote it. */
function builtHeading(path: string): string {
  const html = readFileSync(join(DIST, path.replace(/\?.*$/, ""), "index.html"), "utf8");
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return html
    .match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1]!
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
    .trim();
}

/** Each open page's console errors (failed loads and CSP violations among them). */
const pages = new Map<Page, string[]>();
async function visit(path: string): Promise<Page> {
  const opened = await site.page(path, { context });
  pages.set(opened.page, opened.consoleErrors);
  return opened.page;
}
/** Closes a page that showed no error. */
async function closeClean(page: Page) {
  expect(pages.get(page)).toEqual([]);
  await page.close();
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press("/");
  await page.locator("#search-input").fill(query);
  await page.locator("#search-results a").first().waitFor();
  return page
    .locator("#search-results a")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

/** Answers module 01's quiz right with the mouse (it has no ordering item). */
async function answerRight(page: Page) {
  for (const item of quiz.items) {
    const box = page.locator(`[id="quiz-01-fundamentals-${item.id}"]`);
    if (item.type === "single" || item.type === "multiple") {
      for (const option of item.options.filter((o) => o.correct))
        await box.locator(`input[value="${option.id}"]`).check();
    } else if (item.type === "match") {
      const selects = box.locator("select");
      for (const [i, pair] of item.pairs.entries()) await selects.nth(i).selectOption(pair.id);
    } else if (item.type === "numeric") {
      await box.locator("input").fill(String(item.answer));
    } else throw new Error(`no mouse answer for a ${item.type} item`);
  }
  await page.locator("form.quiz button[type=submit]").click();
}

const storedProgress = (page: Page) => page.evaluate(() => localStorage.getItem("col:v1:progress"));

describe("offline after the first visit", () => {
  let sw = "";

  it("the first visit installs the service worker, which caches the whole site; the course is installable", async () => {
    const page = await visit("/zh-cn/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    sw = readFileSync(join(DIST, "sw.js"), "utf8");
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.find((n) => n.includes("precache"));
      return precache ? (await (await caches.open(precache)).keys()).length : 0;
    });
    expect(cached).toBe(precached(sw).length);

    // What Chromium itself checks before it offers to install the course (Lighthouse asks the same).
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send("Page.getAppManifest")) as {
      url: string;
      errors: unknown[];
    };
    expect(manifest.url).toMatch(/\/zh-cn\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    // Playwright's contexts are incognito, where Chromium never offers to install: every other
    // check must pass.
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
    await cdp.detach();
    await closeClean(page);
  });

  it("offline, pages never visited open whole in both languages", async () => {
    await goOffline();
    for (const [path, scroll] of [
      // Its widgets wake as they come into view: their code comes from the cache too.
      ["/en/modules/lifecycle/", true],
      ["/zh-cn/modules/growth-referral/", false],
      ["/en/cases/wechat-parents/", false],
      ["/zh-cn/glossary/", false],
      // A module's challenge link: the cache is found whatever the query.
      ["/en/sandbox/?assignment=12-lifecycle", false],
    ] as const) {
      const page = await visit(path);
      await expect(page.locator("h1").first().textContent()).resolves.toBe(builtHeading(path));
      if (scroll) await scrollThrough(page);
      await page.waitForFunction(
        () => !document.querySelector('astro-island[ssr]:not([client="visible"])'),
      );
      if (scroll) await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
      await closeClean(page);
    }
  });

  it("offline, a page never cached says so in the learner's language", async () => {
    for (const [path, heading] of [
      ["/en/not-a-page/", "You're offline"],
      ["/zh-cn/modules/not-a-module/", "暂时没有网络"],
    ] as const) {
      const page = await visit(path);
      await expect(page.locator("h1").textContent()).resolves.toBe(heading);
      await closeClean(page);
    }
  });

  it("offline, search finds modules in Chinese and in English", async () => {
    for (const [path, query, expected] of [
      ["/zh-cn/cases/", "冷启动", "/zh-cn/modules/cold-start/"],
      ["/en/glossary/", "cold start", "/en/modules/cold-start/"],
    ] as const) {
      const page = await visit(path);
      await expect(search(page, query)).resolves.toContain(expected);
      await closeClean(page);
    }
  });

  it("offline, a quiz is completed and recorded in the progress", async () => {
    const page = await visit("/en/modules/fundamentals/");
    await page.locator("#quiz").scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => !document.querySelector("astro-island:has(form.quiz)")?.hasAttribute("ssr"),
    );
    await answerRight(page);
    await expect(page.locator(".quiz-result").textContent()).resolves.toContain(
      "the module is now complete",
    );
    await closeClean(page);
    const progress = await visit("/en/progress/");
    await expect(
      progress.locator('#sidebar li[data-module="01-fundamentals"]').getAttribute("data-status"),
    ).resolves.toBe("completed");
    await closeClean(progress);
  });

  it("offline, an instructor hands out an assignment, the learner runs it to the end with Monte Carlo bands and submits, and the gradebook verifies the file", async () => {
    const instructor = await visit("/zh-cn/instructor/");
    await instructor.setInputFiles("#in-import", ASSIGNMENT);
    await instructor.locator(".in-list-item button").first().click();
    const link = new URL(await instructor.locator("#in-link-zh-cn").inputValue());

    const learner = await visit(link.pathname + link.search + link.hash);
    await learner.locator(".sbx[data-ready]").waitFor();
    await learner.locator(".sbx-mc select").selectOption("50");
    await learner.getByLabel("显示蒙特卡洛区间").check();
    await learner.getByRole("button", { name: "运行到结束" }).click();
    await learner.locator(".sbx-mc-table").waitFor({ timeout: 30_000 });
    await expect(learner.locator(".sbx-mc-table caption").textContent()).resolves.toContain(
      "50 个种子",
    );
    await expect(learner.locator(".sbx-charts").getAttribute("data-bands")).resolves.toBe("on");
    await learner.getByLabel("你的名字（写进提交文件）").fill("陈小雨");
    await learner.getByRole("button", { name: "保存", exact: true }).click();
    const [download] = await Promise.all([
      learner.waitForEvent("download"),
      learner.getByRole("button", { name: "提交（下载提交文件）" }).click(),
    ]);
    const submission = readFileSync((await download.path())!);
    await closeClean(learner);

    await instructor.getByRole("button", { name: "批改提交" }).click();
    await instructor.setInputFiles("#in-files", {
      name: download.suggestedFilename(),
      mimeType: "application/json",
      buffer: submission,
    });
    const row = instructor.locator(".in-row").first();
    await expect.poll(() => row.getAttribute("data-status"), { timeout: 30_000 }).toBe("verified");
    await expect(row.locator(".in-name").textContent()).resolves.toBe("陈小雨");
    await closeClean(instructor);
  });

  it("back online, a new deployment shows the update notice in the learner's language; Reload brings it in with the progress intact", async () => {
    await goOnline();
    // The next version: the English home page changed, and the service worker with its revision.
    cpSync(DIST, next, { recursive: true });
    const home = join(next, "en/index.html");
    writeFileSync(home, readFileSync(home, "utf8").replace("</h1>", " (new)</h1>"));
    const changed = sw.replace(/(\{url:"en\/index\.html",revision:")[^"]*/, "$1next");
    expect(changed).not.toBe(sw);
    writeFileSync(join(next, "sw.js"), changed);
    root = next;

    const page = await visit("/en/progress/");
    const before = await storedProgress(page);
    expect(before).toContain("01-fundamentals");
    const notice = page.locator("[data-update-notice]");
    const ready = notice.getByText("A new version of the course is ready");
    await ready.waitFor();
    // "Not now" puts it away; while the new version waits, the next page offers it again.
    await notice.getByRole("button", { name: "Not now" }).click();
    await expect(ready.isVisible()).resolves.toBe(false);
    await page.reload();
    await ready.waitFor();
    await Promise.all([
      page.waitForEvent("load"),
      notice.getByRole("button", { name: "Reload" }).click(),
    ]);
    await expect(ready.isVisible()).resolves.toBe(false);
    await expect(storedProgress(page)).resolves.toBe(before);
    await expect(
      page.locator('#sidebar li[data-module="01-fundamentals"]').getAttribute("data-status"),
    ).resolves.toBe("completed");
    // The new version is what the cache now serves, also with no network.
    await goOffline();
    await page.goto(`${new URL(page.url()).origin}/en/`);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/\(new\)$/);
    await closeClean(page);
  });
});
