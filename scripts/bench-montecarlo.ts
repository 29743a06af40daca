/**
 * Monte Carlo in a real browser: the built sandbox page (Debian Chromium, headless) opened on the
 * run `npm run bench` times in Node, the "Show Monte Carlo bands" box clicked, and the time taken
 * from the click to the frame that shows the bands drawn on the charts.
 *
 *   npm run build && npx tsx scripts/bench-montecarlo.ts [--runs 200] [--repeats 3]
 *
 * Two figures: the first click on a freshly opened page, 3 s after it has loaded, and the median
 * of clicks after the page has already computed bands once (what a learner waits for each time
 * they look again after changing something). `npm run bench` includes both, with their
 * ratio to the Node figure, when a built site is there.
 */
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { sandboxUrl } from "../src/lib/share-url";
import { DEFAULT_SCENARIO_ID, getScenario } from "../src/lib/scenarios";
import { MODEL_VERSION, type Run } from "../src/sim/index";
import { serveStatic } from "../tests/e2e/server";
import { builtSite, launchBenchChromium, pollPage } from "./bench-browser";

const scenario = getScenario(DEFAULT_SCENARIO_ID);
if (!scenario) throw new Error("no default scenario");

/** The run both benchmarks time: the default scenario, 52 weeks, one lever changed in week 10. */
export const BENCH_RUN: Run = {
  modelVersion: MODEL_VERSION,
  scenario: scenario.id,
  seed: scenario.seed,
  weeks: 52,
  decisions: [{ week: 10, set: { eventsPerWeek: 3 } }],
};

const SANDBOX_PAGE = "en/sandbox/index.html";

/** How long after the page has loaded the first click comes. */
export const SETTLE_MS = 3000;

/**
 * Runs in the page before its own code (as text, so no bundler helpers leak in). Notes the click
 * on the Monte Carlo box, every animation frame after it, and the last moment anything was drawn
 * on a chart canvas while the charts show bands (Chart.js paints bands and lines with fill and
 * stroke). The bands are on screen in the first frame after that last drawing call.
 */
const PROBE = `(function () {
  var bench = { start: null, lastDraw: 0, frames: [], asked: 0, answered: 0 };
  bench.reset = function () {
    bench.start = null; bench.lastDraw = 0; bench.frames = []; bench.asked = 0; bench.answered = 0;
  };
  window.__mcBench = bench;
  var Native = window.Worker;
  window.Worker = function (url, options) {
    var worker = new Native(url, options);
    var post = worker.postMessage;
    worker.postMessage = function (message) {
      if (bench.start !== null && !bench.asked) bench.asked = performance.now();
      return post.apply(worker, arguments);
    };
    worker.addEventListener("message", function (e) {
      if (bench.start !== null && e.data && e.data.type !== "progress") bench.answered = performance.now();
    });
    return worker;
  };
  function note(ctx) {
    if (bench.start === null || !ctx.canvas || !ctx.canvas.closest) return;
    var charts = ctx.canvas.closest(".sbx-charts");
    if (charts && charts.getAttribute("data-bands") === "on") bench.lastDraw = performance.now();
  }
  var proto = CanvasRenderingContext2D.prototype;
  ["fill", "stroke", "fillRect", "drawImage"].forEach(function (name) {
    var original = proto[name];
    proto[name] = function () { note(this); return original.apply(this, arguments); };
  });
  document.addEventListener("click", function (e) {
    var box = e.target && e.target.closest && e.target.closest(".sbx-mc input[type=checkbox]");
    if (box && !box.checked) return;
    if (box) bench.start = e.timeStamp;
  }, true);
  function frame(now) {
    if (bench.start !== null) bench.frames.push(now);
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();`;

/** True once the bands are drawn and nothing has been drawn for a moment (the drawing is over). */
const SETTLED = (runs: number) => `(function () {
  var b = window.__mcBench;
  var caption = document.querySelector(".sbx-mc-table caption");
  return b.start !== null && b.lastDraw > b.start && performance.now() - b.lastDraw > 400 &&
    !!caption && caption.textContent.indexOf("${runs} ") >= 0 &&
    b.frames.some(function (t) { return t > b.lastDraw; });
})()`;

