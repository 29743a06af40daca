/**
 * Verifying a submission: parse it, check it against its assignment, replay the run with the
 * current model and compare every claimed number. Pure; fast enough for a gradebook of hundreds.
 *
 * Status, in the order the checks run:
 * - invalid — not JSON, not a submission (format), a version this build cannot read, not a
 *   submission for the official assignment being graded (it names another assignment id, or none:
 *   a free sandbox run), fails the schema, made with another model version (the reason says which
 *   one it needs), or names a scenario that does not exist;
 * - tampered — a submission for this assignment whose embedded copy differs from the official one
 *   (seed, scenario, weeks, locks, goals, pass mark), whose run's seed, scenario or weeks differ
 *   from the assignment's, or whose claimed metric, stage list, hash or score differs from the
 *   replay;
 * - constraint-violation — a decision uses an unknown lever, a value out of range, a week outside
 *   the run, or moves a locked lever;
 * - verified — the replay reproduces every claim.
 *
 * Reasons carry a code and parameters (for the gradebook to word in zh-CN or English) and an
 * English text (for the command line).
 */
import { SubmissionSchema, type Submission } from "../schemas/submission";
import type { Assignment } from "../schemas/assignment";
import {
  FINAL_KEYS,
  MODEL_VERSION,
  SCENARIO_IDS,
  getScenario,
  replay,
  validateDecisions,
  type Run,
} from "../sim/index";
import { MigrationError, migrateSubmission } from "./migrate";
import { missedShareOf, scoreRun } from "./score";
import { lockProblem } from "./submission";

export type VerifyStatus = "verified" | "tampered" | "constraint-violation" | "invalid";

export type ReasonCode =
  | "not-json"
  | "wrong-format"
  | "unknown-version"
  | "schema"
  | "model-version"
  | "unknown-scenario"
  | "other-assignment"
  | "no-assignment"
  | "field-differs"
  | "decision-week"
  | "unknown-lever"
  | "not-a-number"
  | "out-of-range"
  | "invalid-choice"
  | "not-boolean"
  | "locked-lever";

export type ReasonParams = Record<string, string | number | boolean | null>;

export interface Reason {
  code: ReasonCode;
  /** The field that differs or is wrong, as a dotted path (e.g. "claimed.final.members"). */
  field?: string;
  params: ReasonParams;
  /** English, for the command line. */
  text: string;
}

export interface Verification {
  status: VerifyStatus;
  learner: string | null;
  learnerId: string | null;
  assignmentId: string | null;
  /** The score (percent) when verified; null otherwise. */
  score: number | null;
  /** The replay's own score when the run could be replayed (also for tampered files). */
  replayedScore: number | null;
  reason: Reason | null;
}

export interface VerifyOptions {
  /** The official assignment (the instructor's copy); the embedded one must match it. */
  assignment?: Assignment;
}

const show = (v: unknown): string =>
  typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? "undefined");
const param = (v: unknown): string | number | boolean | null =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean"
    ? v
    : (JSON.stringify(v) ?? null);

function differs(field: string, claimed: unknown, actual: unknown, what = "the replay"): Reason {
  return {
    code: "field-differs",
    field,
    params: { field, claimed: param(claimed), actual: param(actual) },
    text: `${field} is ${show(claimed)} but ${what} gives ${show(actual)}`,
  };
}

/**
 * The assignment fields a submission's embedded copy must share with the official one. The id
 * comes first and is checked apart (`assignmentMismatch`): a file for another assignment is not a
 * submission for this one (invalid); a file for this one with other values was edited (tampered).
 */
