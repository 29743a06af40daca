/**
 * Calibration report: runs every scenario (or the ones named) with its default levers over 200
 * seeds and prints the medians that shared/SIM.md's calibration ranges talk about. Run it after
 * changing src/sim/parameters.ts:  npx tsx scripts/calibrate.ts [scenario-id…] [--runs N]
 */
import { MODEL_VERSION, derivedSeed, percentile, type WeekMetrics } from "../src/sim/index";
import { listScenarios, replayRun } from "../src/lib/scenarios";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 200;
const only = args.filter((a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  ) ?? Number.NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (x: number, digits = 3) =>
  Number.isFinite(x) ? Number(x.toFixed(digits)).toString() : "—";

for (const scenario of listScenarios()) {
  if (only.length && !only.includes(scenario.id)) continue;
  const rows: Record<string, number[]> = {};
  const add = (k: string, v: number | null) => {
    if (v === null || !Number.isFinite(v)) return;
    (rows[k] ??= []).push(v);
  };
  const finalStages: Record<string, number> = {};
  let burnoutRuns = 0;
  let declineRuns = 0;
  for (let i = 0; i < runs; i++) {
    const seed = derivedSeed(scenario.seed, i);
    const r = replayRun({
      modelVersion: MODEL_VERSION,
      scenario: scenario.id,
      seed,
      weeks: scenario.weeks,
      decisions: [],
    });
    const weeks: WeekMetrics[] = r.weeks;
    const f = r.final;
    add("members", f.members);
    add("wau", f.wau);
    add("stickiness (median week)", median(weeks.map((w) => w.stickiness)));
    add(
      "retentionW1 (median week)",
      median(weeks.flatMap((w) => (w.retentionW1 === null ? [] : [w.retentionW1]))),
    );
    add(
      "retentionW4 (median week)",
      median(weeks.flatMap((w) => (w.retentionW4 === null ? [] : [w.retentionW4]))),
    );
    add(
      "retentionW12 (median week)",
      median(weeks.flatMap((w) => (w.retentionW12 === null ? [] : [w.retentionW12]))),
    );
    add("contributorsShare (median week)", median(weeks.map((w) => w.contributorsShare)));
    add("weeks with K < 1 (share)", mean(weeks.map((w) => (w.kFactor < 1 ? 1 : 0))));
    add("K (median week)", median(weeks.map((w) => w.kFactor)));
    add("nps", f.nps);
    add("revenue", f.revenue);
    add("spent", f.spent);
    add("hours (max week)", Math.max(...weeks.map((w) => w.hoursUsed)));
    add("spam total", f.spamIncidents);
    add(
      "joins week 1–4",
      weeks.slice(0, 4).reduce((a, w) => a + w.joins, 0),
    );
    add("dormant share", (weeks[weeks.length - 1]?.dormant ?? 0) / Math.max(1, f.members));
    const last = r.stages[r.stages.length - 1]?.stage ?? "start";
    finalStages[last] = (finalStages[last] ?? 0) + 1;
    if (r.events.some((e) => e.id === "burnout")) burnoutRuns++;
    if (r.stages.some((s) => s.stage === "decline")) declineRuns++;
  }
  console.log(`\n${scenario.id} (${runs} seeds; medians)`);
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(34)} ${fmt(median(v))}`);
  console.log(`  ${"final stage".padEnd(34)} ${JSON.stringify(finalStages)}`);
  console.log(`  ${"runs with a burnout alert".padEnd(34)} ${burnoutRuns}`);
  console.log(`  ${"runs ever in decline".padEnd(34)} ${declineRuns}`);
}