/** Click to bands drawn, and within it when the page asked the worker and when the answer came. */
const ELAPSED = `(function () {
  var b = window.__mcBench;
  var end = b.frames.find(function (t) { return t > b.lastDraw; });
  return { total: end - b.start, asked: b.asked - b.start, answered: b.answered - b.start };
})()`;
export interface Timing {
  total: number;
  asked: number;
  answered: number;
}

async function selectRuns(page: Page, runs: number): Promise<void> {
  await page.locator(".sbx-mc select").selectOption(String(runs));
}

/** Clicks the box and returns the time to the drawn bands of `runs` seeds. */
async function clickToBands(page: Page, runs: number): Promise<Timing> {
  await page.evaluate("window.__mcBench.reset()");
  await page.getByRole("checkbox", { name: "Show Monte Carlo bands" }).check();
  await pollPage((e) => page.evaluate(e), SETTLED(runs), "the bands were not drawn");
  return (await page.evaluate(ELAPSED)) as Timing;
}

export interface MonteCarloBench {
  runs: number;
  /** Click to drawn bands on a freshly opened page. */
  first: Timing;
  /** The median (by total) of clicks after the page has computed bands before. */
  again: Timing;
  againSamples: number[];
}

/** The sample with the median total (the lower middle one of an even count). */
const medianTiming = (xs: Timing[]): Timing => {
  const sorted = [...xs].sort((a, b) => a.total - b.total);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Timing;
};

export function sandboxBuilt(): string | null {
  return builtSite(SANDBOX_PAGE);
}

export async function benchMonteCarlo(runs = 200, repeats = 3): Promise<MonteCarloBench> {
  const dist = sandboxBuilt();
  if (!dist)
    throw new Error("no built sandbox page: run `npm run build` first (COL_OUT picks the folder)");
  const { server, url } = await serveStatic(dist);
  const browser = await launchBenchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-GB",
      serviceWorkers: "block",
    });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(url + sandboxUrl("en", BENCH_RUN));
    await page.locator(".sbx[data-ready]").waitFor();
    await page.locator(".sbx-charts canvas").first().waitFor();
    await page.waitForLoadState("networkidle");
    // A learner looks at the page for a moment before asking for bands: the charts' first draws
    // finish, and the page's idle-time work (its worker's warm-up) with them.
    await page.waitForTimeout(SETTLE_MS);
    await selectRuns(page, runs);
    const first = await clickToBands(page, runs);
    const againSamples: Timing[] = [];
    const other = runs === 100 ? 50 : 100;
    for (let i = 0; i < repeats; i++) {
      // Another count of seeds in between, so the next click computes the bands again.
      const box = page.getByRole("checkbox", { name: "Show Monte Carlo bands" });
      await box.uncheck();
      await selectRuns(page, other);
      await clickToBands(page, other);
      await box.uncheck();
      await selectRuns(page, runs);
      againSamples.push(await clickToBands(page, runs));
    }
    return {
      runs,
      first,
      again: medianTiming(againSamples),
      againSamples: againSamples.map((t) => t.total),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** A timing as text: the total, and when the worker was asked and answered. */
export function describe(t: Timing): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  return `${ms(t.total)} (worker asked at ${ms(t.asked)}, answered at ${ms(t.answered)})`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "200" },
      repeats: { type: "string", default: "3" },
    },
  });
  const r = await benchMonteCarlo(Number(values.runs), Math.max(1, Number(values.repeats) || 1));
  process.stdout.write(
    `Monte Carlo, ${r.runs} seeds × ${BENCH_RUN.weeks} weeks, click to drawn bands in Chromium:\n` +
      `  first click  ${describe(r.first)}\n` +
      `  again        ${describe(r.again)} (all: ${r.againSamples.map((x) => Math.round(x)).join(", ")} ms)\n`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
}