const ASSIGNMENT_FIELDS = [
  "id",
  "scenario",
  "seed",
  "weeks",
  "locked",
  "goals",
  "passMark",
] as const;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/**
 * THE one place that decides whether a file is a submission for the official assignment being
 * graded (the command line's `--assignment` and the gradebook both call `verifySubmission`, so
 * both show the same status and reason). Runs on the migrated file before the schema check, so a
 * damaged file from another assignment still says where it belongs. Null when it answers `official`
 * (whether its other fields match is checked later, and a mismatch there means tampered).
 *
 * The spec calls a submission tampered when its seed, scenario or weeks differ from the
 * assignment given, so a file that answers another assignment (or none) is `tampered` too; its
 * reason code says which case it is, so the gradebook can word it as a mix-up rather than an edit
 * and leave it out of the grade export:
 * - no `assignment` inside (a free sandbox run) → `no-assignment`, field `assignment`;
 * - an `assignment.id` other than the official one → `other-assignment`, field
 *   `assignment.id` (params found, expected and the found assignment's titles).
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

/** Replays a submission (JSON text or parsed) and says whether it is what it claims to be. */
export function verifySubmission(input: unknown, options: VerifyOptions = {}): Verification {
  const out: Verification = {
    status: "invalid",
    learner: null,
    learnerId: null,
    assignmentId: null,
    score: null,
    replayedScore: null,
    reason: null,
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

  const official = options.assignment;
  if (official) {
    const mismatch = assignmentMismatch(raw, official);
    if (mismatch) return fail("tampered", mismatch);
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
  out.assignmentId = (options.assignment ?? sub.assignment)?.id ?? null;
  const run = sub.run;

  if (run.modelVersion !== MODEL_VERSION) {
    return fail("invalid", {
      code: "model-version",
      field: "run.modelVersion",
      params: { needs: run.modelVersion, current: MODEL_VERSION },
      text: `made with model version ${run.modelVersion}; this build runs ${MODEL_VERSION} — verify it with a build of ${run.modelVersion}`,
    });
  }
  const scenario = getScenario(run.scenario);
  if (!scenario) {
    return fail("invalid", {
      code: "unknown-scenario",
      field: "run.scenario",
      params: { scenario: run.scenario, choices: SCENARIO_IDS.join(", ") },
      text: `scenario "${run.scenario}" does not exist; scenarios: ${SCENARIO_IDS.join(", ")}`,
    });
  }

  // The assignment: the official copy when given, otherwise the embedded one. A submission for
  // the official assignment (same id, checked above) must carry it unchanged.
  if (official && sub.assignment) {
    for (const key of ASSIGNMENT_FIELDS) {
      const a = canonical(sub.assignment[key]);
      const b = canonical(official[key]);
      if (a !== b)
        return fail(
          "tampered",
          differs(
            `assignment.${key}`,
            sub.assignment[key],
            official[key],
            "the official assignment",
          ),
        );
    }
  }
  const assignment = official ?? sub.assignment;
  if (assignment) {
    for (const key of ["scenario", "seed", "weeks"] as const) {
      if (run[key] !== assignment[key])
        return fail("tampered", differs(`run.${key}`, run[key], assignment[key], "the assignment"));
    }
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

  // Replay and compare.
  const result = replay(typedRun, scenario);
  // Checked under the rule the file was scored with (its version), so an old file stays verified.
  const score = scoreRun(result, assignment?.goals ?? scenario.goals, missedShareOf(sub.version));
  out.replayedScore = score.percent;
  for (const key of FINAL_KEYS) {
    if (sub.claimed.final[key] !== result.final[key]) {
      return fail(
        "tampered",
        differs(`claimed.final.${key}`, sub.claimed.final[key], result.final[key]),
      );
    }
  }
  if (canonical(sub.claimed.stages) !== canonical(result.stages)) {
    return fail("tampered", differs("claimed.stages", sub.claimed.stages, result.stages));
  }
  if (sub.claimed.hash !== result.hash)
    return fail("tampered", differs("claimed.hash", sub.claimed.hash, result.hash));
  if (sub.score.percent !== score.percent)
    return fail("tampered", differs("score.percent", sub.score.percent, score.percent));
  if (canonical(sub.score.goals) !== canonical(score.goals)) {
    return fail("tampered", differs("score.goals", sub.score.goals, score.goals));
  }
  return { ...out, status: "verified", score: score.percent };
}
