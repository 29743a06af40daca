/**
 * Building runs and submissions: the sandbox's Submit button and `npm run sim -- --submission`
 * both use these, so a submission made anywhere verifies the same way.
 */
import { AssignmentSchema, type Assignment } from "../schemas/assignment";
import { SUBMISSION_FORMAT, SUBMISSION_VERSION, type Submission } from "../schemas/submission";
import {
  MODEL_VERSION,
  replay,
  leverTimeline,
  scenarioLevers,
  withLocks,
  type Decision,
  type Levers,
  type ReplayResult,
  type Run,
  type Scenario,
} from "../sim/index";
import { learnerSeed, type LearnerName } from "./learner";
import { MigrationError, migrateAssignment } from "./migrate";
import { CURRENT_RULE, assignmentRule } from "./rules";
import { scoreRun } from "./score";
import { getScenario } from "../lib/scenarios";

/**
 * A run under an assignment: its scenario, seed and weeks, with the locked levers set before the
 * first week (a decision at week 0) so the replay reproduces them. With personal seeds the seed is
 * the learner's own (learner.ts), so the learner is needed; without one the assignment's seed is
 * used, and such a run will not verify under any name.
 */
export function assignmentRun(
  assignment: Assignment,
  decisions: readonly Decision[],
  learner?: LearnerName,
): Run {
  return {
    modelVersion: MODEL_VERSION,
    scenario: assignment.scenario,
    seed: learnerSeed(assignment, learner) ?? assignment.seed,
    weeks: assignment.weeks,
    decisions: withLocks(assignment.locked as Partial<Levers>, decisions),
  };
}

/** The first week in which a locked lever does not hold its locked value, if any. */
export interface LockProblem {
  lever: string;
  week: number;
  value: unknown;
  locked: unknown;
}

/**
 * Checks that every locked lever holds its value in every week of the run (decisions are
 * assumed valid; check them with validateDecisions first).
 */
export function lockProblem(
  locked: Record<string, unknown>,
  run: Pick<Run, "weeks" | "decisions">,
  scenario: Scenario,
): LockProblem | null {
  const names = Object.keys(locked);
  if (!names.length) return null;
  const timeline = leverTimeline(scenarioLevers(scenario), run.decisions, run.weeks);
  for (let week = 1; week <= run.weeks; week++) {
    const levers = timeline[week] as unknown as Record<string, unknown>;
    for (const lever of names) {
      if (levers[lever] !== locked[lever])
        return { lever, week, value: levers[lever], locked: locked[lever] };
    }
  }
  return null;
}

/** Parses an assignment from JSON text or a parsed object. */
export function parseAssignment(
  input: unknown,
): { ok: true; assignment: Assignment } | { ok: false; code: string; message: string } {
  let raw = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        code: "not-json",
        message: `not valid JSON (${(error as Error).message})`,
      };
    }
  }
  try {
    raw = migrateAssignment(raw);
  } catch (error) {
    if (error instanceof MigrationError)
      return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const parsed = AssignmentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") || "(root)";
    return { ok: false, code: "schema", message: `${path}: ${issue?.message ?? "invalid"}` };
  }
  if (!getScenario(parsed.data.scenario)) {
    return {
      ok: false,
      code: "unknown-scenario",
      message: `scenario "${parsed.data.scenario}" does not exist`,
    };
  }
  return { ok: true, assignment: parsed.data };
}

export interface BuildSubmissionOptions {
  run: Run;
  learner: { name: string; id?: string };
  /** The assignment the run answers; without it the scenario's goals score the run. */
  assignment?: Assignment;
  /** ISO date-time; the caller owns the clock. */
  createdAt: string;
  /** A replay already computed for this run (the sandbox has one), to avoid replaying again. */
  result?: ReplayResult;
}

/**
 * A submission file's content for a run, with what the run claims and its score by the
 * assignment's rule (the current rule for a free run).
 */
export function buildSubmission(options: BuildSubmissionOptions): Submission {
  const { run, assignment } = options;
  const scenario = getScenario(run.scenario);
  if (!scenario) throw new Error(`unknown scenario "${run.scenario}"`);
  const result = options.result ?? replay(run, scenario);
  const goals = assignment?.goals ?? scenario.goals;
  const learner = options.learner.id
    ? { name: options.learner.name, id: options.learner.id }
    : { name: options.learner.name };
  return {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    ...(assignment ? { assignment } : {}),
    learner,
    run: {
      modelVersion: run.modelVersion,
      scenario: run.scenario,
      seed: run.seed,
      weeks: run.weeks,
      decisions: run.decisions.map((d) => ({
        week: d.week,
        set: { ...d.set } as Record<string, number | string | boolean>,
      })),
    },
    claimed: { final: result.final, stages: result.stages, hash: result.hash },
    score: scoreRun(result, goals, assignment ? assignmentRule(assignment) : CURRENT_RULE),
    createdAt: options.createdAt,
  };
}
