/**
 * What a first-time learner trips over (issue 19): forms submitted before their island wakes up,
 * the certificate printed too early, the home page's tracks, the sidebar, a passed quiz's link,
 * and one export that carries everything with a choice on import.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSite, type Site } from "./harness";
import { QuizSchema } from "../../src/schemas/quiz";
import { fullPlan } from "../unit/grading/plan-builders";

const ROOT = join(import.meta.dirname, "../..");
const MODULE = "00-orientation";
const quiz = QuizSchema.parse(
  load(readFileSync(join(ROOT, `content/quizzes/${MODULE}.yaml`), "utf8")),
);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site.close();
});

const AT = "2025-03-01T10:00:00.000Z";
const progress = (extra: Record<string, unknown> = {}) => ({
  format: "community-ops-lab/progress",
  version: 1,
  feedback: [],
  modules: {},
  ...extra,
});
const passedOrientation = {
  [MODULE]: {
    readAt: AT,
    completedAt: AT,
    quizAttempts: [{ at: AT, score: 0.9, passed: true }],
    quizBest: 0.9,
    assignmentResults: [{ kind: "quiz", score: 0.9, passed: true, at: AT }],
  },
};

/** A context whose storage starts with these keys, once (a reload keeps what the page wrote). */
async function seeded(values: Record<string, unknown>): Promise<BrowserContext> {
  const context = await site.newContext();
  await context.addInitScript(
    (entries) => {
      if (sessionStorage.getItem("seeded")) return;
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    },
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)])),
  );
  return context;
}

