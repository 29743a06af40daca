/**
 * Everything a learner keeps in this browser as one file, and back: progress, plans, written
 * assignments and the growth sandbox (LearnerDataSchema, src/schemas/learner-data.ts). The
 * progress page loads this on demand (it brings the plan schema with it).
 *
 * Reading a file changes nothing: readLearnerFile says what each part holds, or why the file
 * cannot be read. Importing then applies only the parts the learner chose, each merged so that
 * nothing here is lost (progress merged, plans added beside those here, the newer written answer
 * kept), except the sandbox, which the imported one replaces; every import can be undone.
 *
 * The sandbox part is carried as stored and its shape checked here (a run of a scenario, a seed,
 * weeks, decisions by week) without the engine: loading the sandbox's own readers would pull the
 * engine into the progress page and split the sandbox page's chunks. The sandbox checks each lever
 * value when it opens, and sets aside (with a notice and a download) anything it cannot use.
 */
import type { Plan } from "../schemas/plan";
import type { Progress } from "../schemas/progress";
import { decodeProgress, type DecodeError } from "../lib/light/progress";
import {
  LEARNER_DATA_FORMAT,
  LEARNER_DATA_VERSION,
  SANDBOX_FORMAT,
  SANDBOX_VERSION,
} from "../schemas/formats";
import { $progress, saveProgress } from "./progress";
import { mergeProgress } from "./progress-merge";
import { $plans, mergePlans, PLANS_FORMAT, PLANS_VERSION, readPlan, restorePlans } from "./plans";
import { browserStorage, readUniqueById, versionedRecord } from "./persistent-versioned";
import { SANDBOX_KEY } from "./sandbox-key";
import {
  $written,
  mergeWritten,
  readWrittenState,
  restoreWritten,
  type WrittenAnswer,
} from "./written";

export const PARTS = ["progress", "plans", "written", "sandbox"] as const;
export type Part = (typeof PARTS)[number];

