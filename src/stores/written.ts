/**
 * The learner's written assignments as they write them (localStorage `col:v1:written`): for each
 * module with one, the plan fields it asks for, saved as they are typed. Scores are recorded in
 * the progress store (recordAssignment, kind "written"); this store keeps the words.
 *
 * Zod-free (module pages load it): each field is read by the shape the plan gives it, and a unit
 * test holds these readers to what PlanSchema accepts. An answer that cannot be read is dropped,
 * the rest kept; the raw value is copied aside and a notice offers it (persistent-versioned.ts).
 */
import { REFERRAL_MODES, WRITTEN_FIELDS, type WrittenField } from "../schemas/plan-options";
import {
  backupPrefixOf,
  noticeKeyOf,
  persistentVersioned,
  recordNotice,
  versionedRecord,
} from "./persistent-versioned";

export const WRITTEN_KEY = "col:v1:written";
export const WRITTEN_FORMAT = "community-ops-lab/written";
export const WRITTEN_BACKUP_PREFIX = backupPrefixOf(WRITTEN_KEY);
export const WRITTEN_NOTICE_KEY = noticeKeyOf(WRITTEN_KEY);

/** One module's answer: the value of each field it asks for, by plan path. */
export interface WrittenAnswer {
  fields: Partial<Record<WrittenField, unknown>>;
  updatedAt: string;
}

export interface WrittenState {
  format: typeof WRITTEN_FORMAT;
  version: 1;
  /** By module id ("03-platform-rules"). */
  answers: Record<string, WrittenAnswer>;
}

export interface WrittenRecovery {
  backupKey: string | null;
  /** Answers that could not be read; 0 when the whole value could not. */
  dropped: number;
  at: string;
}

const empty = (): WrittenState => ({ format: WRITTEN_FORMAT, version: 1, answers: {} });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads a value: what the plan keeps of it (defaults filled, unknown keys dropped), or null. */
type Reader = (v: unknown) => { value: unknown } | null;

const text =
  (max: number): Reader =>
  (v) =>
    v === undefined
      ? { value: "" }
      : typeof v === "string" && v.length <= max
        ? { value: v }
        : null;
const count =
  (min: number, max: number): Reader =>
  (v) =>
    v === undefined || v === null
      ? { value: null }
      : typeof v === "number" && Number.isInteger(v) && v >= min && v <= max
        ? { value: v }
        : null;
/** Rows of a list: each an id and the given fields. */
const rows =
  (max: number, fields: Record<string, Reader>): Reader =>
  (v) => {
    if (!Array.isArray(v) || v.length > max) return null;
    const out: Record<string, unknown>[] = [];
    for (const row of v) {
      if (!isObject(row) || typeof row.id !== "string" || row.id.length < 1 || row.id.length > 64)
        return null;
      const read: Record<string, unknown> = { id: row.id };
      for (const [key, reader] of Object.entries(fields)) {
        const field = reader(row[key]);
        if (field === null) return null;
        read[key] = field.value;
      }
      out.push(read);
    }
    return { value: out };
  };

/** What each field may hold: the plan's own limits and defaults (src/schemas/plan.ts). */
const FIELD_READERS: Record<WrittenField, Reader> = {
  "rules.threshold": text(4000),
  "rules.speaking": text(4000),
  "rules.banned": text(4000),
  "rules.rewardsPenalties": text(4000),
  "coldStart.invitation": text(4000),
  "coldStart.firstWeek": text(4000),
  "referral.mode": (v) =>
    (REFERRAL_MODES as readonly unknown[]).includes(v) ? { value: v } : null,
  "referral.tiers": rows(10, { invites: count(1, 100000), reward: text(300) }),
  "referral.antiCheat": (v) => (typeof v === "boolean" ? { value: v } : null),
  "referral.antiCheatMeasures": text(4000),
  "risk.holdingStatement": text(1000),
  "risk.timeline": rows(20, { minute: count(0, 1440), action: text(500) }),
};

/** A field's value as the plan holds it, or null when the field may not hold it. */
export function readField(field: string, value: unknown): { value: unknown } | null {
  return (WRITTEN_FIELDS as readonly string[]).includes(field)
    ? FIELD_READERS[field as WrittenField](value)
    : null;
}

/** Whether a value is one a written-assignment field may hold. */
export const readableField = (field: string, value: unknown): boolean =>
  readField(field, value) !== null;

const MODULE_ID = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function readAnswer(value: unknown): WrittenAnswer | null {
  if (!isObject(value) || !isObject(value.fields)) return null;
  if (typeof value.updatedAt !== "string" || !TIMESTAMP.test(value.updatedAt)) return null;
  const fields: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(value.fields)) {
    const read = readField(field, v);
    if (read === null) return null;
    fields[field] = read.value;
  }
  return { fields, updatedAt: value.updatedAt };
}

const store = persistentVersioned<WrittenState, { dropped: number }, WrittenRecovery>({
  key: WRITTEN_KEY,
  empty,
  read(data) {
    const record = versionedRecord(data, WRITTEN_FORMAT, 1);
    if (!record || !isObject(record.answers)) return { value: empty(), problem: { dropped: 0 } };
    const answers: Record<string, WrittenAnswer> = {};
    let dropped = 0;
    for (const [moduleId, raw] of Object.entries(record.answers)) {
      const answer = MODULE_ID.test(moduleId) ? readAnswer(raw) : null;
      if (answer) answers[moduleId] = answer;
      else dropped += 1;
    }
    const value: WrittenState = { format: WRITTEN_FORMAT, version: 1, answers };
    return dropped > 0 ? { value, problem: { dropped } } : { value };
  },
  unparsable: { dropped: 0 },
  notice: recordNotice((stored) => ({ dropped: Number(stored.dropped) || 0 })),
});

export const $written = store.$store;
export const readWrittenRecovery: () => WrittenRecovery | null = store.readNotice;
export const recoveredWrittenText: (r: WrittenRecovery) => string | null = store.backupText;
export const dismissWrittenRecovery: () => void = store.dismissNotice;

/** Saves a module's answer (the fields it asks for); false when the browser refuses to store. */
export function saveAnswer(
  moduleId: string,
  fields: Partial<Record<WrittenField, unknown>>,
  at: string = new Date().toISOString(),
): boolean {
  const current = $written.get();
  return store.save({
    ...current,
    answers: { ...current.answers, [moduleId]: { fields, updatedAt: at } },
  });
}
