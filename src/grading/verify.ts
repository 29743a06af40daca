/**
 * Verifying a submission: parse it, check it against the official assignment, replay the run with
 * the current model, compare every claimed number, and grade it by the assignment's scoring rule.
 * Pure; fast enough for a gradebook of hundreds. The command line and the gradebook both call it,
 * so they always give the same status and reason.
 *
 * Statuses, in the order the checks run (the first failure decides):
 * - invalid — not a submission: not JSON, another kind of file, a format version this build
 *   cannot read, fails the schema, names a scenario that does not exist or a scoring rule this
 *   build does not know;
 * - other-assignment — a submission for another assignment than the official one, or a free
 *   sandbox run (no assignment inside): not graded here, and not an accusation;
 * - older-model — the assignment, or the run, names a simulation model this build cannot replay;
 * - constraint-violation — the run does not keep to the assignment: its model, scenario, weeks
 *   or seed (a personal seed: the learner's own) differ, a decision is out of range or moves a
 *   locked lever, or the file's copy of the assignment differs from the official one;
 * - tampered — a claimed metric, the stages, the hash or the claimed score differ from the replay;
 * - verified — the replay reproduces every claim. The score is the replay's, by the official
 *   assignment's rule (rules.ts), never by a rule the file names.
 *
 * Without an official assignment the file is checked against the assignment it carries (or its
 * scenario's goals, for a free run), graded by the current rule, and every result says so: those
 * goals are self-set. Reasons carry a code and parameters (for the gradebook to word in zh-CN or
 * English) and an English text (for the command line).
 */
import { SubmissionSchema, type GoalResult, type Submission } from "../schemas/submission";
import type { Assignment } from "../schemas/assignment";
import type { Goal } from "../schemas/module";
import {
  FINAL_KEYS,
  MODEL_VERSION,
  replay,
  validateDecisions,
  type ReplayResult,
  type Run,
  type Scenario,
} from "../sim/index";
import { canonicalJson } from "../lib/canonical-json";
import { learnerSeed, seedKey } from "./learner";
import { MigrationError, migrateSubmission } from "./migrate";
import {
  CURRENT_RULE,
  ASSIGNMENT_FIELDS,
  assignmentModel,
  assignmentRule,
  claimedRule,
  type RuleId,
  type ScoringRule,
} from "./rules";
import { scoreRun } from "./score";
import { lockProblem } from "./submission";

import type { VerifyStatus } from "./statuses";
import { SCENARIO_IDS, getScenario } from "../lib/scenarios";

export { STATUSES, type VerifyStatus } from "./statuses";

export type ReasonCode =
  | "not-json"
  | "wrong-format"
  | "unknown-version"
  | "schema"
  | "unknown-scenario"
  | "unknown-rule"
  | "other-assignment"
  | "no-assignment"
  | "older-model"
  | "model-differs"
  | "personal-seed"
  | "not-listed"
  | "field-differs"
  | "decision-week"
  | "unknown-lever"
  | "not-a-number"
  | "out-of-range"
  | "invalid-choice"
  | "not-boolean"
  | "locked-lever";

/** Notes on a result that do not change its status. */
export type NoteCode =
  /** No official assignment: checked against the goals the file carries (or its scenario's). */
  | "self-set"
  /** The file's own score was computed by another rule than the one it is graded by. */
  | "rule-differs";

export type ReasonParams = Record<string, string | number | boolean | null>;

export interface Reason {
  code: ReasonCode;
  /** The field that differs or is wrong, as a dotted path (e.g. "claimed.final.members"). */
  field?: string;
  params: ReasonParams;
  /** English, for the command line. */
  text: string;
}

export interface Note {
  code: NoteCode;
  params: ReasonParams;
  text: string;
}

