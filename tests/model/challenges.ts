/**
 * The graded challenges — every module's simulation assignment and every scenario's own goals —
 * with their stored reference solutions (content/solutions/), and how often a strategy passes
 * them over seeds. Used by tests/unit/content/challenges.test.ts and `npm run sim:search`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { scoreRun } from "../../src/grading/score";
import { assignmentRun } from "../../src/grading/submission";
import { moduleSimulationAssignment } from "../../src/lib/module-assignment";
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  type Assignment,
} from "../../src/schemas/assignment";
import { ModuleSchema } from "../../src/schemas/module";
import { SolutionSchema, type Solution } from "../../src/schemas/solution";
import { LEVERS, derivedSeed, type Decision, type Levers } from "../../src/sim/index";
import { ROOT, readModules } from "../unit/content/content-files";
import { getScenario, listScenarios, replayRun } from "../../src/lib/scenarios";

export interface Challenge {
  id: string;
  assignment: Assignment;
  solution: Solution | null;
}

const SOLUTIONS = join(ROOT, "content/solutions");

function solutionOf(id: string): Solution | null {
  const file = readdirSync(SOLUTIONS).find((f) => f === `${id}.json`);
  return file
    ? SolutionSchema.parse(JSON.parse(readFileSync(join(SOLUTIONS, file), "utf8")))
    : null;
}

/** A scenario's own goals as a challenge: its seed and length, nothing locked, every goal to meet. */
function scenarioChallenge(id: string): Assignment {
  const sc = getScenario(id);
  if (!sc) throw new Error(`no scenario ${id}`);
  return {
    format: ASSIGNMENT_FORMAT,
    version: ASSIGNMENT_VERSION,
    id: `scenario-${id}`,
    title: sc.title,
    instructions: sc.description,
    scenario: id,
    seed: sc.seed,
    weeks: sc.weeks,
    locked: {},
    goals: sc.goals,
    passMark: 1,
    due: "2099-12-31T23:59:00+08:00",
    createdAt: "2025-09-01T00:00:00+08:00",
  };
}

/** Every graded challenge of the course. */
export function listChallenges(): Challenge[] {
  const modules = readModules();
  const out: Challenge[] = [];
  for (const id of [...new Set(modules.map((m) => m.id))].sort()) {
    const [zh, en] = ["zh-cn", "en"].map((lang) =>
      ModuleSchema.parse(modules.find((m) => m.id === id && m.lang === lang)?.frontmatter),
    );
    const assignment = zh && en ? moduleSimulationAssignment(id, zh, en) : null;
    if (assignment)
      out.push({ id: assignment.id, assignment, solution: solutionOf(assignment.id) });
  }
  for (const sc of listScenarios()) {
    const assignment = scenarioChallenge(sc.id);
    out.push({ id: assignment.id, assignment, solution: solutionOf(assignment.id) });
  }
  return out;
}

/** The seeds a challenge is tried on: its own, then `n` others derived from it. */
export function challengeSeeds(a: Assignment, n: number): number[] {
  return [a.seed, ...Array.from({ length: n }, (_, i) => derivedSeed(a.seed, i + 1))];
}

/** Whether a run of `decisions` under the assignment at `seed` meets every goal. */
export function meetsEveryGoal(
  a: Assignment,
  decisions: readonly Decision[],
  seed: number,
): boolean {
  const result = replayRun(assignmentRun({ ...a, seed }, decisions));
  return scoreRun(result, a.goals).goals.every((g) => g.credit === 1);
}

/** Mean score (0–1) of the decisions over `seeds`: how near they come when they miss. */
export function meanScore(
  a: Assignment,
  decisions: readonly Decision[],
  seeds: readonly number[],
): number {
  let total = 0;
  for (const seed of seeds)
    total += scoreRun(replayRun(assignmentRun({ ...a, seed }, decisions)), a.goals).percent / 100;
  return total / seeds.length;
}

/** Share of `seeds` on which the decisions meet every goal. */
export function passRate(
  a: Assignment,
  decisions: readonly Decision[],
  seeds: readonly number[],
): number {
  let passed = 0;
  for (const seed of seeds) if (meetsEveryGoal(a, decisions, seed)) passed += 1;
  return passed / seeds.length;
}

/** Every lever the challenge leaves free at its maximum (strict rules, aggressive referral…). */
export function everythingAtMax(a: Assignment): Decision[] {
  const set: Record<string, unknown> = {};
  for (const l of LEVERS) {
    if (l.name in a.locked || l.kind === "action") continue;
    if (l.kind === "number") set[l.name] = l.max;
    else if (l.kind === "boolean") set[l.name] = true;
    else set[l.name] = l.options[l.options.length - 1];
  }
  return [{ week: 0, set: set as Partial<Levers> }];
}

/** The baselines a challenge must not let pass: the scenario's defaults, everything at maximum, and the warned strategy. */
export function baselines(c: Challenge): { label: string; decisions: Decision[] }[] {
  return [
    { label: "defaults", decisions: [] },
    { label: "everything at maximum", decisions: everythingAtMax(c.assignment) },
    ...(c.solution
      ? [
          {
            label: "the strategy the brief warns against",
            decisions: c.solution.warned.decisions as Decision[],
          },
        ]
      : []),
  ];
}
