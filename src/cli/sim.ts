/**
 * `npm run sim -- [--scenario ID] [--seed N] [--weeks W] [--set lever=value]… [--decisions FILE]
 * [--runs N] [--json] [--list] [--assignment FILE] [--submission OUT --learner NAME] [--help]`
 *
 * The stable surface of shared/SIM.md ("Commands"). Exit 0 on success, 2 on any bad input.
 */
import { statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ScenarioSchema } from "../schemas/scenario";
import type { Assignment } from "../schemas/assignment";
import { assignmentRun, buildSubmission, lockProblem } from "../grading/submission";
import { passesPercent } from "../grading/pass";
import { scoreRun } from "../grading/score";
import { learnerSeed } from "../grading/learner";
import { CURRENT_RULE, assignmentRule, judgedOverRun } from "../grading/rules";
import {
  FINAL_KEYS,
  LEVERS,
  MODEL_VERSION,
  monteCarlo,
  parseLeverValue,
  replay,
  validateDecisions,
  type Decision,
  type Levers,
  type LeverSpec,
  type ReplayResult,
  type Run,
  type Scenario,
  type WeekMetrics,
} from "../sim/index";
import { dictionary, makeT } from "../i18n";
import { eventHint, eventText, leverCost, leverLabel, leverUnit } from "../i18n/sim";
import { LEVER_CONTROLS } from "../sandbox/layout";
import {
  UsageError,
  assignmentFlag,
  command,
  flag,
  has,
  intFlag,
  readJson,
  runIfEntry,
  table,
  type Io,
  type ParsedArgs,
} from "./args";
import { DEFAULT_SCENARIO_ID, SCENARIO_IDS, getScenario, listScenarios } from "../lib/scenarios";

const FLAGS = {
  scenario: { value: true },
  seed: { value: true },
  weeks: { value: true },
  set: { value: true, repeat: true },
  decisions: { value: true },
  runs: { value: true },
  json: { value: false },
  list: { value: false },
  assignment: { value: true },
  submission: { value: true },
  learner: { value: true },
  "learner-id": { value: true },
  help: { value: false },
};

const HELP = `Community Ops Lab growth simulation (model ${MODEL_VERSION})

usage: npm run sim -- [options]

  --scenario ID        scenario to run (default: ${DEFAULT_SCENARIO_ID}); see --list
  --seed N             random seed, a whole number (default: the scenario's)
  --weeks W            weeks to simulate, 8–104 (default: the scenario's, usually 52)
  --set lever=value    set a lever from week 1; repeat for several levers
  --decisions FILE     JSON decisions: [{ "week": 10, "set": { "postsPerDay": 4 } }, …]
                       (or a run or submission file: its decisions are used)
  --runs N             Monte Carlo over N seeds derived from --seed: p10/p50/p90 of the final metrics
  --json               print one JSON object instead of the readable summary
  --list               list the scenarios and the levers with their ranges (with --json: as JSON)
  --assignment FILE    run under an assignment: its scenario, seed, weeks and locked levers
                       (with --json, the output also holds the run's "score" on its goals)
  --submission OUT     write a submission file of this run (needs --learner)
  --learner NAME       the learner's name for --submission; with an assignment that gives each
                       learner their own seed, the run uses this learner's seed
  --learner-id ID      optional student number or e-mail for --submission (the listed id, for an
                       assignment that lists its learners' ids)
  --help               this text

exit status: 0 done, 2 bad input (unknown scenario or lever, value out of range, bad file or flag)
`;

/** The summary's words are English; `--list --json` gives the levers' words in both languages. */
const en = makeT(dictionary("en"));
const zh = makeT(dictionary("zh-cn"));
const both = (word: (t: typeof en, name: string) => string, name: string) => ({
  "zh-cn": word(zh, name),
  en: word(en, name),
});
/** How the sandbox groups a lever and steps its slider (src/sandbox/layout.ts). */
const controlOf = (name: string) => LEVER_CONTROLS.find((c) => c.name === name);

function leverRange(l: LeverSpec): string {
  switch (l.kind) {
    case "number":
      return `${l.min}–${l.max}`;
    case "boolean":
      return "true | false";
    case "choice":
      return l.options.join(" | ");
    case "action":
      return `${l.options.join(" | ")} (one-off)`;
  }
}

