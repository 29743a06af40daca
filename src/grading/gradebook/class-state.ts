/**
 * The gradebook page's state as a pure reducer: which assignment is open, every file given to its
 * class, each file's check result as it arrives from the verify workers, and which verified
 * attempt counts. The island holds it with useReducer and persists it (src/stores/gradebook.ts);
 * this module knows nothing of workers, storage or the DOM.
 */
import type { Assignment } from "../../schemas/assignment";
import {
  GRADEBOOK_CLASS_FORMAT,
  GRADEBOOK_CLASS_VERSION,
  type ClassFile,
  type GradebookClass,
} from "../../schemas/gradebook";
import { unreadFile, type CheckedFile } from "./file-result";
import { buildRows, type CountRule, type GradeRow } from "./gradebook";

export interface ClassState {
  /** The official assignment; null until one is chosen. */
  assignment: Assignment | null;
  /** Every file given, in load order; files given before an assignment was chosen wait here. */
  files: readonly ClassFile[];
  /** Check results by file key; a file with text and no result is still being verified. */
  results: ReadonlyMap<number, CheckedFile>;
  countRule: CountRule;
  nextKey: number;
  /** Bumped whenever the files or the assignment change, so that stale results are ignored. */
  generation: number;
}

export type ClassAction =
  /** Opens an assignment's class: its saved files (or, for a new class, the files waiting). */
  | { type: "open"; assignment: Assignment; saved: GradebookClass | null }
  | { type: "add"; files: readonly ClassFile[] }
  /** Check results from the verify workers, a few at a time. */
  | { type: "checked"; results: readonly [number, CheckedFile][]; generation: number }
  | { type: "count-rule"; rule: CountRule }
  | { type: "clear" };

export const initialClass = (): ClassState => ({
  assignment: null,
  files: [],
  results: new Map(),
  countRule: "best",
  nextKey: 1,
  generation: 0,
});

/** Results for the files that were never read: they need no verifying. */
function unreadResults(files: readonly ClassFile[]): Map<number, CheckedFile> {
  const out = new Map<number, CheckedFile>();
  for (const f of files)
    if (f.text === null)
      out.set(f.key, unreadFile(f.file, f.unread?.code ?? "read-failed", f.unread?.params ?? {}));
  return out;
}

const nextKeyOf = (files: readonly ClassFile[]) =>
  files.reduce((max, f) => Math.max(max, f.key), 0) + 1;

export function classReducer(state: ClassState, action: ClassAction): ClassState {
  switch (action.type) {
    case "open": {
      const waiting = state.assignment ? [] : state.files;
      const saved = action.saved?.files ?? [];
      // Files dropped before the assignment was chosen join its class after the saved ones.
      let key = nextKeyOf(saved);
      const files = [...saved, ...waiting.map((f) => ({ ...f, key: key++ }))];
      return {
        assignment: action.assignment,
        files,
        results: unreadResults(files),
        countRule: action.saved?.countRule ?? state.countRule,
        nextKey: key,
        generation: state.generation + 1,
      };
    }
    case "add": {
      // Keys continue from the class's own: a batch read before its class opened is re-keyed.
      let key = state.nextKey;
      const added = action.files.map((f) => ({ ...f, key: key++ }));
      const files = [...state.files, ...added];
      const results = new Map(state.results);
      for (const [k, v] of unreadResults(added)) results.set(k, v);
      return { ...state, files, results, nextKey: key };
    }
    case "checked": {
      if (action.generation !== state.generation) return state;
      const keys = new Set(state.files.map((f) => f.key));
      const results = new Map(state.results);
      for (const [key, result] of action.results) if (keys.has(key)) results.set(key, result);
      return { ...state, results };
    }
    case "count-rule":
      return { ...state, countRule: action.rule };
    case "clear":
      return {
        ...state,
        files: [],
        results: new Map(),
        nextKey: 1,
        generation: state.generation + 1,
      };
  }
}

/** How far verifying has come: files with text, those checked, and those flagged so far. */
export function classProgress(state: ClassState): { total: number; done: number; flagged: number } {
  let total = 0;
  let done = 0;
  let flagged = 0;
  for (const f of state.files) {
    if (f.text === null) continue;
    total += 1;
    const result = state.results.get(f.key);
    if (!result) continue;
    done += 1;
    if (result.status !== "verified") flagged += 1;
  }
  return state.assignment ? { total, done, flagged } : { total: 0, done: 0, flagged: 0 };
}

/** Files with text that have no result yet: what the verify workers still have to check. */
export const pendingFiles = (state: ClassState): ClassFile[] =>
  state.assignment ? state.files.filter((f) => f.text !== null && !state.results.has(f.key)) : [];

/** The table's rows for the files checked so far. */
export function classRows(state: ClassState): GradeRow[] {
  if (!state.assignment) return [];
  const loaded = state.files.flatMap((f) => {
    const result = state.results.get(f.key);
    return result ? [{ key: f.key, result, receivedAt: f.receivedAt }] : [];
  });
  return buildRows(loaded, state.assignment, state.countRule);
}

/** The class as the browser keeps it; null when no assignment is open. */
export function classRecord(state: ClassState, updatedAt: string): GradebookClass | null {
  if (!state.assignment) return null;
  return {
    format: GRADEBOOK_CLASS_FORMAT,
    version: GRADEBOOK_CLASS_VERSION,
    assignment: state.assignment,
    countRule: state.countRule,
    files: [...state.files],
    updatedAt,
  };
}
