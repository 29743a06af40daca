/**
 * One submission file checked against the official assignment: the gradebook's unit of work,
 * run inside the verify worker (and in Node by tests and the benchmark). Pure.
 *
 * It adds to src/grading/verify.ts only what a class gradebook needs (the status and reason,
 * including for files that answer another assignment or none, come from the verifier, as on the
 * command line): for runs that replay, the goals met, the key final metrics, the levers the
 * learner moved and the run itself (for the read-only review link).
 * Numbers are taken from a file only once verification has shown the replay reproduces them.
 */
import type { Assignment } from "../../schemas/assignment";
import type { StoredRun } from "../../schemas/submission";
import { verifySubmission } from "../../grading/verify";
import { LEVERS, getScenario, scenarioLevers, scheduleDecisions, type Decision } from "../../sim";
import { KEY_METRICS, emptyResult, type CheckedFile, type GoalOutcome } from "./file-result";

export * from "./file-result";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function learnerOf(raw: Obj): CheckedFile["learner"] {
  const l = raw.learner;
  if (!isObj(l) || typeof l.name !== "string" || !l.name.trim()) return null;
  return { name: l.name.trim(), id: typeof l.id === "string" && l.id.trim() ? l.id.trim() : null };
}

function dateOf(raw: Obj): string | null {
  const at = raw.createdAt;
  return typeof at === "string" && Number.isFinite(Date.parse(at)) ? at : null;
}

/**
 * The levers a run moved away from where the scenario starts them, in LEVERS order. Locked levers
 * are left out: the learner could not move them.
 */
export function leversUsed(
  run: Pick<StoredRun, "scenario" | "decisions">,
  locked: Record<string, unknown>,
): string[] {
  const scenario = getScenario(run.scenario);
  if (!scenario) return [];
  const start = scenarioLevers(scenario) as unknown as Record<string, unknown>;
  const used = new Set<string>();
  for (const set of scheduleDecisions(run.decisions as Decision[]).values()) {
    for (const [lever, value] of Object.entries(set)) {
      if (lever in locked) continue;
      if (lever === "transform" ? value !== "none" : value !== start[lever]) used.add(lever);
    }
  }
  return LEVERS.map((l) => l.name as string).filter((name) => used.has(name));
}

/** The parts of a submission read once verification has passed (the schema has checked them). */
interface VerifiedShape {
  run: StoredRun;
  claimed: { final: Record<string, number | null> };
  score: { goals: (Omit<GoalOutcome, "met"> & { credit: number })[] };
}

/** Checks one submission file's text against the official assignment. */
export function checkFile(file: string, text: string, assignment: Assignment): CheckedFile {
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

  const v = verifySubmission(raw, { assignment });
  out.status = v.status;
  out.reason = v.reason
    ? {
        code: v.reason.code,
        ...(v.reason.field ? { field: v.reason.field } : {}),
        params: v.reason.params,
      }
    : null;
  out.replayedScore = v.replayedScore;
  if (v.learner && !out.learner) out.learner = { name: v.learner, id: v.learnerId };
  if (v.replayedScore === null || !isObj(raw)) return out;

  // The run replayed: its decisions are valid and it is the assignment's run.
  const sub = raw as unknown as VerifiedShape;
  out.run = sub.run;
  out.leversUsed = leversUsed(sub.run, assignment.locked as Record<string, unknown>);
  if (v.status !== "verified") return out;
  out.score = v.score;
  out.goals = sub.score.goals.map((g) => ({
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
  return out;
}