function listCommand(json: boolean, io: Io): number {
  const scenarios = listScenarios();
  if (json) {
    const out = {
      scenarios: scenarios.map((s) => ({
        id: s.id,
        title: s.title,
        description: s.description,
        default: s.default,
        platform: s.platform,
        communityType: s.communityType,
        region: s.region,
        currency: s.currency,
        weeks: s.weeks,
        seed: s.seed,
        budget: s.budget,
        levers: s.levers,
        goals: s.goals,
      })),
      levers: LEVERS.map((l) => {
        const control = controlOf(l.name);
        return {
          ...l,
          ...(control?.step === undefined ? {} : { step: control.step }),
          group: control?.group,
          label: both(leverLabel, l.name),
          ...(l.kind === "number" ? { unit: both(leverUnit, l.name) } : {}),
          cost: both(leverCost, l.name),
        };
      }),
    };
    io.stdout(JSON.stringify(out, null, 2) + "\n");
    return 0;
  }
  const lines = [
    `Scenarios (model ${MODEL_VERSION})`,
    table(
      ["id", "title", "platform", "type", "hours/week", "money/week", ""],
      scenarios.map((s) => [
        s.id,
        s.title.en,
        s.platform,
        s.communityType,
        s.budget.hoursPerWeek,
        `${s.budget.moneyPerWeek.toLocaleString("en-US")} ${s.currency}`,
        s.default ? "(default)" : "",
      ]),
    ),
    "",
    "Levers (--set lever=value)",
    table(
      ["lever", "range", "default", "group", "module"],
      LEVERS.map((l) => [
        l.name,
        leverRange(l),
        String(l.default),
        controlOf(l.name)?.group ?? "",
        l.module,
      ]),
    ),
  ];
  io.stdout(lines.join("\n") + "\n");
  return 0;
}