/** Holds back an island's code, as a slow connection would, until `release` is called. */
async function holdIsland(context: BrowserContext, file: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(file, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const hydrated = (page: Page, selector: string) =>
  page.waitForFunction(
    (s) => !document.querySelector(`astro-island:has(${s})`)?.hasAttribute("ssr"),
    selector,
  );

describe("forms submitted before their island has loaded", () => {
  it("a quiz submitted at once neither reloads the page nor loses the answer, and is checked once the quiz wakes up", async () => {
    const context = await site.newContext();
    const release = await holdIsland(context, /\/_astro\/Quiz\.[^/]*\.js$/);
    const { page, consoleErrors } = await site.page(`/zh-cn/modules/orientation/`, { context });
    await page.locator("#quiz").scrollIntoViewIfNeeded();
    const first = quiz.items.find((i) => i.type === "single")!;
    const choice = page
      .locator(`[id="quiz-${MODULE}-${first.id}"]`)
      .locator(`input[value="${first.type === "single" ? first.options[0]!.id : ""}"]`);
    await choice.check();
    await page.locator("form.quiz button[type=submit]").click();

    // Nothing was sent: the page and the answer are still there, and the form waits.
    expect(new URL(page.url()).search).toBe("");
    await expect(choice.isChecked()).resolves.toBe(true);
    await expect(page.locator("form.quiz").getAttribute("aria-busy")).resolves.toBe("true");

    release();
    await hydrated(page, "form.quiz");
    // The submit goes through: it names only the questions still open, the first one answered.
    const missing = page.locator(".quiz-missing");
    await missing.waitFor();
    const open = (await missing.textContent()) ?? "";
    // An ordering is answered as it stands; every other question but the first is still open.
    const stillOpen = quiz.items.flatMap((item, i) =>
      item === first || item.type === "order" ? [] : [i + 1],
    );
    const listed = (open.match(/\d+/g) ?? []).map(Number);
    expect(listed).toEqual(stillOpen);
    await expect(choice.isChecked()).resolves.toBe(true);
    await expect(page.locator("form.quiz").getAttribute("aria-busy")).resolves.toBeNull();
    expect(new URL(page.url()).search).toBe("");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("the certificate checker keeps what was typed and checks it once it wakes up", async () => {
    const context = await site.newContext();
    const release = await holdIsland(context, /\/_astro\/Certificate\.[^/]*\.js$/);
    const { page, consoleErrors } = await site.page(`/en/certificate/`, { context });
    await page
      .locator("#check-text")
      .fill(JSON.stringify(progress({ modules: passedOrientation })));
    await page.locator("#check-name").fill("Chen Xiaoyu");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    expect(new URL(page.url()).search).toBe("");

    release();
    await hydrated(page, "form.cert-check");
    await page.locator(".cert-outcome code").waitFor();
    await expect(page.locator("#check-name").inputValue()).resolves.toBe("Chen Xiaoyu");
    await expect(page.locator(".cert-outcome").textContent()).resolves.toContain("Orientation");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the certificate printed before it is earned", () => {
  it.each([
    ["zh-cn", "结业证书：尚未获得", "这不是结业证书"],
    ["en", "Certificate not yet earned", "This is not a certificate"],
  ])("%s: a heading and a clear statement on paper", async (lang, heading, statement) => {
    const context = await seeded({ "col:v1:progress": progress({ track: "newcomer" }) });
    const { page } = await site.page(`/${lang}/certificate/`, { context });
    await page.locator(".cert-remaining").waitFor();
    // On screen the page explains itself already; the print heading is for paper.
    expect(await page.locator(".cert-not-earned").isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    const printed = page.locator(".cert-not-earned");
    expect(await printed.isVisible()).toBe(true);
    await expect(printed.locator("h2").textContent()).resolves.toBe(heading);
    await expect(printed.textContent()).resolves.toContain(statement);
    expect(await page.locator(".cert-remaining").isVisible()).toBe(true);
    await context.close();
  });
});

describe("tracks on the home page", () => {
  it("a card chooses the track, shows its path, and the progress page agrees both ways", async () => {
    const context = await site.newContext();
    const { page, consoleErrors } = await site.page("/en/", { context });
    const founder = page.locator("#track-founder");
    await founder.scrollIntoViewIfNeeded();
    await founder.getByRole("button", { name: "Choose this track" }).click();
    await expect(
      founder.getByRole("button", { name: "✓ Your track" }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    const mine = page.locator(".track-mine");
    await expect(mine.locator("h3").textContent()).resolves.toBe(
      "Your path: Founder or freelancer",
    );
    await expect(mine.locator(".track-path li").first().textContent()).resolves.toContain(
      "00 Orientation",
    );
    await expect(mine.textContent()).resolves.toContain("Next: start 00 Orientation");

    await page.goto(`${site.baseUrl}/en/progress/`);
    const radio = page.getByRole("radio", { name: /Founder or freelancer/ });
    await expect(radio.isChecked()).resolves.toBe(true);
    await page.getByRole("radio", { name: /Newcomer to the job/ }).check();

    await page.goto(`${site.baseUrl}/en/`);
    await page.locator("#track-newcomer").scrollIntoViewIfNeeded();
    await page.locator("#track-newcomer button[aria-pressed=true]").waitFor();
    await expect(page.locator("#track-founder button").getAttribute("aria-pressed")).resolves.toBe(
      "false",
    );
    await expect(page.locator(".track-mine h3").textContent()).resolves.toBe(
      "Your path: Newcomer to the job",
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the sidebar", () => {
  it.each(["zh-cn", "en"])(
    "%s at 1280×800: a legend for its marks, and every tool in view, the certificate among them",
    async (lang) => {
      const context = await seeded({ "col:v1:progress": progress({ modules: passedOrientation }) });
      const { page } = await site.page(`/${lang}/modules/fundamentals/`, {
        context,
        width: 1280,
        height: 800,
      });
      await expect(page.locator("#sidebar .legend").textContent()).resolves.toMatch(/✓.+·/);
      await expect(
        page.locator(`#sidebar li[data-module="${MODULE}"]`).getAttribute("data-status"),
      ).resolves.toBe("completed");
      const tools = await page
        .locator("#sidebar .tool-list a")
        .evaluateAll((links) =>
          links.map((a) => [
            (a as HTMLAnchorElement).pathname,
            Math.round(a.getBoundingClientRect().bottom),
          ]),
        );
      expect(tools.map(([path]) => path)).toContain(`/${lang}/certificate/`);
      expect(tools.map(([path]) => path)).toContain(`/${lang}/instructor/`);
      for (const [path, bottom] of tools) expect(bottom, String(path)).toBeLessThanOrEqual(800);
      await context.close();
    },
  );
});

describe("a module whose quiz has passed", () => {
  it.each([
    ["zh-cn", "再做一次测验", "去做测验"],
    ["en", "Take the quiz again", "Go to the quiz"],
  ])("%s: the assignment link no longer says to go and take it", async (lang, again, first) => {
    const context = await seeded({ "col:v1:progress": progress({ modules: passedOrientation }) });
    const { page } = await site.page(`/${lang}/modules/orientation/#assignment`, { context });
    const link = page.locator("#assignment .assignment-status a");
    await link.scrollIntoViewIfNeeded();
    await page.locator("#assignment [data-status=passed]").waitFor();
    await expect(link.textContent()).resolves.toBe(again);
    // No longer the page's call to action either.
    await expect(link.getAttribute("class")).resolves.toBe("btn");
    await context.close();

    const fresh = await site.newContext();
    const { page: other } = await site.page(`/${lang}/modules/orientation/#assignment`, {
      context: fresh,
    });
    await other.locator("#assignment [data-status=not-started]").waitFor();
    await expect(other.locator("#assignment .assignment-status a").textContent()).resolves.toBe(
      first,
    );
    await fresh.close();
  });
});

describe("one export for everything a learner keeps", () => {
  const plan = { ...fullPlan(), id: "p-mine", name: "Valley · my plan" };
  const stores = {
    "col:v1:progress": progress({ track: "founder", modules: passedOrientation }),
    "col:v1:plans": {
      format: "community-ops-lab/plans",
      version: 1,
      plans: [plan],
      activeId: plan.id,
    },
    "col:v1:written": {
      format: "community-ops-lab/written",
      version: 1,
      answers: {
        "03-platform-rules": {
          fields: { "rules.threshold": "Loyalty-card holders only" },
          updatedAt: AT,
        },
      },
    },
    "col:v1:sandbox": {
      format: "community-ops-lab/sandbox",
      version: 1,
      current: {
        run: { scenario: "coffee-members", seed: 7, weeks: 52, decisions: [], week: 12 },
      },
      mcRuns: 200,
      metric: "members",
    },
  };
  const keys = Object.keys(stores);
  const read = (page: Page) =>
    page.evaluate(
      (names) => Object.fromEntries(names.map((k) => [k, localStorage.getItem(k)])),
      keys,
    );

  it("exports progress, plans, written answers and the sandbox; imports the parts chosen; undoes; refuses a bad file in the learner's language", async () => {
    const context = await seeded(stores);
    const { page, consoleErrors } = await site.page("/en/progress/", { context });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export all my data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^community-ops-lab-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path())!;
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported).toMatchObject({
      format: "community-ops-lab/learner-data",
      progress: { track: "founder" },
      plans: { plans: [{ name: "Valley · my plan" }] },
      written: { answers: { "03-platform-rules": {} } },
      sandbox: { current: { run: { week: 12 } } },
    });

    // A new browser: everything offered, the sandbox left out by choice.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.setInputFiles("#progress-import", file);
    await page.locator(".dash-import").waitFor();
    const parts = page.locator(".dash-import input[type=checkbox]");
    await expect(parts.count()).resolves.toBe(4);
    await page.getByRole("checkbox", { name: /Growth sandbox/ }).uncheck();
    await page.getByRole("button", { name: "Import selected" }).click();
    const ok = page.locator("section[aria-labelledby=data-title] .dash-ok");
    await expect(ok.textContent()).resolves.toContain("Plans: 1 added");
    const after = await read(page);
    expect(JSON.parse(after["col:v1:plans"]!).plans[0].name).toBe("Valley · my plan");
    expect(JSON.parse(after["col:v1:written"]!).answers).toEqual(stores["col:v1:written"].answers);
    expect(JSON.parse(after["col:v1:progress"]!).track).toBe("founder");
    expect(after["col:v1:sandbox"]).toBeNull();
    await expect(page.locator(".dash-big").textContent()).resolves.toMatch(
      /^1 of \d+ modules completed/,
    );

    // Undo puts this browser back as it was before the import.
    await page.getByRole("button", { name: "Undo import" }).click();
    await expect(ok.textContent()).resolves.toContain("Import undone");
    const undone = await read(page);
    expect(JSON.parse(undone["col:v1:plans"]!).plans).toEqual([]);
    expect(JSON.parse(undone["col:v1:progress"]!).modules).toEqual({});

    // A file that is not the course's: refused with the reason, nothing changed.
    await page.setInputFiles("#progress-import", {
      name: "notes.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"theme":"dark"}'),
    });
    await expect(
      page.locator("section[aria-labelledby=data-title] .dash-bad").textContent(),
    ).resolves.toContain("Nothing was imported");
    expect(await read(page)).toEqual(undone);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("zh-cn: a cut-off file is refused in Chinese and changes nothing", async () => {
    const context = await seeded(stores);
    const { page } = await site.page("/zh-cn/progress/", { context });
    const before = await read(page);
    await page.setInputFiles("#progress-import", {
      name: "cut.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"community-ops-lab/learner-data","version":1,"progress":{'),
    });
    await expect(
      page.locator("section[aria-labelledby=data-title] .dash-bad").textContent(),
    ).resolves.toContain("没有导入，现有进度没有任何改动。原因：内容不是有效的 JSON");
    expect(await read(page)).toEqual(before);
    await context.close();
  });
});
