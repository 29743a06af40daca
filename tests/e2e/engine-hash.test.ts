/**
 * Exact replay across JavaScript engines: the engine bundled for the browser computes, in
 * Chromium, the same hash and numbers as Node does for the same runs (shared/SIM.md, "Randomness
 * and exact replay"). Needs no built site: the engine and the scenarios (src/lib/scenarios.ts)
 * are bundled and injected into a blank page.
 */
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODEL_VERSION, type Run } from "../../src/sim/index";
import { launchChromium } from "./harness";
import { monteCarloRun, replayRun } from "../../src/lib/scenarios";

const runs: Run[] = [
  { modelVersion: MODEL_VERSION, scenario: "coffee-members", seed: 7, weeks: 52, decisions: [] },
  {
    modelVersion: MODEL_VERSION,
    scenario: "discord-indie-game",
    seed: 123456,
    weeks: 40,
    decisions: [
      { week: 0, set: { referral: "aggressive", antiCheat: false, adBudget: 900 } },
      { week: 12, set: { monetization: 0.7, crisisResponseMinutes: 30 } },
    ],
  },
  {
    modelVersion: MODEL_VERSION,
    scenario: "rescue-tidelight",
    seed: 2,
    weeks: 52,
    decisions: [
      { week: 4, set: { transform: "theme" } },
      { week: 20, set: { transform: "crowd" } },
    ],
  },
  {
    modelVersion: MODEL_VERSION,
    scenario: "wechat-parents",
    seed: 0,
    weeks: 104,
    decisions: [{ week: 30, set: { postsPerDay: 9.5, eventsPerWeek: 5 } }],
  },
  {
    modelVersion: MODEL_VERSION,
    scenario: "zsxq-ux-circle",
    seed: 2147483647,
    weeks: 8,
    decisions: [],
  },
  {
    modelVersion: MODEL_VERSION,
    scenario: "xhs-beauty-creator",
    seed: 42,
    weeks: 52,
    decisions: [{ week: 1, set: { rules: "strict", moderationHours: 40 } }],
  },
];

let browser: Browser | undefined;
let bundle = "";

beforeAll(async () => {
  const result = await build({
    entryPoints: ["src/lib/scenarios.ts"],
    bundle: true,
    format: "iife",
    globalName: "ColSim",
    platform: "browser",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function blankPage() {
  if (!browser) throw new Error("Chromium did not start");
  const page = await browser.newPage();
  await page.setContent(
    "<!doctype html><html><head><title>engine</title></head><body></body></html>",
  );
  await page.addScriptTag({ content: bundle });
  return page;
}

describe("the bundled engine in Chromium", () => {
  it("replays every run to the same hash, final metrics and stages as Node", async () => {
    const page = await blankPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    type Sim = {
      replayRun: (run: Run) => { hash: string; final: unknown; stages: unknown; weeks: unknown[] };
    };
    const inBrowser = await page.evaluate((list) => {
      const sim = (window as unknown as { ColSim: Sim }).ColSim;
      return list.map((run) => {
        const r = sim.replayRun(run);
        return { hash: r.hash, final: r.final, stages: r.stages, week8: r.weeks[7] };
      });
    }, runs);
    const inNode = runs.map((run) => {
      const r = replayRun(run);
      return { hash: r.hash, final: r.final, stages: r.stages, week8: r.weeks[7] };
    });
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);
    expect(new Set(inNode.map((r) => r.hash)).size).toBe(runs.length);
  });

  it("gives the same Monte Carlo percentiles", async () => {
    const page = await blankPage();
    const run = runs[1] as Run;
    type Sim = {
      monteCarloRun: (run: Run, options: { runs: number }) => { final: unknown; seeds: number[] };
    };
    const inBrowser = await page.evaluate((r) => {
      const mc = (window as unknown as { ColSim: Sim }).ColSim.monteCarloRun(r, { runs: 12 });
      return { final: mc.final, seeds: mc.seeds };
    }, run);
    const mc = monteCarloRun(run, { runs: 12 });
    expect(inBrowser).toEqual({ final: mc.final, seeds: mc.seeds });
  });
});