export interface Verification {
  status: VerifyStatus;
  learner: string | null;
  learnerId: string | null;
  assignmentId: string | null;
  /** The graded score (percent) when verified; null otherwise. */
  score: number | null;
  /** The replay's own score by the grading rule when the run could be replayed (also for tampered files). */
  replayedScore: number | null;
  /** Each goal's result by the grading rule, when verified. */
  goals: GoalResult[] | null;
  reason: Reason | null;
  /** The rule the file is graded by. */
  rule: RuleId;
  /** Checked without an official assignment: the goals are the file's own. */
  selfSet: boolean;
  notes: Note[];
}

export interface VerifyOptions {
  /** The official assignment (the instructor's copy); the embedded one must match it. */
  assignment?: Assignment;
}

const show = (v: unknown): string => {
  if (typeof v === "string") return `"${v}"`;
  try {
    return JSON.stringify(v) ?? "undefined";
  } catch {
    return "(unprintable)";
  }
};
const param = (v: unknown): string | number | boolean | null =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean"
    ? v
    : show(v);

function differs(field: string, claimed: unknown, actual: unknown, what = "the replay"): Reason {
  return {
    code: "field-differs",
    field,
    params: { field, claimed: param(claimed), actual: param(actual) },
    text: `${field} is ${show(claimed)} but ${what} gives ${show(actual)}`,
  };
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/**
 * Whether a file answers the official assignment; null when it does (whether its other fields
 * match is checked later). Runs before the schema check, so a damaged file from another
 * assignment still says where it belongs.
 */
function assignmentMismatch(raw: unknown, official: Assignment): Reason | null {
  const file = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const embedded = file.assignment;
  if (embedded === undefined) {
    return {
      code: "no-assignment",
      field: "assignment",
      params: { field: "assignment", expected: official.id },
      text: `a free sandbox run, not a submission for assignment "${official.id}": assignment is missing`,
    };
  }
  const e = embedded && typeof embedded === "object" ? (embedded as Record<string, unknown>) : {};
  if (typeof e.id !== "string" || e.id === official.id) return null;
  const title = e.title && typeof e.title === "object" ? (e.title as Record<string, unknown>) : {};
  const titleEn = str(title.en);
  const titleZh = str(title["zh-cn"]);
  const named = titleEn || titleZh;
  return {
    code: "other-assignment",
    field: "assignment.id",
    params: { field: "assignment.id", found: e.id, expected: official.id, titleZh, titleEn },
    text: `made for another assignment: assignment.id is "${e.id}"${named ? ` (${named})` : ""}, not "${official.id}"`,
  };
}

function olderModel(made: string, of: "assignment" | "run"): Reason {
  return {
    code: "older-model",
    field: of === "assignment" ? "assignment.modelVersion" : "run.modelVersion",
    params: { made, current: MODEL_VERSION, of },
    text:
      of === "assignment"
        ? `the assignment was issued with model ${made}; this build runs ${MODEL_VERSION} and cannot replay it`
        : `made with model ${made}; this build runs ${MODEL_VERSION} and cannot replay it`,
  };
}

/** Model checks: an older model is neutral; a run made with another model than its assignment's is not. */
function modelProblem(
  sub: Submission,
  official: Assignment | undefined,
): { status: VerifyStatus; reason: Reason } | null {
  if (official && assignmentModel(official) !== MODEL_VERSION)
    return { status: "older-model", reason: olderModel(assignmentModel(official), "assignment") };
  const made = sub.run.modelVersion;
  if (sub.assignment && made !== assignmentModel(sub.assignment)) {
    const named = assignmentModel(sub.assignment);
    return {
      status: "constraint-violation",
      reason: {
        code: "model-differs",
        field: "run.modelVersion",
        params: { made, named },
        text: `the run was made with model ${made} but its assignment names model ${named}`,
      },
    };
  }
  if (made !== MODEL_VERSION) return { status: "older-model", reason: olderModel(made, "run") };
  return null;
}

/** Personal seeds and plain seeds: the seed the run must use, or the reason it does not. */
function seedProblem(sub: Submission, assignment: Assignment): Reason | null {
  const run = sub.run;
  if (!assignment.personalSeeds) {
    return run.seed === assignment.seed
      ? null
      : differs("run.seed", run.seed, assignment.seed, "the assignment");
  }
  const key = seedKey(assignment, sub.learner);
  if (!key.ok) {
    return {
      code: "not-listed",
      field: "learner.id",
      params: { id: sub.learner.id ?? null, name: sub.learner.name },
      text: `the assignment lists its learners' ids and ${sub.learner.id ? `"${sub.learner.id}" is not one of them` : "this file gives none"}`,
    };
  }
  const expected = learnerSeed(assignment, sub.learner);
  if (run.seed === expected) return null;
  return {
    code: "personal-seed",
    field: "run.seed",
    params: { seed: run.seed, expected, name: sub.learner.name },
    text: `run.seed is ${run.seed}, but ${sub.learner.name}'s personal seed for this assignment is ${expected}: the run was made under another name`,
  };
}

/** Replays a submission (JSON text or parsed) and says whether it is what it claims to be. */
export function verifySubmission(input: unknown, options: VerifyOptions = {}): Verification {
  const official = options.assignment;
  const out: Verification = {
    status: "invalid",
    learner: null,
    learnerId: null,
    assignmentId: null,
    score: null,
    replayedScore: null,
    goals: null,
    reason: null,
    rule: official ? assignmentRule(official).id : CURRENT_RULE.id,
    selfSet: !official,
    notes: [],
  };
  const fail = (status: VerifyStatus, reason: Reason): Verification => ({ ...out, status, reason });

  let raw = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      const message = (error as Error).message;
      return fail("invalid", {
        code: "not-json",
        params: { message },
        text: `not valid JSON (${message})`,
      });
    }
  }
  const rawObject = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : null;
  const rawLearner = rawObject?.learner as { name?: unknown } | undefined;
  if (typeof rawLearner?.name === "string") out.learner = rawLearner.name;

  try {
    raw = migrateSubmission(raw);
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    return fail("invalid", {
      code: error.code,
      field: error.code === "wrong-format" ? "format" : "version",
      params: error.params,
      text: error.message,
    });
  }

  if (official) {
    const mismatch = assignmentMismatch(raw, official);
    if (mismatch) return fail("other-assignment", mismatch);
  }

  const parsed = SubmissionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") || "(root)";
    const message = issue?.message ?? "invalid";
    return fail("invalid", {
      code: "schema",
      field: path,
      params: { field: path, message },
      text: `${path}: ${message}`,
    });
  }
  const sub: Submission = parsed.data;
  out.learner = sub.learner.name;
  out.learnerId = sub.learner.id ?? null;
  out.assignmentId = (official ?? sub.assignment)?.id ?? null;
  const run = sub.run;

  const claimed = claimedRule(sub.version, sub.score.rule);
  if (!claimed) {
    return fail("invalid", {
      code: "unknown-rule",
      field: "score.rule",
      params: { rule: sub.score.rule ?? null },
      text: `the score names scoring rule ${String(sub.score.rule)}, which this build does not know`,
    });
  }

  const model = modelProblem(sub, official);
  if (model) return fail(model.status, model.reason);

  const scenario = getScenario(run.scenario);
  if (!scenario) {
    return fail("invalid", {
      code: "unknown-scenario",
      field: "run.scenario",
      params: { scenario: run.scenario, choices: SCENARIO_IDS.join(", ") },
      text: `scenario "${run.scenario}" does not exist; scenarios: ${SCENARIO_IDS.join(", ")}`,
    });
  }

  const assignment = official ?? sub.assignment;
  if (assignment) {
    for (const key of ["scenario", "weeks"] as const) {
      if (run[key] !== assignment[key])
        return fail(
          "constraint-violation",
          differs(`run.${key}`, run[key], assignment[key], "the assignment"),
        );
    }
    const seed = seedProblem(sub, assignment);
    if (seed) return fail("constraint-violation", seed);
  }

  // Decisions: valid weeks, levers and values; locked levers stay put.
  const problem = validateDecisions(run.decisions, run.weeks)[0];
  if (problem) {
    const params: ReasonParams = { week: Number.isFinite(problem.week) ? problem.week : null };
    if (problem.lever !== undefined) params.lever = problem.lever;
    if (problem.value !== undefined) params.value = param(problem.value);
    if (problem.min !== undefined) params.min = problem.min;
    if (problem.max !== undefined) params.max = problem.max;
    if (problem.choices) params.choices = problem.choices.join(", ");
    return fail("constraint-violation", {
      code: problem.code,
      field: `run.decisions.${problem.index}`,
      params,
      text: problem.message,
    });
  }
  const typedRun = run as Run;
  if (assignment) {
    const lock = lockProblem(assignment.locked as Record<string, unknown>, typedRun, scenario);
    if (lock) {
      return fail("constraint-violation", {
        code: "locked-lever",
        field: "run.decisions",
        params: {
          lever: lock.lever,
          week: lock.week,
          value: param(lock.value),
          locked: param(lock.locked),
        },
        text: `${lock.lever} is locked at ${show(lock.locked)} but is ${show(lock.value)} in week ${lock.week}`,
      });
    }
  }

  // The run keeps to the assignment's world: replay it and grade it by the official rule.
  const result = replay(typedRun, scenario);
  const rule = official ? assignmentRule(official) : CURRENT_RULE;
  const goals = assignment?.goals ?? scenario.goals;
  const graded = scoreRun(result, goals, rule);
  out.replayedScore = graded.percent;

  // A copy of the assignment that differs from the official one (easier goals, a lower pass
  // mark, locks removed) does not keep to the assignment.
  if (official && sub.assignment) {
    for (const key of ASSIGNMENT_FIELDS) {
      if (canonicalJson(sub.assignment[key]) !== canonicalJson(official[key]))
        return fail(
          "constraint-violation",
          differs(
            `assignment.${key}`,
            sub.assignment[key],
            official[key],
            "the official assignment",
          ),
        );
    }
  }

  const tampered = claimsProblem(sub, result, scenario, claimed);
  if (tampered) return fail("tampered", tampered);

  const notes: Note[] = [];
  if (!official) {
    const kind = sub.assignment ? "embedded" : "scenario";
    notes.push({
      code: "self-set",
      params: { kind },
      text:
        kind === "embedded"
          ? "self-set goals: checked against the assignment inside the file, not an official copy (give --assignment FILE to grade)"
          : "self-set goals: a free sandbox run, scored on its scenario's goals",
    });
  }
  if (claimed.id !== rule.id && sub.score.percent !== graded.percent) {
    notes.push({
      code: "rule-differs",
      params: { claimed: sub.score.percent, claimedRule: claimed.id, rule: rule.id },
      text: `the file reports ${sub.score.percent}% by scoring rule ${claimed.id}; graded by rule ${rule.id}: ${graded.percent}%`,
    });
  }
  return { ...out, status: "verified", score: graded.percent, goals: graded.goals, notes };
}

/**
 * What the file claims against the replay: final metrics, stages, hash, and its score as the rule
 * it was computed with gives it on the goals it was computed on (the file's copy of the
 * assignment, or the scenario's for a free run).
 */
function claimsProblem(
  sub: Submission,
  result: ReplayResult,
  scenario: Scenario,
  rule: ScoringRule,
): Reason | null {
  for (const key of FINAL_KEYS) {
    if (sub.claimed.final[key] !== result.final[key])
      return differs(`claimed.final.${key}`, sub.claimed.final[key], result.final[key]);
  }
  if (canonicalJson(sub.claimed.stages) !== canonicalJson(result.stages))
    return differs("claimed.stages", sub.claimed.stages, result.stages);
  if (sub.claimed.hash !== result.hash)
    return differs("claimed.hash", sub.claimed.hash, result.hash);
  const goals: readonly Goal[] = sub.assignment?.goals ?? scenario.goals;
  const own = scoreRun(result, goals, rule);
  if (sub.score.percent !== own.percent)
    return differs("score.percent", sub.score.percent, own.percent);
  if (canonicalJson(sub.score.goals) !== canonicalJson(own.goals))
    return differs("score.goals", sub.score.goals, own.goals);
  return null;
}
