/**
 * What a package reports to the LMS, from its ledger (src/lms/ledger.ts). One rule for the three
 * standards (src/lms/runtimes/ turn it into each one's fields):
 *
 * - completion: every module the package covers is complete — each of its assignments has a
 *   passed result (the package's instructor assignment, passed);
 * - score: the mean of the best scores of everything graded (each module's quiz and its
 *   assignments other than a quiz), reported once everything has been tried: a mean with
 *   untried work counted as zero would tell the LMS "failed" halfway through the course;
 * - success: that score against the mastery score, with the course's one pass rule (passes()).
 *
 * Until everything has been tried the LMS sees progress (the share of covered modules complete),
 * no score and success unknown.
 */
import { passes } from "../grading/pass";
import type { PackageModule, SuspendData, SuspendResult } from "../schemas/lms";

export interface Report {
  completion: "completed" | "incomplete";
  success: "passed" | "failed" | "unknown";
  /** 0–1, four decimals; absent until everything graded has been tried. */
  scaled?: number;
  /** Share of the covered modules (or the assignment) complete, 0–1. */
  progress: number;
}

/** What a package covers, as its report needs it. */
export type ReportScope =
  { kind: "modules"; modules: readonly PackageModule[] } | { kind: "assignment"; id: string };

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

function moduleComplete(ledger: SuspendData, m: PackageModule): boolean {
  const results = ledger.modules[m.id]?.results ?? {};
  return m.requires.every((kind) => results[kind]?.passed === true);
}

/** The best result of each graded item, in order (undefined where not yet tried). */
function gradedResults(ledger: SuspendData, scope: ReportScope): (SuspendResult | undefined)[] {
  if (scope.kind === "assignment") return [ledger.assignments[scope.id]];
  return scope.modules.flatMap((m) => {
    const results = ledger.modules[m.id]?.results ?? {};
    return m.items.map((item) => (item === "quiz" ? results.attempt : results[item]));
  });
}

export function report(ledger: SuspendData, scope: ReportScope, mastery: number): Report {
  const graded = gradedResults(ledger, scope);
  const units =
    scope.kind === "assignment"
      ? [ledger.assignments[scope.id]?.passed === true]
      : scope.modules.map((m) => moduleComplete(ledger, m));
  const done = units.filter(Boolean).length;
  const completion = units.length > 0 && done === units.length ? "completed" : "incomplete";
  const progress = units.length ? round4(done / units.length) : 0;
  if (graded.length === 0 || graded.some((r) => r === undefined))
    return { completion, success: "unknown", progress };
  const scaled = round4(graded.reduce((sum, r) => sum + r!.score, 0) / graded.length);
  return { completion, success: passes(scaled, mastery) ? "passed" : "failed", scaled, progress };
}
