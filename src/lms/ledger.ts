/**
 * What a package counts: results earned inside it. The ledger is the suspend data the LMS keeps
 * for the learner (src/lms/suspend.ts); each session adds the results the learner's browser
 * recorded while the package was open, and nothing else. A progress file imported on the
 * progress page, or results from before the session (another learner's on a shared computer,
 * the public site's), show on the pages but are never reported: their times fall outside the
 * session. Pure: callers pass the times.
 */
import type { AssignmentKind, ModuleProgress, Progress } from "../schemas/progress";
import type {
  PackageModule,
  SuspendAssignment,
  SuspendData,
  SuspendItem,
  SuspendModule,
  SuspendResult,
} from "../schemas/lms";
import { withAssignmentResult, withQuizAttempt, withRead } from "../stores/progress-ops";

/** When this session began and now, in epoch milliseconds: results inside it count. */
export interface SessionWindow {
  from: number;
  to: number;
}

/** A result recorded late in a second still belongs to it (suspend data keeps seconds). */
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The better of two results: the higher score, then a pass, then the earlier. */
export function better<T extends SuspendResult>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  if (a.passed !== b.passed) return a.passed ? a : b;
  return a.at <= b.at ? a : b;
}

type Scored = { score: number; passed: boolean; at: string };

function bestIn(results: readonly Scored[], window: SessionWindow): SuspendResult | undefined {
  let best: SuspendResult | undefined;
  for (const r of results) {
    const t = Date.parse(r.at);
    if (!(t >= window.from && t <= window.to)) continue;
    best = better(best, { score: r.score, passed: r.passed, at: seconds(r.at) });
  }
  return best;
}

function earnModule(
  kept: SuspendModule | undefined,
  local: ModuleProgress | undefined,
  window: SessionWindow,
): SuspendModule | undefined {
  const results: SuspendModule["results"] = { ...kept?.results };
  if (local) {
    const attempt = better(results.attempt, bestIn(local.quizAttempts, window));
    if (attempt) results.attempt = attempt;
    for (const kind of ["quiz", "simulation", "plan", "written"] as const) {
      const own = local.assignmentResults.filter((r) => r.kind === kind);
      const best = better(results[kind], bestIn(own, window));
      if (best) results[kind] = best;
    }
  }
  const read = Boolean(kept?.read || local?.readAt);
  return read || Object.keys(results).length ? { read, results } : undefined;
}

/** The ledger with what the learner earned in the covered modules during the session. */
export function earn(
  ledger: SuspendData,
  progress: Progress,
  modules: readonly PackageModule[],
  window: SessionWindow,
): SuspendData {
  const next: Record<string, SuspendModule> = { ...ledger.modules };
  for (const { id } of modules) {
    const m = earnModule(ledger.modules[id], progress.modules[id], window);
    if (m) next[id] = m;
  }
  return { ...ledger, savedAt: Math.floor(window.to / 1000), modules: next };
}

/** The ledger with a submission of the package's instructor assignment (best one kept). */
export function earnSubmission(
  ledger: SuspendData,
  id: string,
  submission: SuspendAssignment,
): SuspendData {
  const best = better(ledger.assignments[id], submission)!;
  return { ...ledger, assignments: { ...ledger.assignments, [id]: best } };
}

const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

const localBest = (results: readonly Scored[]) =>
  results.reduce<number | undefined>(
    (m, r) => (m === undefined ? r.score : Math.max(m, r.score)),
    undefined,
  );

/** Whether the browser already holds a result at least as good (so restoring adds nothing). */
function holds(results: readonly Scored[], wanted: SuspendResult): boolean {
  const best = localBest(results);
  const passed = results.some((r) => r.passed);
  return best !== undefined && best >= wanted.score && (passed || !wanted.passed);
}

/**
 * The browser's progress with the ledger's results added where it lacks them, so a learner who
 * opens the package on another computer finds their modules as they left them. Adds only what
 * is missing: restoring twice changes nothing the second time.
 */
export function restore(
  progress: Progress,
  ledger: SuspendData,
  modules: readonly PackageModule[],
): Progress {
  let p = progress;
  for (const { id, requires } of modules) {
    const kept = ledger.modules[id];
    if (!kept) continue;
    const local = () => p.modules[id];
    const attempt = kept.results.attempt;
    if (attempt && !holds(local()?.quizAttempts ?? [], attempt)) {
      p = withQuizAttempt(p, id, { score: attempt.score, passed: attempt.passed }, iso(attempt.at));
    }
    for (const kind of requires) {
      const r = kept.results[kind satisfies AssignmentKind as SuspendItem];
      const own = (local()?.assignmentResults ?? []).filter((x) => x.kind === kind);
      if (r && !holds(own, r)) {
        p = withAssignmentResult(
          p,
          id,
          { kind, score: r.score, passed: r.passed, at: iso(r.at) },
          requires,
        );
      }
    }
    if (kept.read && !local()?.readAt) p = withRead(p, id, iso(ledger.savedAt));
  }
  return p;
}
