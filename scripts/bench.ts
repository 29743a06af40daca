/**
 * `npm run bench`: timings and sizes on this machine, against the project's goals. Tests never
 * time anything; this script is where speed is measured. To add a line, append a measurement to
 * MEASUREMENTS: a name, a goal, and a function returning the measured value.
 */
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { buildSubmission } from "../src/grading/submission";
import { verifySubmission } from "../src/grading/verify";
import { MODEL_VERSION, derivedSeed, type Run } from "../src/sim/index";
import { benchGradebook, builtSite } from "./bench-gradebook";
import { DEFAULT_SCENARIO_ID, getScenario, monteCarloRun, replayRun } from "../src/lib/scenarios";

interface Measurement {
  name: string;
  unit: "ms" | "kB";
  /** The goal: the measured value must not exceed it. */
  goal: number;
  measure: () => Promise<number> | number;
}

const scenario = getScenario(DEFAULT_SCENARIO_ID);
if (!scenario) throw new Error("no default scenario");
const baseRun: Run = {
  modelVersion: MODEL_VERSION,
  scenario: scenario.id,
  seed: scenario.seed,
  weeks: 52,
  decisions: [{ week: 10, set: { eventsPerWeek: 3 } }],
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** CPU time per call of the last `time()`: on a shared machine it says more than wall time. */
let lastCpu: number | null = null;

/** Reads (and clears) the CPU time the last timed measurement recorded. */
function cpuOfLastTiming(): number | null {
  const cpu = lastCpu;
  lastCpu = null;
  return cpu;
}

/** Median wall time of `fn` over `times` calls, after `warm` unmeasured calls (also sets lastCpu). */
function time(fn: (i: number) => void, times: number, warm: number): number {
  for (let i = 0; i < warm; i++) fn(i);
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  lastCpu = (cpu.user + cpu.system) / 1000 / times;
  return median(samples);
}

async function gzippedKb(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts", sourcefile: "bench-entry.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length / 1024;
}

const MEASUREMENTS: Measurement[] = [
  {
    name: `one 52-week run (${DEFAULT_SCENARIO_ID})`,
    unit: "ms",
    goal: 1,
    // V8 takes several hundred runs to finish optimising step(); time the steady state after it.
    // Seeds as Monte Carlo derives them (up to ten digits), not 0, 1, 2…: short seeds are quicker to hash.
    measure: () =>
      time((i) => replayRun({ ...baseRun, seed: derivedSeed(baseRun.seed, i + 1) }), 500, 1000),
  },
  {
    name: "Monte Carlo, 200 seeds × 52 weeks",
    unit: "ms",
    goal: 300,
    measure: () => time(() => monteCarloRun(baseRun, { runs: 200 }), 7, 2),
  },
  {
    name: "verify 500 submissions",
    unit: "ms",
    goal: 2000,
    measure: () => {
      const files = Array.from({ length: 500 }, (_, i) =>
        JSON.stringify(
          buildSubmission({
            run: { ...baseRun, seed: 1000 + i },
            learner: { name: `learner ${i}` },
            createdAt: "2025-03-10T12:00:00.000Z",
          }),
        ),
      );
      return time(
        () => {
          for (const file of files) {
            if (verifySubmission(file).status !== "verified")
              throw new Error("a bench submission did not verify");
          }
        },
        3,
        1,
      );
    },
  },
  {
    name: "engine core (init/step/replay/hash), min+gz",
    unit: "kB",
    goal: 15,
    measure: () =>
      gzippedKb(
        [
          'export { init, step, summarize, scenarioLevers } from "./src/sim/engine";',
          'export { replayWith } from "./src/sim/replay";',
          'export { chainHash } from "./src/sim/hash";',
          'export { MODEL_VERSION } from "./src/sim/parameters";',
        ].join("\n"),
      ),
  },
  {
    name: "whole public API with the six scenarios (src/sim/index.ts), min+gz",
    unit: "kB",
    goal: 30,
    measure: () => gzippedKb('export * from "./src/sim/index";'),
  },
  {
    name: "sandbox: a lever changed at week 1 of a 52-week run (replay, chart data, six chart configs)",
    unit: "ms",
    goal: 50,
    measure: async () => {
      const { advance, timelineResult } = await import("../src/sandbox/runner");
      const { seriesOf } = await import("../src/sandbox/view");
      const charts = await import("../src/lib/charts/sandbox");
      const names = new Proxy({} as import("../src/lib/charts/sandbox").SandboxChartNames, {
        get: (_t, key) => (key === "runA" ? (what: string) => `A: ${what}` : String(key)),
      });
      const colors = {
        fg: "#000",
        muted: "#555",
        grid: "#ccc",
        series: ["#1", "#2", "#3", "#4", "#5", "#6"],
        fill: ["#1", "#2", "#3", "#4", "#5"],
        stage: { start: "#a", growth: "#b", maturity: "#c", decline: "#d" },
        marker: "#000",
        band: "#eee",
        bandEdge: "#000",
        compare: "#000",
      };
      const finished = advance(null, scenario, baseRun.seed, baseRun.decisions, 52);
      return time(
        (i) => {
          const decisions = [...baseRun.decisions, { week: 1, set: { postsPerDay: 2 + (i % 4) } }];
          const timeline = advance(finished, scenario, baseRun.seed, decisions, 52);
          const result = timelineResult(timeline);
          const rows = timeline.states.map((s) => s.metrics);
          const series = seriesOf(rows, 52, result.stages, decisions);
          for (const id of charts.SANDBOX_CHARTS)
            charts.sandboxChartConfig(id, { series, names, colors, format: (_k, v) => String(v) });
        },
        50,
        10,
      );
    },
  },
  // The gradebook in Chromium against a built site (COL_OUT or dist/); skipped when there is none.
  ...(builtSite()
    ? [
        {
          name: "gradebook: 500 submissions verified and shown in Chromium",
          unit: "ms" as const,
          goal: 5000,
          measure: async () => (await benchGradebook(500)).totalMs,
        },
      ]
    : []),
];

const rows: string[][] = [["measurement", "result", "goal", "", "cpu time"]];
let over = 0;
for (const m of MEASUREMENTS) {
  const value = await m.measure();
  const cpu = cpuOfLastTiming();
  const ok = value <= m.goal;
  if (!ok) over += 1;
  const digits = m.unit === "kB" ? 1 : value < 10 ? 3 : 0;
  rows.push([
    m.name,
    `${value.toFixed(digits)} ${m.unit}`,
    `≤ ${m.goal} ${m.unit}`,
    ok ? "ok" : "OVER",
    cpu === null ? "" : `${cpu.toFixed(cpu < 10 ? 3 : 0)} ms`,
  ]);
}
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
process.stdout.write(`model ${MODEL_VERSION} · node ${process.version}\n`);
for (const r of rows)
  process.stdout.write(
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd() + "\n",
  );
process.stdout.write(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      " ",
    )} on ${cpus().length} cores; "cpu time" is this process's CPU per call, which contention inflates less than wall time\n`,
);
if (over)
  process.stdout.write(
    `${over} measurement${over === 1 ? "" : "s"} over the goal on this machine\n`,
  );
