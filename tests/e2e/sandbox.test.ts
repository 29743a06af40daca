import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionary } from "../../src/i18n";
import { eventText } from "../../src/i18n/sim";
import { makeT } from "../../src/i18n/t";
import { assignmentUrl, decodeShare, reviewUrl, toBase64Url } from "../../src/lib/share-link";
import type { AssignmentInput } from "../../src/schemas/assignment";
import { LEVERS, MODEL_VERSION } from "../../src/sim/index";
import { assignment } from "../unit/sandbox/fixtures";
import { firstTabStopIn, openSite, shot, VIEWS, type Site } from "./harness";
import { DEFAULT_SCENARIO_ID, getScenario, replayRun } from "../../src/lib/scenarios";

let site: Site;
let work: string;
beforeAll(async () => {
  site = await openSite();
  work = mkdtempSync(join(tmpdir(), "col-sandbox-e2e-"));
});
afterAll(async () => {
  await site.close();
});

const ready = (page: Page) => page.locator(".sbx[data-ready]").waitFor();
const week = (page: Page) => page.locator(".sbx-week").textContent();
const button = (page: Page, name: RegExp) => page.getByRole("button", { name });
const runToEnd = (page: Page) => button(page, /^(Run to the end|运行到结束)$/).click();

interface HeldWorkers {
  __holdResults(on: boolean): void;
}

/**
 * Runs in the page before its scripts: wraps `Worker` so that, while `__holdResults(true)` is in
 * force, a worker's final answer (any message but a progress report) is kept back until
 * `__holdResults(false)`. The page then shows the computation as still running, as it would on a
 * slower machine. Answers held for a worker that was cancelled meanwhile are dropped on release,
 * as the page would never have seen them.
 */
function holdWorkerResults() {
  const Native = window.Worker;
  let holding = false;
  const held: Array<() => void> = [];
  class HoldingWorker extends Native {
    terminated = false;
    override terminate() {
      this.terminated = true;
      super.terminate();
    }
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = handler
        ? (event: MessageEvent) => {
            if (holding && (event.data as { type?: string })?.type !== "progress") {
              held.push(() => {
                if (!this.terminated) handler.call(this, event);
              });
            } else handler.call(this, event);
          }
        : null;
    }
    override get onmessage() {
      return super.onmessage;
    }
  }
  window.Worker = HoldingWorker;
  (window as unknown as HeldWorkers).__holdResults = (on: boolean) => {
    holding = on;
    if (!on) for (const release of held.splice(0)) release();
  };
}

/** The KPI cards' values as numbers. */
async function kpis(page: Page): Promise<Record<string, number | null>> {
  return page.$$eval(".sbx-kpi", (cards) =>
    Object.fromEntries(
      cards.map((c) => [
        c.getAttribute("data-metric"),
        c.getAttribute("data-value") === "" ? null : Number(c.getAttribute("data-value")),
      ]),
    ),
  );
}

async function stageSpans(page: Page) {
  return page.$$eval(".sbx-stage-spans li", (items) =>
    items.map((li) => ({
      stage: li.getAttribute("data-stage"),
      from: Number(li.getAttribute("data-from")),
    })),
  );
}

/** Moves a slider with the keyboard, as a person would (opening its group first if it is closed). */
async function nudge(page: Page, lever: string, steps: number) {
  const closed = page.locator(`details:not([open]):has([data-lever=${lever}]) > summary`);
  if (await closed.count()) await closed.click();
  const slider = page.locator(`[data-lever=${lever}] input[type=range]`);
  await slider.focus();
  for (let i = 0; i < Math.abs(steps); i++)
    await page.keyboard.press(steps > 0 ? "ArrowRight" : "ArrowLeft");
}

/** The cold-start fixture assignment, with a title, instructions and a due date of its own. */
const cold: AssignmentInput = {
  ...assignment,
  id: "e2e-cold-start",
  title: { "zh-cn": "林姐的 26 周", en: "Ms Lin's 26 weeks" },
  instructions: { "zh-cn": "只用时间，不花钱。", en: "Time only, no money." },
  due: "2030-06-30T23:59:00+08:00",
};