function scenarioFrom(id: string): Scenario {
  const scenario = getScenario(id);
  if (!scenario)
    throw new UsageError(`unknown scenario "${id}"; valid scenarios: ${SCENARIO_IDS.join(", ")}`);
  const parsed = ScenarioSchema.safeParse(scenario);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `content/scenarios/${id}.json is broken at ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  return scenario;
}

/** `--set lever=value` flags as one decision before week 1. */
function setDecision(values: readonly string[]): Decision | null {
  if (!values.length) return null;
  const set: Record<string, unknown> = {};
  for (const item of values) {
    const eq = item.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`--set needs lever=value, e.g. --set postsPerDay=4, not "${item}"`);
    const name = item.slice(0, eq).trim();
    const { value, problems } = parseLeverValue(name, item.slice(eq + 1));
    const problem = problems[0];
    if (problem) throw new UsageError(`--set ${item}: ${problem.message}`);
    set[name] = value;
  }
  return { week: 0, set: set as Partial<Levers> };
}

/** Decisions from a file: an array, `{ decisions }`, a run, or a submission (`run.decisions`). */
function decisionsFrom(path: string, weeks: number): Decision[] {
  const data = readJson(path, "--decisions file") as Record<string, unknown> | unknown[];
  let list: unknown = data;
  if (!Array.isArray(data) && data && typeof data === "object") {
    const run = (data as { run?: { decisions?: unknown } }).run;
    list = (data as { decisions?: unknown }).decisions ?? run?.decisions;
  }
  if (!Array.isArray(list)) {
    throw new UsageError(
      `--decisions file "${path}" must hold a list of decisions like [{ "week": 10, "set": { "postsPerDay": 4 } }], or an object with "decisions"`,
    );
  }
  list.forEach((d, i) => {
    const item = d as { set?: unknown };
    if (
      !d ||
      typeof d !== "object" ||
      !item.set ||
      typeof item.set !== "object" ||
      Array.isArray(item.set)
    ) {
      throw new UsageError(
        `--decisions file "${path}": decision ${i + 1} needs a "week" and a "set" object`,
      );
    }
  });
  const problem = validateDecisions(list, weeks)[0];
  if (problem) throw new UsageError(`--decisions file "${path}": ${problem.message}`);
  return list as Decision[];
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const num = (x: number) => x.toLocaleString("en-US");

function summaryText(
  run: Run,
  scenario: Scenario,
  result: ReplayResult,
  assignment: Assignment | null,
): string {
  const money = (x: number) => `${num(x)} ${scenario.currency}`;
  const step = run.weeks <= 26 ? 2 : 4;
  const rows = result.weeks
    .filter((w: WeekMetrics) => w.week % step === 0 || w.week === run.weeks)
    .map((w) => [
      w.week,
      w.stage,
      w.members,
      w.joins,
      w.churned,
      w.dau,
      w.wau,
      w.mau,
      pct(w.stickiness),
      pct(w.retentionW1),
      pct(w.retentionW4),
      w.kFactor,
      w.nps,
      w.hoursUsed,
    ]);
  const f = result.final;
  const goals = assignment?.goals ?? scenario.goals;
  const rule = assignment ? assignmentRule(assignment) : CURRENT_RULE;
  const score = scoreRun(result, goals, rule);
  const lines = [
    `${scenario.title.en} (${scenario.id}) · seed ${run.seed} · ${run.weeks} weeks · model ${MODEL_VERSION}`,
    `${scenario.platform} · ${scenario.communityType} community · budget ${scenario.budget.hoursPerWeek} h and ${money(scenario.budget.moneyPerWeek)} a week`,
    assignment ? `assignment: ${assignment.title.en} (${assignment.id})` : "",
    "",
    table(
      [
        "week",
        "stage",
        "members",
        "joins",
        "left",
        "DAU",
        "WAU",
        "MAU",
        "DAU/MAU",
        "W1",
        "W4",
        "K",
        "NPS",
        "hours",
      ],
      rows,
    ),
    "",
    `final: ${num(f.members)} members · DAU ${num(f.dau)} · WAU ${num(f.wau)} · MAU ${num(f.mau)} · stickiness ${pct(f.stickiness)}`,
    `       retention W1 ${pct(f.retentionW1)} · W4 ${pct(f.retentionW4)} · W12 ${pct(f.retentionW12)} · contributors ${pct(f.contributorsShare)} · NPS ${f.nps}`,
    `       revenue ${money(f.revenue)} · spent ${money(f.spent)} · ${f.hoursUsed} h in the last week · ${num(f.spamIncidents)} spam incidents`,
    `stages: ${result.stages.map((s) => `${s.stage} (week ${s.fromWeek})`).join(" → ")}`,
    `events: ${result.events.length ? "" : "none"}`,
    ...result.events.map(
      (e) =>
        `  week ${String(e.week).padStart(3)}  ${eventText(en, e)}  → ${eventHint(en, e)} (module ${e.module})`,
    ),
    assignment
      ? `goals: score ${score.percent}%, ${passesPercent(score.percent, assignment.passMark) ? "passes" : "does not pass"} (pass mark ${Math.round(assignment.passMark * 1000) / 10}%)`
      : `scenario goals: score ${score.percent}%`,
    ...score.goals.map(
      (g) =>
        `  ${g.metric}${judgedOverRun(g.metric, rule) ? " (busiest 4 weeks' average)" : ""} ${g.op} ${g.value}${g.byWeek ? ` by week ${g.byWeek}` : ""}: ${g.actual === null ? "—" : g.actual} (${g.credit === 1 ? "met" : "missed"}, credit ${g.credit})`,
    ),
    `hash: ${result.hash}`,
  ];
  return lines.filter((l, i) => l !== "" || i > 2).join("\n") + "\n";
}

function sim(args: ParsedArgs, io: Io): number {
  if (args.positional.length) {
    throw new UsageError(`unexpected argument "${args.positional[0]}"; options start with --`);
  }
  const json = has(args, "json");
  if (has(args, "list")) return listCommand(json, io);

  const assignment = assignmentFlag(args) ?? null;

  const scenarioId = flag(args, "scenario") ?? assignment?.scenario ?? DEFAULT_SCENARIO_ID;
  const scenario = scenarioFrom(scenarioId);
  // With personal seeds the assignment's seed is the learner's own (src/grading/learner.ts).
  const learnerName = flag(args, "learner")?.trim();
  const learnerIdFlag = flag(args, "learner-id")?.trim();
  const asLearner = learnerName ? { name: learnerName, id: learnerIdFlag || null } : null;
  const assignmentSeed = assignment
    ? assignment.personalSeeds
      ? learnerSeed(assignment, asLearner)
      : assignment.seed
    : null;
  if (assignment && assignmentSeed === null) {
    throw new UsageError(
      assignment.learnerIds
        ? "this assignment gives each learner their own seed by a listed id: give --learner NAME --learner-id ID (an id on its list)"
        : "this assignment gives each learner their own seed: give --learner NAME",
    );
  }
  const seed = intFlag(args, "seed", 0, 2147483647) ?? assignmentSeed ?? scenario.seed;
  const weeks = intFlag(args, "weeks", 8, 104) ?? assignment?.weeks ?? scenario.weeks;
  const runs = intFlag(args, "runs", 1, 10000);
  if (assignment) {
    const conflicts = [
      ["scenario", scenarioId, assignment.scenario],
      ["seed", seed, assignmentSeed],
      ["weeks", weeks, assignment.weeks],
    ].filter(([, a, b]) => a !== b);
    const first = conflicts[0];
    if (first) {
      throw new UsageError(
        `--${first[0]} ${first[1]} conflicts with the assignment, which sets ${first[0]} ${first[2]}`,
      );
    }
  }

  const decisions: Decision[] = [];
  const set = setDecision(args.flags.get("set") ?? []);
  if (set) decisions.push(set);
  const decisionsPath = flag(args, "decisions");
  if (decisionsPath !== undefined) decisions.push(...decisionsFrom(decisionsPath, weeks));

  const run: Run = assignment
    ? assignmentRun(assignment, decisions, asLearner ?? undefined)
    : { modelVersion: MODEL_VERSION, scenario: scenario.id, seed, weeks, decisions };
  if (assignment) {
    const lock = lockProblem(assignment.locked as Record<string, unknown>, run, scenario);
    if (lock) {
      throw new UsageError(
        `${lock.lever} is locked at ${String(lock.locked)} by the assignment, but your decisions make it ${String(lock.value)} in week ${lock.week}`,
      );
    }
  }

  const submissionPath = flag(args, "submission");
  const learner = flag(args, "learner");
  if (submissionPath !== undefined && (learner === undefined || learner.trim() === "")) {
    throw new UsageError("--submission needs --learner NAME (the name the gradebook shows)");
  }
  if (submissionPath === undefined && learner !== undefined && !assignment?.personalSeeds)
    throw new UsageError("--learner only goes with --submission OUT");
  if (submissionPath !== undefined) {
    const dir = dirname(submissionPath);
    let ok = false;
    try {
      ok = statSync(dir).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok)
      throw new UsageError(
        `cannot write --submission "${submissionPath}": folder "${dir}" does not exist`,
      );
  }

  const result = replay(run, scenario);
  const goals = assignment?.goals ?? scenario.goals;

  if (runs !== undefined) {
    const mc = monteCarlo(run, { runs, metrics: FINAL_KEYS }, scenario);
    if (json) {
      const out = {
        modelVersion: MODEL_VERSION,
        scenario: scenario.id,
        seed,
        weeks,
        runs,
        final: mc.final,
        stages: result.stages,
        hash: result.hash,
        ...(assignment
          ? { score: scoreRun(result, goals, assignmentRule(assignment)).percent }
          : {}),
      };
      io.stdout(JSON.stringify(out, null, 2) + "\n");
    } else {
      io.stdout(
        [
          `${scenario.title.en} (${scenario.id}) · ${runs} seeds from seed ${seed} · ${weeks} weeks · model ${MODEL_VERSION}`,
          "",
          table(
            ["metric (final)", "p10", "p50", "p90"],
            FINAL_KEYS.map((k) => {
              const s = mc.final[k];
              const v = (x: number | null | undefined) =>
                x === null || x === undefined ? "—" : String(x);
              return [k, v(s?.p10), v(s?.p50), v(s?.p90)];
            }),
          ),
          "",
          `seed ${seed} alone: stages ${result.stages.map((s) => `${s.stage} (week ${s.fromWeek})`).join(" → ")} · hash ${result.hash}`,
        ].join("\n") + "\n",
      );
    }
  } else if (json) {
    const out = {
      modelVersion: MODEL_VERSION,
      scenario: scenario.id,
      seed,
      weeks,
      final: result.final,
      stages: result.stages,
      hash: result.hash,
      ...(assignment ? { score: scoreRun(result, goals, assignmentRule(assignment)).percent } : {}),
    };
    io.stdout(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.stdout(summaryText(run, scenario, result, assignment));
  }

  if (submissionPath !== undefined && learner !== undefined) {
    const submission = buildSubmission({
      run,
      learner: { name: learner.trim(), ...(learnerIdFlag ? { id: learnerIdFlag } : {}) },
      ...(assignment ? { assignment } : {}),
      createdAt: new Date().toISOString(),
      result,
    });
    try {
      writeFileSync(submissionPath, JSON.stringify(submission, null, 2) + "\n");
    } catch (error) {
      throw new UsageError(
        `cannot write --submission "${submissionPath}": ${(error as Error).message}`,
      );
    }
    io.stderr(`wrote submission to ${submissionPath} (score ${submission.score.percent}%)\n`);
  }
  return 0;
}

/** The `sim` command; returns the exit code (UsageError for bad input). */
export const main = command(FLAGS, HELP, sim);

runIfEntry(import.meta.url, main);
