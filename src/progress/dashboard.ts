/** What the progress page shows, computed from the record: plain functions, tested without a DOM. */
import type { Progress } from "../schemas/progress";
import { assignmentStatus, moduleState, type AssignmentStatus } from "../stores/progress-ops";

/** A module as the progress and certificate pages know it (one language, from the build). */
export interface ModuleInfo {
  id: string;
  number: number;
  title: string;
  href: string;
  /** The module also has a written assignment (it is complete when both pass). */
  written?: boolean;
}

/** A track as those pages know it, with module numbers turned into module ids. */
export interface TrackView {
  id: string;
  name: string;
  who: string;
  focus: string;
  path: string[];
  required: string[];
}

export interface ModuleRow {
  module: ModuleInfo;
  state: "completed" | "read" | "new";
  quizBest?: number;
  attempts: number;
  assignment: AssignmentStatus;
  assignmentBest?: number;
  /** The written assignment's status, for a module that has one. */
  written?: { status: AssignmentStatus; best?: number };
}

export function moduleRows(progress: Progress, modules: readonly ModuleInfo[]): ModuleRow[] {
  return modules.map((module) => {
    const m = progress.modules[module.id];
    const { status, best } = assignmentStatus(m);
    const written = module.written ? assignmentStatus(m, "written") : undefined;
    return {
      module,
      state: moduleState(m),
      quizBest: m?.quizBest,
      attempts: m?.quizAttempts.length ?? 0,
      assignment: status,
      assignmentBest: best,
      ...(written ? { written: { status: written.status, best: written.best } } : {}),
    };
  });
}

export interface Summary {
  completed: number;
  read: number;
  total: number;
  attempts: number;
}

export function summary(rows: readonly ModuleRow[]): Summary {
  return {
    completed: rows.filter((r) => r.state === "completed").length,
    read: rows.filter((r) => r.state !== "new").length,
    total: rows.length,
    attempts: rows.reduce((n, r) => n + r.attempts, 0),
  };
}

/**
 * The next thing to do: the first module on the learner's path (or the course, without a track)
 * that is not completed — "start" when unread, "finish" when read but its assignment has not passed.
 * Null when everything on the path is complete.
 */
export function nextStep(
  progress: Progress,
  modules: readonly ModuleInfo[],
  path: readonly string[] | undefined,
): { module: ModuleInfo; action: "start" | "finish" } | null {
  const order = path ?? modules.map((m) => m.id);
  for (const id of order) {
    const module = modules.find((m) => m.id === id);
    if (!module) continue;
    const state = moduleState(progress.modules[id]);
    if (state === "completed") continue;
    return { module, action: state === "read" ? "finish" : "start" };
  }
  return null;
}

export interface TimelinePoint {
  at: string;
  moduleId: string;
  kind: "quiz" | "assignment";
  score: number;
  passed: boolean;
}

/** Every scored event in time order: the data of the chart and of its table. */
export function timeline(progress: Progress): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  for (const [moduleId, m] of Object.entries(progress.modules)) {
    for (const a of m.quizAttempts)
      points.push({ at: a.at, moduleId, kind: "quiz", score: a.score, passed: a.passed });
    for (const r of m.assignmentResults) {
      // A quiz assignment's result repeats the quiz attempt it came from; count it once.
      if (r.kind === "quiz" && m.quizAttempts.some((a) => a.at === r.at && a.score === r.score))
        continue;
      points.push({ at: r.at, moduleId, kind: "assignment", score: r.score, passed: r.passed });
    }
  }
  return points.sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.moduleId < b.moduleId ? -1 : 1),
  );
}
