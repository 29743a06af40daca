/**
 * One submission file checked against the official assignment: the gradebook's unit of work,
 * run inside the verify worker, and by `npm run verify` in Node. Pure.
 *
 * It adds to src/grading/verify.ts only what a class gradebook needs (the status and reason come
 * from the verifier, as on the command line): for runs that replay, the goals met, the key final
 * metrics, the levers the learner moved, their lever changes (for copy detection) and the run
 * itself (for the read-only review link). Numbers are taken from a file only once verification
 * has shown the replay reproduces them.
 */
import type { Assignment } from "../../schemas/assignment";
import type { StoredRun } from "../../schemas/submission";
import { verifySubmission, type Verification } from "../verify";
import {
  LEVERS,
  scenarioLevers,
  scheduleDecisions,
  validateDecisions,
  type Decision,
} from "../../sim/index";
import {
  KEY_METRICS,
  emptyResult,
  type CheckedFile,
  type GoalOutcome,
  type LeverChange,
} from "./file-result";
import { getScenario } from "../../lib/scenarios";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function learnerOf(raw: Obj): CheckedFile["learner"] {
  const l = raw.learner;
  if (!isObj(l) || typeof l.name !== "string" || !l.name.trim()) return null;
  return {
    name: l.name.trim().slice(0, 200),
    id: typeof l.id === "string" && l.id.trim() ? l.id.trim().slice(0, 200) : null,
  };
}

function dateOf(raw: Obj): string | null {
  const at = raw.createdAt;
  return typeof at === "string" && at.length <= 40 && Number.isFinite(Date.parse(at)) ? at : null;
}

/**
 * The lever changes a run made, in week order: each time a lever (not a locked one) takes a value
 * other than the one in force. Setting a lever to the value it already has changes nothing, so a
 * copied run padded with such settings reads the same.
 */
export function leverChanges(
  run: Pick<StoredRun, "scenario" | "decisions">,
  locked: Record<string, unknown>,
): LeverChange[] {
  const scenario = getScenario(run.scenario);
  if (!scenario) return [];
  const inForce = { ...scenarioLevers(scenario) } as unknown as Record<string, unknown>;
  const changes: LeverChange[] = [];
  for (const [week, set] of scheduleDecisions(run.decisions as Decision[])) {
    const entries = Object.entries(set).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [lever, value] of entries) {
      if (lever in locked || value === undefined) continue;
      const action = lever === "transform";
      if (action ? value === "none" : value === inForce[lever]) continue;
      if (!action) inForce[lever] = value;
      changes.push([week, lever, value as LeverChange[2]]);
    }
  }
  return changes;
}

/** The levers a run's changes moved, in LEVERS order. */
export function leversUsed(changes: readonly LeverChange[]): string[] {
  const used = new Set(changes.map(([, lever]) => lever));
  return LEVERS.map((l) => l.name as string).filter((name) => used.has(name));
}

/** The parts of a submission read once verification has passed (the schema has checked them). */
interface VerifiedShape {
  run: StoredRun;
  claimed: { final: Record<string, number | null> };
}

/**
 * Checks one submission file's text against the official assignment (without one, against the
 * assignment the file carries: self-set goals, as the verifier says).
 */
export function checkFile(file: string, text: string, assignment?: Assignment): CheckedFile {
  return checkSubmission(file, text, assignment).result;
}

/** checkFile, with the verifier's own result (its English reason and notes, for the command line). */
export function checkSubmission(
  file: string,
  text: string,
  assignment?: Assignment,
): { result: CheckedFile; verification: Verification } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The verifier words the JSON error.
    raw = text;
  }
  const out = emptyResult(file);
  if (isObj(raw)) {
    out.learner = learnerOf(raw);
    out.createdAt = dateOf(raw);
  }

  const v = verifySubmission(raw, assignment ? { assignment } : {});
  out.status = v.status;
  out.reason = v.reason
    ? {
        code: v.reason.code,
        ...(v.reason.field ? { field: v.reason.field } : {}),
        params: v.reason.params,
      }
    : null;
  out.notes = v.notes.map((n) => ({ code: n.code, params: n.params }));
  out.replayedScore = v.replayedScore;
  if (v.learner && !out.learner) out.learner = { name: v.learner.slice(0, 200), id: v.learnerId };

  // Runs with valid decisions in a scenario this build has: their changes and levers, for the
  // class view and copy detection, whatever the status (a copy is a copy, verified or not).
  if (v.status !== "invalid" && v.status !== "other-assignment" && v.status !== "older-model") {
    const run = isObj(raw) && isObj(raw.run) ? (raw.run as unknown as StoredRun) : null;
    if (
      run &&
      typeof run.scenario === "string" &&
      typeof run.weeks === "number" &&
      Array.isArray(run.decisions) &&
      getScenario(run.scenario) &&
      validateDecisions(run.decisions, run.weeks).length === 0
    ) {
      const locked = (assignment ?? (raw as { assignment?: Assignment }).assignment)?.locked ?? {};
      out.run = run;
      out.changes = leverChanges(run, locked as Record<string, unknown>);
      out.leversUsed = leversUsed(out.changes);
    }
  }
  if (v.status !== "verified" || !isObj(raw)) return { result: out, verification: v };

  const sub = raw as unknown as VerifiedShape;
  const graded = v.goals ?? [];
  out.score = v.score;
  out.goals = graded.map((g): GoalOutcome => ({
    metric: g.metric,
    op: g.op,
    value: g.value,
    ...(g.byWeek === undefined ? {} : { byWeek: g.byWeek }),
    actual: g.actual,
    met: g.credit >= 1,
  }));
  out.final = Object.fromEntries(
    KEY_METRICS.map((k) => [k, sub.claimed.final[k] ?? null]),
  ) as CheckedFile["final"];
  return { result: out, verification: v };
}
