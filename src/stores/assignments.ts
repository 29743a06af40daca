/**
 * The instructor's simulation assignments, kept in this browser (localStorage
 * `col:v1:assignments`) and saved on every change.
 *
 * Stored as `{ format, version, assignments }`; each assignment is brought forward with
 * migrateAssignment() and checked against AssignmentSchema. Bad data never stops the page: when
 * the stored value, or any assignment in it, cannot be read, the raw value is copied to
 * `col:v1:assignments:backup-<n>`, the readable assignments are kept, and
 * `col:v1:assignments:notice` tells the page to show a notice (offering the copy as a download)
 * until it is dismissed. Mutators return false instead of throwing when the browser refuses to
 * store. The same `{ format, version, assignments }` shape is the export file.
 */
import { AssignmentSchema, ASSIGNMENT_FORMAT, type Assignment } from "../schemas/assignment";
import { migrateAssignment } from "../grading/migrate";
import { canonicalJson as canonical } from "../lib/canonical-json";
import {
  backupPrefixOf,
  itemReader,
  noticeKeyOf,
  persistentVersionedList,
  readUniqueById,
  type ListRecovery,
} from "./persistent-versioned";

export const ASSIGNMENTS_KEY = "col:v1:assignments";
export const ASSIGNMENTS_BACKUP_PREFIX = backupPrefixOf(ASSIGNMENTS_KEY);
export const ASSIGNMENTS_NOTICE_KEY = noticeKeyOf(ASSIGNMENTS_KEY);
export const ASSIGNMENTS_FORMAT = "community-ops-lab/assignments";
export const ASSIGNMENTS_VERSION = 1;

export interface AssignmentsState {
  format: typeof ASSIGNMENTS_FORMAT;
  version: typeof ASSIGNMENTS_VERSION;
  /** Newest first as saved; the page sorts for display. */
  assignments: Assignment[];
}

/** What the recovery notice needs. */
export type AssignmentsRecovery = ListRecovery;

export const emptyAssignments = (): AssignmentsState => ({
  format: ASSIGNMENTS_FORMAT,
  version: ASSIGNMENTS_VERSION,
  assignments: [],
});

/** One assignment brought forward and checked; null when it cannot be read. */
export const readAssignment: (value: unknown) => Assignment | null = itemReader(
  AssignmentSchema,
  migrateAssignment,
);

/** The readable assignments of a list value, and how many were not readable (or repeated an id). */
export function readAssignmentList(values: readonly unknown[]): {
  assignments: Assignment[];
  dropped: number;
} {
  const { items, dropped } = readUniqueById(values, readAssignment);
  return { assignments: items, dropped };
}

const store = persistentVersionedList({
  key: ASSIGNMENTS_KEY,
  format: ASSIGNMENTS_FORMAT,
  version: ASSIGNMENTS_VERSION,
  field: "assignments",
  readItem: readAssignment,
  empty: emptyAssignments,
  build: (assignments): AssignmentsState => ({ ...emptyAssignments(), assignments }),
});

export const $assignments = store.$store;

const save = store.save;

/**
 * Adds an assignment or replaces the one with its id. Refused (false) when it is not a valid
 * assignment, so what is stored always reads back.
 */
export function saveAssignment(assignment: Assignment): boolean {
  const checked = AssignmentSchema.safeParse(assignment);
  if (!checked.success) return false;
  const state = $assignments.get();
  const exists = state.assignments.some((a) => a.id === assignment.id);
  const assignments = exists
    ? state.assignments.map((a) => (a.id === assignment.id ? checked.data : a))
    : [checked.data, ...state.assignments];
  return save({ ...state, assignments });
}

/** What undo needs to put a deleted assignment back where it was. */
export interface DeletedAssignment {
  assignment: Assignment;
  index: number;
}

export function deleteAssignment(id: string): DeletedAssignment | null {
  const state = $assignments.get();
  const index = state.assignments.findIndex((a) => a.id === id);
  const assignment = state.assignments[index];
  if (!assignment) return null;
  return save({ ...state, assignments: state.assignments.filter((a) => a.id !== id) })
    ? { assignment, index }
    : null;
}

export function restoreAssignment(deleted: DeletedAssignment): boolean {
  const state = $assignments.get();
  if (state.assignments.some((a) => a.id === deleted.assignment.id)) return false;
  const assignments = [...state.assignments];
  assignments.splice(Math.min(deleted.index, assignments.length), 0, deleted.assignment);
  return save({ ...state, assignments });
}

/** The export file: every saved assignment in the stored shape. */
export function assignmentsFileText(state: AssignmentsState = $assignments.get()): string {
  return JSON.stringify(state, null, 2) + "\n";
}

/** What importing a file did. */
export interface ImportResult {
  ok: boolean;
  /** Why nothing could be imported ("json", "foreign", "newer", "empty", "storage"). */
  error?: "json" | "foreign" | "newer" | "empty" | "storage";
  added: string[];
  /** Already saved, identical. */
  same: string[];
  /** An assignment with the same id is saved with different content: kept as it was, import skipped. */
  conflicts: string[];
  /** Entries that were not readable assignments. */
  dropped: number;
}

/**
 * Imports an exported list (community-ops-lab/assignments) or a single assignment file. Nothing
 * saved is ever replaced: an id that is already saved with other content is reported as a
 * conflict and left alone.
 */
export function importAssignmentsText(text: string): ImportResult {
  const result: ImportResult = { ok: false, added: [], same: [], conflicts: [], dropped: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...result, error: "json" };
  }
  const record = data as { format?: unknown; version?: unknown; assignments?: unknown } | null;
  let incoming: Assignment[];
  if (record && typeof record === "object" && record.format === ASSIGNMENTS_FORMAT) {
    if (typeof record.version === "number" && record.version > ASSIGNMENTS_VERSION)
      return { ...result, error: "newer" };
    if (record.version !== ASSIGNMENTS_VERSION || !Array.isArray(record.assignments)) {
      return { ...result, error: "foreign" };
    }
    const list = readAssignmentList(record.assignments);
    incoming = list.assignments;
    result.dropped = list.dropped;
  } else if (record && typeof record === "object" && record.format === ASSIGNMENT_FORMAT) {
    if (typeof record.version === "number" && record.version > 1)
      return { ...result, error: "newer" };
    const one = readAssignment(record);
    if (!one) return { ...result, error: "foreign", dropped: 1 };
    incoming = [one];
  } else {
    return { ...result, error: "foreign" };
  }
  if (!incoming.length) return { ...result, error: "empty" };
  const state = $assignments.get();
  const byId = new Map(state.assignments.map((a) => [a.id, a]));
  const added: Assignment[] = [];
  for (const a of incoming) {
    const existing = byId.get(a.id);
    if (!existing) {
      added.push(a);
      byId.set(a.id, a);
    } else if (canonical(existing) === canonical(a)) result.same.push(a.id);
    else result.conflicts.push(a.id);
  }
  result.added = added.map((a) => a.id);
  if (added.length && !save({ ...state, assignments: [...added, ...state.assignments] })) {
    return { ...result, added: [], error: "storage" };
  }
  return { ...result, ok: true };
}

export const readAssignmentsRecovery: () => AssignmentsRecovery | null = store.readNotice;

/** The unreadable value the notice offers for download, when it is still there. */
export const recoveredAssignmentsText: (recovery: AssignmentsRecovery) => string | null =
  store.backupText;

export const dismissAssignmentsRecovery: () => void = store.dismissNotice;
