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
import { persistentAtom } from "@nanostores/persistent";
import { AssignmentSchema, ASSIGNMENT_FORMAT, type Assignment } from "../schemas/assignment";
import { migrateAssignment } from "../grading/migrate";
import { canonicalJson as canonical } from "../lib/canonical-json";

export const ASSIGNMENTS_KEY = "col:v1:assignments";
export const ASSIGNMENTS_BACKUP_PREFIX = "col:v1:assignments:backup-";
export const ASSIGNMENTS_NOTICE_KEY = "col:v1:assignments:notice";
export const ASSIGNMENTS_FORMAT = "community-ops-lab/assignments";
export const ASSIGNMENTS_VERSION = 1;

export interface AssignmentsState {
  format: typeof ASSIGNMENTS_FORMAT;
  version: typeof ASSIGNMENTS_VERSION;
  /** Newest first as saved; the page sorts for display. */
  assignments: Assignment[];
}

/** What the recovery notice needs. */
export interface AssignmentsRecovery {
  /** Where the unreadable value was copied; null when there was no room (it then stays in place until the next save). */
  backupKey: string | null;
  /** Assignments that could not be read; 0 when the whole value was unreadable. */
  dropped: number;
  /** The whole value could not be read (not JSON, or not a list of assignments). */
  whole: boolean;
  at: string;
}

export const emptyAssignments = (): AssignmentsState => ({
  format: ASSIGNMENTS_FORMAT,
  version: ASSIGNMENTS_VERSION,
  assignments: [],
});

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

const now = () => new Date().toISOString();

function recover(
  raw: string,
  readable: AssignmentsState,
  dropped: number,
  whole: boolean,
): AssignmentsState {
  const s = storage();
  if (!s) return readable;
  let backupKey: string | null = null;
  try {
    let n = 1;
    while (s.getItem(ASSIGNMENTS_BACKUP_PREFIX + n) !== null) n += 1;
    s.setItem(ASSIGNMENTS_BACKUP_PREFIX + n, raw);
    backupKey = ASSIGNMENTS_BACKUP_PREFIX + n;
    s.setItem(ASSIGNMENTS_KEY, JSON.stringify(readable));
  } catch {
    // No room for the copy: the raw value stays where it is; the notice says so.
  }
  try {
    s.setItem(
      ASSIGNMENTS_NOTICE_KEY,
      JSON.stringify({ backupKey, dropped, whole, at: now() } satisfies AssignmentsRecovery),
    );
  } catch {
    // The notice cannot persist; the page still works.
  }
  return readable;
}

/** One assignment brought forward and checked; null when it cannot be read. */
export function readAssignment(value: unknown): Assignment | null {
  try {
    const parsed = AssignmentSchema.safeParse(migrateAssignment(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The readable assignments of a list value, and how many were not readable (or repeated an id). */
export function readAssignmentList(values: readonly unknown[]): {
  assignments: Assignment[];
  dropped: number;
} {
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const value of values) {
    const a = readAssignment(value);
    if (a === null || seen.has(a.id)) dropped += 1;
    else {
      assignments.push(a);
      seen.add(a.id);
    }
  }
  return { assignments, dropped };
}

/** Decodes the stored text; exported for tests. Unreadable parts go to a backup (see above). */
export function decodeAssignments(text: string): AssignmentsState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return recover(text, emptyAssignments(), 0, true);
  }
  const record = data as Partial<AssignmentsState> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    record.format !== ASSIGNMENTS_FORMAT ||
    record.version !== ASSIGNMENTS_VERSION ||
    !Array.isArray(record.assignments)
  ) {
    return recover(text, emptyAssignments(), 0, true);
  }
  const { assignments, dropped } = readAssignmentList(record.assignments);
  const state: AssignmentsState = { ...emptyAssignments(), assignments };
  return dropped > 0 ? recover(text, state, dropped, false) : state;
}

export const $assignments = persistentAtom<AssignmentsState>(ASSIGNMENTS_KEY, emptyAssignments(), {
  encode: JSON.stringify,
  decode: decodeAssignments,
});

function save(next: AssignmentsState): boolean {
  try {
    $assignments.set(next);
    return true;
  } catch {
    return false;
  }
}

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

export function readAssignmentsRecovery(): AssignmentsRecovery | null {
  try {
    const text = storage()?.getItem(ASSIGNMENTS_NOTICE_KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<AssignmentsRecovery>;
    if (typeof value.backupKey !== "string" && value.backupKey !== null) return null;
    return {
      backupKey: value.backupKey,
      dropped: Number(value.dropped) || 0,
      whole: value.whole === true,
      at: String(value.at ?? ""),
    };
  } catch {
    return null;
  }
}

/** The unreadable value the notice offers for download, when it is still there. */
export function recoveredAssignmentsText(recovery: AssignmentsRecovery): string | null {
  try {
    return storage()?.getItem(recovery.backupKey ?? ASSIGNMENTS_KEY) ?? null;
  } catch {
    return null;
  }
}

export function dismissAssignmentsRecovery(): void {
  try {
    storage()?.removeItem(ASSIGNMENTS_NOTICE_KEY);
  } catch {
    // The notice shows again next time; nothing else depends on it.
  }
}