describe("the growth sandbox", () => {
  it("runs the default scenario to the end with the engine's stages and final figures", async () => {
    const { page, consoleErrors, externalRequests } = await site.page("/en/sandbox/");
    await ready(page);
    const scenario = getScenario(DEFAULT_SCENARIO_ID)!;
    expect(await page.locator(".sbx-scenario select").inputValue()).toBe(DEFAULT_SCENARIO_ID);
    await expect(week(page)).resolves.toBe(`Week 0 of ${scenario.weeks}`);
    await button(page, /^Run to the end$/).click();
    await expect(week(page)).resolves.toBe(`Week ${scenario.weeks} of ${scenario.weeks}`);

    const expected = replayRun({
      modelVersion: MODEL_VERSION,
      scenario: scenario.id,
      seed: scenario.seed,
      weeks: scenario.weeks,
      decisions: [],
    });
    expect(await stageSpans(page)).toEqual(
      expected.stages.map((s) => ({ stage: s.stage, from: s.fromWeek })),
    );
    const shown = await kpis(page);
    expect(shown).toMatchObject({
      members: expected.final.members,
      dau: expected.final.dau,
      stickiness: expected.final.stickiness,
      retentionW4: expected.final.retentionW4,
      nps: expected.final.nps,
      revenue: expected.final.revenue,
    });
    // The event log holds what the engine logged, in English, with a module to read.
    expect(await page.locator(".sbx-event").count()).toBe(expected.events.length);
    if (expected.events.length) {
      await expect(page.locator(".sbx-event-text").last().textContent()).resolves.toBe(
        eventText(makeT(dictionary("en")), expected.events[0]!),
      );
      expect(await page.locator(".sbx-event a[href^='/en/modules/']").count()).toBe(
        expected.events.length,
      );
    }
    // Every chart has its table.
    await page.locator(".sbx-chart[data-chart=members] summary").click();
    // The table is drawn when its disclosure opens.
    await expect
      .poll(() => page.locator(".sbx-chart[data-chart=members] tbody tr").count())
      .toBe(scenario.weeks + 1);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it("records a lever changed mid-run as a decision with a marker, and undoes it with the week", async () => {
    const { page, consoleErrors } = await site.page("/en/sandbox/");
    await ready(page);
    for (let i = 0; i < 5; i++) await button(page, /^Step one week$/).click();
    await expect(week(page)).resolves.toBe("Week 5 of 52");
    await expect(page.locator(".sbx-lever-hint").textContent()).resolves.toContain("week 6");
    await nudge(page, "postsPerDay", 2);
    await expect(page.locator(".sbx-decisions li[data-week='6']").textContent()).resolves.toMatch(
      /From week 6.*Posts a day: 3 posts\/day → 4 posts\/day/,
    );
    await expect(page.locator("[data-lever=postsPerDay] .sbx-badge").textContent()).resolves.toBe(
      "Next week",
    );
    await button(page, /^Step one week$/).click();
    await expect(page.locator(".sbx-marker-list").getAttribute("data-weeks")).resolves.toBe("6");
    await expect(page.locator("[data-lever=postsPerDay] output").textContent()).resolves.toBe(
      "4 posts/day",
    );

    await button(page, /^Undo last week$/).click();
    await button(page, /^Undo last week$/).click();
    await expect(week(page)).resolves.toBe("Week 4 of 52");
    expect(await page.locator(".sbx-decisions li").count()).toBe(0);
    expect(await page.locator(".sbx-marker-list").count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("reproduces the identical run from its share link, and survives a reload", async () => {
    const { page, consoleErrors } = await site.page("/zh-cn/sandbox/");
    await ready(page);
    await page.locator(".sbx-scenario select").selectOption("discord-indie-game");
    await page.locator(".sbx-seed input").fill("4242");
    await page.locator(".sbx-seed input").press("Enter");
    await nudge(page, "eventsPerWeek", 1);
    for (let i = 0; i < 8; i++) await button(page, /^前进一周$/).click();
    await page.locator("[data-lever=rules] input[value=strict]").check();
    await button(page, /^运行到结束$/).click();
    const figures = await kpis(page);
    const stages = await stageSpans(page);
    const link = await page.locator(".sbx-share-url").inputValue();
    expect(link).toMatch(/\/zh-cn\/sandbox\/#run=[A-Za-z0-9_-]+$/);
    expect(decodeShare(link)).toMatchObject({ ok: true, value: { modelVersion: MODEL_VERSION } });

    await page.reload();
    await ready(page);
    expect(await kpis(page)).toEqual(figures);
    await page.context().close();

    const shared = await site.page(new URL(link).pathname + new URL(link).hash);
    await ready(shared.page);
    await expect(shared.page.locator("[data-notice=opened]").textContent()).resolves.toContain(
      "已打开分享的运行",
    );
    expect(await shared.page.locator(".sbx-scenario select").inputValue()).toBe(
      "discord-indie-game",
    );
    expect(await shared.page.locator(".sbx-seed input").inputValue()).toBe("4242");
    expect(await kpis(shared.page)).toEqual(figures);
    expect(await stageSpans(shared.page)).toEqual(stages);
    // The link has done its work: a reload resumes the same run from the browser's copy.
    expect(new URL(shared.page.url()).hash).toBe("");
    expect(consoleErrors).toEqual([]);
    expect(shared.consoleErrors).toEqual([]);
    await shared.context.close();
  });

  it("locks an assignment's levers and hands in a file the verifier accepts", async () => {
    const { page, consoleErrors } = await site.page(assignmentUrl("en", cold));
    await ready(page);
    await expect(page.locator(".sbx-challenge h2").textContent()).resolves.toBe(
      "Ms Lin's 26 weeks",
    );
    await expect(page.locator(".sbx-challenge .sbx-meta").textContent()).resolves.toMatch(
      /Due 30 June 2030/,
    );
    for (const lever of ["adBudget", "monetization"]) {
      await expect(page.locator(`[data-lever=${lever}] input`).isDisabled()).resolves.toBe(true);
      await expect(
        page.locator(`[data-lever=${lever}] .sbx-badge-lock`).textContent(),
      ).resolves.toBe("Locked");
    }
    await expect(
      page.locator("[data-lever=referral]").evaluate((f) => (f as HTMLFieldSetElement).disabled),
    ).resolves.toBe(true);
    await expect(page.locator(".sbx-scenario select").isDisabled()).resolves.toBe(true);
    expect(await page.locator(".sbx-goal").count()).toBe(2);

    await nudge(page, "replyCoverage", 6);
    for (let i = 0; i < 4; i++) await button(page, /^Step one week$/).click();
    await nudge(page, "eventsPerWeek", 1);
    await expect(button(page, /^Submit/).isDisabled()).resolves.toBe(true);
    await button(page, /^Run to the end$/).click();
    // Submitting without a name says what is missing and puts the cursor there.
    const nameField = page.getByLabel("Your name (goes into the submission file)");
    await button(page, /^Submit/).click();
    await expect(page.locator("#sbx-name-needed").textContent()).resolves.toContain(
      "Enter your name above first",
    );
    await expect(nameField.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(nameField.getAttribute("aria-invalid")).resolves.toBe("true");
    // A typed name is enough: Submit takes it without a separate Save.
    await nameField.fill("Li Lei");
    await expect(page.locator("#sbx-name-needed").count()).resolves.toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button(page, /^Submit/).click(),
    ]);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^e2e-cold-start-Li-Lei-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.locator(".sbx-submitted").textContent()).resolves.toMatch(/Downloaded/);

    const submission = JSON.parse(readFileSync(file, "utf8"));
    expect(submission.learner).toEqual({ name: "Li Lei" });
    expect(submission.run.decisions[0]).toEqual({ week: 0, set: cold.locked });
    const assignmentFile = join(work, "assignment.json");
    writeFileSync(assignmentFile, JSON.stringify(cold));
    const cli = spawnSync(
      "npx",
      ["tsx", "src/cli/verify.ts", file, "--assignment", assignmentFile],
      { encoding: "utf8" },
    );
    expect(cli.stdout).toContain("verified");
    expect(cli.status).toBe(0);

    // The name is asked once and remembered.
    await page.reload();
    await ready(page);
    await expect(page.locator(".sbx-submit").textContent()).resolves.toContain(
      "Submitting as Li Lei",
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("records a module's challenge in the learner's progress", async () => {
    const { page, consoleErrors } = await site.page("/en/sandbox/?assignment=04-cold-start");
    await ready(page);
    await expect(page.locator(".sbx-challenge .sbx-meta").textContent()).resolves.toContain(
      "Self-paced",
    );
    await button(page, /^Run to the end$/).click();
    await page.getByLabel("Your name (goes into the submission file)").fill("韩梅梅");
    await button(page, /^Save$/).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      button(page, /^Submit/).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^module-04-cold-start-韩梅梅-/);
    await expect(page.locator(".sbx-submitted").textContent()).resolves.toContain(
      "The result is in your progress.",
    );
    const progress = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("col:v1:progress") ?? "{}"),
    );
    const results = progress.modules["04-cold-start"].assignmentResults;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ kind: "simulation" });
    expect(results[0].score).toBeGreaterThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("shows a learner's submitted run read-only", async () => {
    const run = {
      modelVersion: MODEL_VERSION,
      scenario: "wechat-parents",
      seed: 2024,
      weeks: 26,
      decisions: [{ week: 0, set: { adBudget: 0, referral: "off" as const, monetization: 0 } }],
    };
    const { page, consoleErrors } = await site.page(
      reviewUrl("en", { learner: { name: "Wang Fang" }, run, assignment: cold }),
    );
    await ready(page);
    await expect(page.locator("[data-notice=review]").textContent()).resolves.toContain(
      "Wang Fang's submitted run (read-only)",
    );
    await expect(week(page)).resolves.toBe("Week 26 of 26");
    await expect(page.locator("[data-lever=postsPerDay] input").isDisabled()).resolves.toBe(true);
    await expect(button(page, /^Step one week$/).isDisabled()).resolves.toBe(true);
    const expected = replayRun(run);
    expect((await kpis(page)).members).toBe(expected.final.members);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("draws Monte Carlo bands from a worker, keeps the page responsive, and cancels", async () => {
    // The worker's final answers can be held back (see holdWorkerResults) so that a computation is
    // still under way whenever the test clicks Cancel, however fast the machine runs the engine.
    const context = await site.newContext();
    await context.addInitScript(holdWorkerResults);
    const { page, consoleErrors } = await site.page("/en/sandbox/", { context });
    await ready(page);
    await page.locator(".sbx-mc select").selectOption("50");
    await page.getByLabel("Show Monte Carlo bands").check();
    await page.locator(".sbx-mc-table").waitFor({ timeout: 150_000 });
    await expect(page.locator(".sbx-charts").getAttribute("data-bands")).resolves.toBe("on");
    await expect(page.locator(".sbx-mc-table caption").textContent()).resolves.toContain(
      "over 50 seeds",
    );
    expect(await page.locator(".sbx-mc-table tbody tr").count()).toBeGreaterThanOrEqual(4);

    // More seeds start a new computation, which can be cancelled…
    await page.evaluate(() => (window as unknown as HeldWorkers).__holdResults(true));
    await page.locator(".sbx-mc select").selectOption("500");
    await page.locator(".sbx-mc progress").waitFor();
    await expect(page.locator(".sbx-charts").getAttribute("data-bands")).resolves.toBe("off");
    await button(page, /^Cancel$/).click();
    await expect(page.locator(".sbx-mc-cancelled").textContent()).resolves.toContain("Cancelled.");
    await expect(page.locator(".sbx-mc progress").count()).resolves.toBe(0);
    // …and while one runs, the page still answers.
    await button(page, /^Compute again$/).click();
    await page.locator(".sbx-mc progress").waitFor();
    await button(page, /^Step one week$/).click();
    await expect(week(page)).resolves.toBe("Week 1 of 52");
    // The worker gets through all 500 runs; its answer is the part held back.
    await expect
      .poll(() => page.locator(".sbx-mc progress").getAttribute("value"), { timeout: 150_000 })
      .toBe("100");
    await button(page, /^Cancel$/).click();
    await expect(page.locator(".sbx-mc-cancelled").textContent()).resolves.toContain("Cancelled.");
    await expect(page.locator(".sbx-mc progress").count()).resolves.toBe(0);
    // Let answers through again: the 500-seed bands arrive and replace the cancelled notice.
    await page.evaluate(() => (window as unknown as HeldWorkers).__holdResults(false));
    await button(page, /^Compute again$/).click();
    await expect
      .poll(() => page.locator(".sbx-mc-table caption").textContent(), { timeout: 150_000 })
      .toContain("over 500 seeds");
    await expect(page.locator(".sbx-mc-cancelled").count()).resolves.toBe(0);
    await expect(page.locator(".sbx-charts").getAttribute("data-bands")).resolves.toBe("on");
    // The members chart's table says what its band says, week by week.
    await page.locator(".sbx-chart[data-chart=members] summary").click();
    await expect(
      page.locator(".sbx-chart[data-chart=members] thead th").allTextContents(),
    ).resolves.toEqual(expect.arrayContaining(["Members: p10–p90", "Members: median"]));
    await expect(
      page
        .locator(".sbx-chart[data-chart=members] tbody tr")
        .nth(1)
        .locator("td")
        .nth(6)
        .textContent(),
    ).resolves.toMatch(/^[\d,]+–[\d,]+$/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it("compares a pinned run A with run B and explains the outcome lever by lever", async () => {
    const { page, consoleErrors } = await site.page("/en/sandbox/");
    await ready(page);
    await button(page, /^Run to the end$/).click();
    await button(page, /^Pin as A$/).click();
    await button(page, /^Start B from week 0$/).click();
    await nudge(page, "replyCoverage", 6);
    await button(page, /^Run to the end$/).click();
    await expect(page.locator(".sbx-charts").getAttribute("data-compare")).resolves.toBe("on");
    const rows = page.locator(".sbx-compare-table tbody tr");
    expect(await rows.count()).toBe(3);
    const a = Number((await kpis(page)).members);
    expect(a).toBeGreaterThan(0);
    await expect(rows.first().locator("td").nth(2).textContent()).resolves.toMatch(/^[+−±]/);

    await page.locator(".sbx-sens select").selectOption("members");
    await button(page, /^Analyse$/).click();
    await page.locator(".sbx-sens table").waitFor({ state: "attached", timeout: 150_000 });
    await page.locator(".sbx-sens summary").click();
    // One row per lever a learner can move (every lever but the one-off transform; none locked).
    expect(await page.locator(".sbx-sens tbody tr").count()).toBe(
      LEVERS.filter((l) => l.kind !== "action").length,
    );
    await expect(
      page.locator(".sbx-sens tbody tr[data-lever=replyCoverage] td").first().textContent(),
    ).resolves.toMatch(/^[+−±]|At its limit/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it.each([
    [
      "an en run link with stray characters",
      "en",
      "#run=not$base64",
      "This share link could not be opened",
      "characters that do not belong",
    ],
    [
      "a zh-cn run link cut short",
      "zh-cn",
      "#run=" + toBase64Url('{"v":1,"scenario":"coffee-members"'),
      "无法打开这个分享链接",
      "读不出来",
    ],
    [
      "an assignment link with too few weeks",
      "en",
      "#assignment=" + toBase64Url(JSON.stringify({ ...cold, weeks: 3 })),
      "This assignment link could not be opened",
      "incomplete or out of range",
    ],
    [
      "a run link naming an unknown scenario",
      "en",
      "#run=" +
        toBase64Url(
          JSON.stringify({ v: 1, scenario: "atlantis", seed: 1, weeks: 20, decisions: [] }),
        ),
      "This share link could not be opened",
      "scenario this site does not have",
    ],
  ])("%s says why and opens the sandbox as it was", async (_what, lang, hash, title, reason) => {
    const { page, consoleErrors } = await site.page(`/${lang}/sandbox/${hash}`);
    await ready(page);
    const alert = page.locator("[data-notice=link-error]");
    await expect(alert.textContent()).resolves.toContain(title);
    await expect(alert.textContent()).resolves.toContain(reason);
    expect(await page.locator(".sbx-scenario select").inputValue()).toBe(DEFAULT_SCENARIO_ID);
    await button(page, /^(Step one week|前进一周)$/).click();
    await expect(week(page)).resolves.toMatch(/1/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["zh-cn", "这个链接是用模拟模型 col-sim-0.9.0 运行的", "已打开分享的运行"],
    ["en", "This link was run with simulation model col-sim-0.9.0", "Opened the shared run."],
  ])(
    "%s: a run link from another model version opens with a warning",
    async (lang, warning, opened) => {
      const run = { scenario: "coffee-members", seed: 11, weeks: 20, decisions: [] };
      const hash =
        "#run=" + toBase64Url(JSON.stringify({ v: 1, modelVersion: "col-sim-0.9.0", ...run }));
      const { page, consoleErrors } = await site.page(`/${lang}/sandbox/${hash}`);
      await ready(page);
      const notice = page.locator("[data-notice=opened]");
      await expect(notice.textContent()).resolves.toContain(opened);
      await expect(notice.locator("[data-other-model]").textContent()).resolves.toContain(warning);
      await expect(notice.textContent()).resolves.toContain(MODEL_VERSION);
      expect(await page.locator(".sbx-scenario select").inputValue()).toBe("coffee-members");
      expect((await kpis(page)).members).toBe(
        replayRun({ modelVersion: MODEL_VERSION, ...run }).final.members,
      );
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    },
  );

  it("names a run's origin only as plain text it can vouch for", async () => {
    const run = { v: 1, scenario: "coffee-members", seed: 11, weeks: 20, decisions: [] };
    const link = (origin: unknown) => "#run=" + toBase64Url(JSON.stringify({ ...run, origin }));
    const markup = "<img src=x onerror=alert(1)>";
    const { page, consoleErrors } = await site.page(
      `/en/sandbox/${link({ kind: "plan", name: markup })}`,
    );
    await ready(page);
    const notice = page.locator("[data-notice=opened]");
    await expect(notice.textContent()).resolves.toContain(
      `This run comes from your plan “${markup}” in the planner.`,
    );
    expect(await notice.locator("img").count()).toBe(0);
    // A module this course does not have reads as what it is: a shared run.
    await page.evaluate((hash) => (location.hash = hash), link({ kind: "module", module: "x-9" }));
    await expect.poll(() => notice.textContent()).toContain("Opened the shared run.");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("keeps an unreadable saved sandbox aside and says so", async () => {
    const context = await site.newContext();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(
          "col:v1:sandbox",
          '{"format":"community-ops-lab/sandbox","version":1,"current":',
        );
        sessionStorage.setItem("seeded", "1");
      }
    });
    const { page, consoleErrors } = await site.page("/en/sandbox/", { context });
    await ready(page);
    await expect(page.locator("[data-notice=recovery]").textContent()).resolves.toContain(
      "The saved sandbox could not be read",
    );
    await expect(page.locator("[data-notice=recovery] a[download]").count()).resolves.toBe(1);
    expect(await page.evaluate(() => localStorage.getItem("col:v1:sandbox:backup-1"))).toContain(
      '"current":',
    );
    await expect(week(page)).resolves.toBe("Week 0 of 52");
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it("the compact sandbox in a module runs on its own and opens the full sandbox at the same state", async () => {
    const { page, consoleErrors, externalRequests } = await site.page("/en/modules/cold-start/");
    const loaded: string[] = [];
    page.on("request", (r) => loaded.push(r.url()));
    const compact = page.locator(".sbx-compact");
    await compact.scrollIntoViewIfNeeded();
    await compact.locator("[data-lever=replyCoverage] input").waitFor();
    await page.waitForFunction(
      () => !document.querySelector(".sbx-compact")?.closest("astro-island")?.hasAttribute("ssr"),
    );
    const before = Number(await compact.locator("[data-metric=wau]").getAttribute("data-value"));
    await nudge(page, "replyCoverage", 6);
    await expect(compact.locator(".sbx-compact-delta").first().textContent()).resolves.toMatch(
      /vs the scenario's levers/,
    );
    const wau = Number(await compact.locator("[data-metric=wau]").getAttribute("data-value"));
    expect(wau).not.toBe(before);
    // The figures the cold-start exercise is graded on: WAU, week-4 retention and the hours used.
    await expect(compact.locator(".sbx-compact-kpis dt").allTextContents()).resolves.toEqual([
      "WAU",
      "Week-4 retention",
      "Hours used this week",
    ]);
    await expect(
      compact.locator("[data-metric=retentionW4] .sbx-compact-value").textContent(),
    ).resolves.toMatch(/^\d+(\.\d)?%$/);
    expect(loaded.some((u) => /chart\./.test(u))).toBe(false);

    const retention = Number(
      await compact.locator("[data-metric=retentionW4]").getAttribute("data-value"),
    );
    // The sparkline has axes: members from 0 up, every label different, and the weeks.
    const valueLabels = await compact.locator("[data-axis=values] text").allTextContents();
    expect(valueLabels[0]).toBe("0");
    expect(new Set(valueLabels).size).toBe(valueLabels.length);
    await expect(compact.locator("[data-axis=weeks] text").allTextContents()).resolves.toEqual([
      "0",
      "10",
      "20",
      "26",
      "Week",
    ]);
    await compact.getByRole("link", { name: "Open in the full sandbox" }).click();
    await page.waitForURL("**/en/sandbox/**");
    await ready(page);
    // The banner says where the run came from: this module's embed, by the course's title.
    await expect(page.locator("[data-notice=opened]").textContent()).resolves.toContain(
      "This run comes from the sandbox embedded in module 4, “Cold start”.",
    );
    expect(await page.locator(".sbx-scenario select").inputValue()).toBe("wechat-parents");
    expect((await kpis(page)).retentionW4).toBe(retention);
    await expect(page.locator(".sbx-decisions li").first().textContent()).resolves.toContain(
      "Newcomers welcomed and answered",
    );
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    await page.context().close();
  });

  it("redraws the charts in the other palette when the theme is toggled", async () => {
    const { page, consoleErrors } = await site.page("/en/sandbox/");
    await ready(page);
    await runToEnd(page);
    const pixels = () =>
      page.$eval(".sbx-chart[data-chart=nps] canvas", (c) => (c as HTMLCanvasElement).toDataURL());
    await page.waitForFunction(
      () => (document.querySelector(".sbx-chart canvas") as HTMLCanvasElement | null)?.width,
    );
    const light = await pixels();
    await page.locator("[data-theme-toggle]").click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("dark");
    await page.waitForFunction(
      (before) =>
        (
          document.querySelector(".sbx-chart[data-chart=nps] canvas") as HTMLCanvasElement
        ).toDataURL() !== before,
      light,
    );
    expect(await pixels()).not.toBe(light);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each(["zh-cn", "en"])("has no serious accessibility problems in %s", async (lang) => {
    const { page } = await site.page(`/${lang}/sandbox/`);
    await ready(page);
    // The run controls come first in the sandbox's tab order.
    await expect(firstTabStopIn(page, ".sbx")).resolves.toBe(
      lang === "en" ? "Step one week" : "前进一周",
    );
    // Run to the end from the keyboard: the focus moves to the results, not to the page.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      lang === "en" ? "Run to the end" : "运行到结束",
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("sbx-results");
    await page.locator(".sbx-chart summary").first().click();
    expect(await site.axe(page)).toEqual([]);
    await page.context().close();
  });

  it.each(VIEWS)("looks right in %s, %s, %ipx (screenshot)", async (lang, colorScheme, width) => {
    const { page, consoleErrors } = await site.page(`/${lang}/sandbox/`, { colorScheme, width });
    await ready(page);
    for (let i = 0; i < 6; i++) await page.locator(".sbx-run-buttons .btn-primary").click();
    await nudge(page, "postsPerDay", 2);
    await runToEnd(page);
    await shot(page, `sandbox-${lang}-${colorScheme}-${width}`, { fullPage: true });
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