/** The saved sandbox as stored (null when there is none, or it is not JSON). */
function storedSandbox(): unknown {
  try {
    const text = browserStorage()?.getItem(SANDBOX_KEY);
    return text == null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Stores the sandbox as a whole (null removes it); false when the browser refuses. */
function putSandbox(value: unknown): boolean {
  const storage = browserStorage();
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(SANDBOX_KEY);
    else storage.setItem(SANDBOX_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const int = (v: unknown, min: number, max: number) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;

/**
 * The saved sandbox's shape, without the engine: the path of the first part that is wrong, or
 * null when it is a sandbox this course saves. Lever values are left to the sandbox (see above).
 */
export function sandboxProblem(value: unknown): string | null {
  if (!isRecord(value)) return "sandbox";
  if (value.format !== SANDBOX_FORMAT || value.version !== SANDBOX_VERSION) return "sandbox.format";
  const current = value.current;
  if (!isRecord(current) || !isRecord(current.run)) return "sandbox.current.run";
  const run = current.run;
  if (typeof run.scenario !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(run.scenario))
    return "sandbox.current.run.scenario";
  if (!int(run.seed, 0, Number.MAX_SAFE_INTEGER)) return "sandbox.current.run.seed";
  if (!int(run.weeks, 8, 104)) return "sandbox.current.run.weeks";
  if (!int(run.week, 0, run.weeks as number)) return "sandbox.current.run.week";
  if (!Array.isArray(run.decisions) || run.decisions.length > 1000)
    return "sandbox.current.run.decisions";
  const bad = run.decisions.findIndex(
    (d) => !isRecord(d) || !int(d.week, 0, run.weeks as number) || !isRecord(d.set),
  );
  return bad < 0 ? null : `sandbox.current.run.decisions.${bad}`;
}

/** The export: every part as its store holds it. */
export function learnerDataText(at: Date = new Date()): string {
  const data = {
    format: LEARNER_DATA_FORMAT,
    version: LEARNER_DATA_VERSION,
    exportedAt: at.toISOString(),
    progress: $progress.get(),
    plans: $plans.get(),
    written: $written.get(),
    sandbox: storedSandbox(),
  };
  return JSON.stringify(data, null, 2) + "\n";
}

/** What a file holds, part by part; a part the file has but that cannot be read is named in `unreadable`. */
export interface LearnerFile {
  progress?: Progress;
  plans?: { plans: Plan[]; dropped: number };
  written?: { answers: Record<string, WrittenAnswer>; dropped: number };
  /** The saved sandbox, its shape checked (sandboxProblem). */
  sandbox?: Record<string, unknown>;
  unreadable: { part: Part; error: DecodeError; path?: string }[];
  /** The file was a progress file of an older version, brought forward. */
  migratedFrom?: number;
}

export type FileRead =
  { ok: true; file: LearnerFile } | { ok: false; error: DecodeError | "empty"; path?: string };

/** Whether a read part holds anything to bring in (an empty plan list is not offered). */
function holds(file: LearnerFile, part: Part): boolean {
  switch (part) {
    case "progress": {
      const p = file.progress;
      return !!p && (Object.keys(p.modules).length > 0 || !!p.track || p.feedback.length > 0);
    }
    case "plans":
      return (file.plans?.plans.length ?? 0) > 0;
    case "written":
      return Object.keys(file.written?.answers ?? {}).length > 0;
    case "sandbox":
      return file.sandbox !== undefined;
  }
}

/** The parts a read file can import, in order: those that hold something. */
export const partsIn = (file: LearnerFile): Part[] => PARTS.filter((p) => holds(file, p));

/**
 * Reads an exported file: a learner-data file, or a progress file on its own (what the course
 * exported before). Never throws and never writes.
 */
export function readLearnerFile(text: string): FileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "json" };
  }
  const record = raw as Record<string, unknown> | null;
  if (typeof record !== "object" || record === null || record.format !== LEARNER_DATA_FORMAT) {
    // A progress file on its own (or a beta record, which has no format).
    const progress = decodeProgress(raw);
    if (!progress.ok) return progress;
    const file: LearnerFile = { progress: progress.value, unreadable: [] };
    if (progress.migratedFrom !== undefined) file.migratedFrom = progress.migratedFrom;
    return { ok: true, file };
  }
  if (typeof record.version === "number" && record.version > LEARNER_DATA_VERSION)
    return { ok: false, error: "newer" };
  if (record.version !== LEARNER_DATA_VERSION) return { ok: false, error: "foreign" };

  const file: LearnerFile = { unreadable: [] };
  if (record.progress !== undefined) {
    const progress = decodeProgress(record.progress);
    if (progress.ok) file.progress = progress.value;
    else
      file.unreadable.push({
        part: "progress",
        error: progress.error,
        ...(progress.path ? { path: progress.path } : {}),
      });
  }
  if (record.plans !== undefined) {
    const plans = versionedRecord(record.plans, PLANS_FORMAT, PLANS_VERSION)?.plans;
    if (Array.isArray(plans)) {
      const { items, dropped } = readUniqueById(plans, readPlan);
      file.plans = { plans: items, dropped };
    } else file.unreadable.push({ part: "plans", error: "invalid", path: "plans" });
  }
  if (record.written !== undefined) {
    const written = readWrittenState(record.written);
    if (written) file.written = { answers: written.value.answers, dropped: written.dropped };
    else file.unreadable.push({ part: "written", error: "invalid", path: "written" });
  }
  if (record.sandbox !== undefined && record.sandbox !== null) {
    const problem = sandboxProblem(record.sandbox);
    if (problem === null) file.sandbox = record.sandbox as Record<string, unknown>;
    else file.unreadable.push({ part: "sandbox", error: "invalid", path: problem });
  }
  if (partsIn(file).length === 0 && file.unreadable.length === 0)
    return { ok: false, error: "empty" };
  return { ok: true, file };
}

/** Everything an import may change, as it was before: what undo puts back. */
export interface Before {
  progress?: Progress;
  plans?: ReturnType<typeof $plans.get>;
  written?: ReturnType<typeof $written.get>;
  sandbox?: unknown;
}

export interface Imported {
  progress?: { attempts: number; results: number; feedback: number };
  plans?: { added: number; same: number; copied: number };
  written?: { added: number; updated: number; kept: number };
  sandbox?: true;
  before: Before;
}

const counts = (p: Progress) => {
  const modules = Object.values(p.modules);
  return {
    attempts: modules.reduce((n, m) => n + m.quizAttempts.length, 0),
    results: modules.reduce((n, m) => n + m.assignmentResults.length, 0),
    feedback: p.feedback.length,
  };
};

/**
 * Imports the chosen parts of a read file. When the browser refuses to store any of them, the
 * parts already imported are put back and the result is "storage": all or nothing.
 */
export function importLearnerData(
  file: LearnerFile,
  chosen: readonly Part[],
): { ok: true; imported: Imported } | { ok: false; error: "storage" } {
  const before: Before = {};
  const imported: Imported = { before };
  const fail = () => {
    undoImport(before);
    return { ok: false as const, error: "storage" as const };
  };
  // Each part is noted for undo once it has been stored.
  if (chosen.includes("progress") && file.progress) {
    const current = $progress.get();
    const merged = mergeProgress(current, file.progress);
    if (!saveProgress(merged)) return fail();
    before.progress = current;
    const a = counts(current);
    const b = counts(merged);
    imported.progress = {
      attempts: b.attempts - a.attempts,
      results: b.results - a.results,
      feedback: b.feedback - a.feedback,
    };
  }
  if (chosen.includes("plans") && file.plans) {
    const current = $plans.get();
    const merge = mergePlans(file.plans.plans);
    if (!merge) return fail();
    before.plans = current;
    imported.plans = merge;
  }
  if (chosen.includes("written") && file.written) {
    const current = $written.get();
    const merge = mergeWritten(file.written.answers);
    if (!merge) return fail();
    before.written = current;
    imported.written = merge;
  }
  if (chosen.includes("sandbox") && file.sandbox) {
    const current = storedSandbox();
    if (!putSandbox(file.sandbox)) return fail();
    before.sandbox = current;
    imported.sandbox = true;
  }
  return { ok: true, imported };
}

/** Puts back what an import changed. False when the browser refused to store some of it. */
export function undoImport(before: Before): boolean {
  let ok = true;
  if (before.progress) ok = saveProgress(before.progress) && ok;
  if (before.plans) ok = restorePlans(before.plans) && ok;
  if (before.written) ok = restoreWritten(before.written) && ok;
  if (before.sandbox !== undefined) ok = putSandbox(before.sandbox) && ok;
  return ok;
}
