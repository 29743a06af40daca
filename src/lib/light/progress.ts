/**
 * Reading progress records and mentor feedback files without zod (src/lib/light/kit.ts): the
 * browser checks stored and imported progress with these readers, which a unit test holds to
 * exactly what ProgressSchema and FeedbackSchema (src/schemas/) accept. Also the one stored form
 * of a record (normalizeProgress) and the migration from the beta's version 0.
 */
import { canonicalJson } from "../canonical-json";
import type { ClassFeedback, Feedback } from "../../schemas/feedback";
import {
  CLASS_FEEDBACK_FORMAT,
  FEEDBACK_FORMAT,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
} from "../../schemas/formats";
import type { ModuleProgress, Progress } from "../../schemas/progress";
import { ASSIGNMENT_KINDS, TRACKS } from "../../vocabulary/course";
import {
  array,
  bool,
  check,
  fail,
  isObject,
  literal,
  num,
  object,
  ok,
  oneOf,
  optional,
  read,
  record,
  str,
  withDefault,
  type Read,
  type Reader,
} from "./kit";

/** Why a value could not be read as progress. */
export type DecodeError =
  /** Not JSON at all. */
  | "json"
  /** JSON, but not a progress record of this course (another app's data, or a random file). */
  | "foreign"
  /** A progress record from a newer version of the course than this one. */
  | "newer"
  /** A progress record with a part that is missing or out of range; `path` names it. */
  | "invalid";

export type Decoded<T> =
  { ok: true; value: T; migratedFrom?: number } | { ok: false; error: DecodeError; path?: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const MODULE_ID = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;

const text = (max: number) => str({ min: 1, max });
const timestamp = check<string>(
  (v) => typeof v === "string" && TIMESTAMP.test(v) && Number.isFinite(Date.parse(v)),
  "an ISO date-time",
);
const score = num({ min: 0, max: 1 });
const moduleId = str({ pattern: MODULE_ID });
/** A list that may be absent (then empty). */
const list = <T>(item: Reader<T>) => withDefault(array(item), () => []);

const learner = object({ name: text(200), id: optional(text(200)) });
const comments = array(
  object({ moduleId: optional(moduleId), text: text(20_000), createdAt: timestamp }),
  { min: 1, max: 500 },
);
const assignmentRef = object({ id: text(200), title: text(500) });

const feedbackReader = object<Feedback>({
  format: literal(FEEDBACK_FORMAT),
  version: literal(1),
  learner,
  assignment: optional(assignmentRef),
  mentor: object({ name: text(200) }),
  comments,
  createdAt: timestamp,
});

const classFeedbackReader = object<ClassFeedback>({
  format: literal(CLASS_FEEDBACK_FORMAT),
  version: literal(1),
  assignment: assignmentRef,
  mentor: object({ name: text(200) }),
  learners: array(object({ learner, comments }), { min: 1, max: 5000 }),
  createdAt: timestamp,
});

const progressReader = object<Progress>({
  format: literal(PROGRESS_FORMAT),
  version: literal(PROGRESS_VERSION),
  track: optional(oneOf(TRACKS)),
  trackChosenAt: optional(timestamp),
  modules: withDefault(
    record(
      object({
        readAt: optional(timestamp),
        completedAt: optional(timestamp),
        quizAttempts: list(
          object({ at: timestamp, score, passed: bool, items: optional(record(score)) }),
        ),
        quizBest: optional(score),
        assignmentStartedAt: optional(timestamp),
        assignmentResults: list(
          object({ kind: oneOf(ASSIGNMENT_KINDS), score, passed: bool, at: timestamp }),
        ),
      }),
      moduleId,
    ),
    () => ({}),
  ),
  feedback: list(feedbackReader),
  updatedAt: optional(timestamp),
});

/** A reader's verdict as a decoder's: a failure names the damaged part. */
function decoded<T>(r: Read<T>): Decoded<T> {
  return r.ok ? r : { ok: false, error: "invalid", path: r.path };
}

/** Drops keys whose value is undefined, so records compare and serialise the same way. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Removes exact duplicates and sorts by the given key, then by canonical text (so order never depends on input order). */
export function uniqueSorted<T>(values: readonly T[], key: (v: T) => string): T[] {
  const byText = new Map<string, T>();
  for (const v of values) byText.set(canonicalJson(v), v);
  return [...byText.entries()]
    .sort(([ta, a], [tb, b]) => {
      const ka = key(a);
      const kb = key(b);
      return ka < kb ? -1 : ka > kb ? 1 : ta < tb ? -1 : ta > tb ? 1 : 0;
    })
    .map(([, v]) => v);
}

const maxOf = (values: (number | undefined)[]): number | undefined => {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.max(...defined) : undefined;
};

/**
 * The one form a record is stored in: attempts, results and feedback without duplicates and in
 * time order; quizBest at least the best attempt.
 */
export function normalizeProgress(p: Progress): Progress {
  const modules: Record<string, ModuleProgress> = {};
  for (const id of Object.keys(p.modules).sort()) {
    const m = p.modules[id]!;
    const quizAttempts = uniqueSorted(m.quizAttempts, (a) => a.at);
    modules[id] = clean({
      ...m,
      quizAttempts,
      quizBest: maxOf([m.quizBest, ...quizAttempts.map((a) => a.score)]),
      assignmentResults: uniqueSorted(m.assignmentResults, (r) => r.at),
    });
  }
  return clean({
    ...p,
    trackChosenAt: p.track === undefined ? undefined : p.trackChosenAt,
    modules,
    feedback: uniqueSorted(p.feedback, (f) => f.createdAt),
  });
}

export function emptyProgress(): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, modules: {}, feedback: [] };
}

/** Epoch milliseconds as an ISO date-time. */
const epoch: Reader<string> = (input, path) =>
  typeof input === "number" && input >= 0 && input <= 8.64e15
    ? ok(new Date(input).toISOString())
    : fail(path, "a time in milliseconds");
const percent = num({ min: 0, max: 100 });

/**
 * The beta's record (version 0, localStorage `col:progress`): percentages and epoch milliseconds.
 * `{ v: 0, track?, savedAt, modules: { "NN-slug": { read?, done?, doneAt?, scores?: [{ pct, t }] } } }`
 * Its pass mark was always 70%.
 */
function migrateV0(o: Record<string, unknown>): Read<unknown> {
  const saved = epoch(o.savedAt, ["savedAt"]);
  if (!saved.ok) return saved;
  const savedAt = saved.value;
  const attempt: Reader<unknown> = (input, path) => {
    if (!isObject(input)) return fail(path, "expected an object");
    const pct = percent(input.pct, [...path, "pct"]);
    if (!pct.ok) return pct;
    const at = epoch(input.t, [...path, "t"]);
    if (!at.ok) return at;
    const value = Math.round(pct.value * 100) / 10000;
    return ok({ at: at.value, score: value, passed: value >= 0.7 });
  };
  const moduleV0: Reader<unknown> = (input, path) => {
    if (!isObject(input)) return fail(path, "expected an object");
    const done = input.done === true;
    const doneAt =
      done && input.doneAt !== undefined ? epoch(input.doneAt, [...path, "doneAt"]) : ok(savedAt);
    if (!doneAt.ok) return doneAt;
    const quizAttempts =
      input.scores === undefined ? ok([]) : array(attempt)(input.scores, [...path, "scores"]);
    if (!quizAttempts.ok) return quizAttempts;
    return ok({
      readAt: input.read === true || done ? savedAt : undefined,
      completedAt: done ? doneAt.value : undefined,
      quizAttempts: quizAttempts.value,
    });
  };
  const modules = record(moduleV0)(o.modules ?? {}, ["modules"]);
  if (!modules.ok) return modules;
  const track = o.track ?? undefined;
  return ok({
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    track,
    trackChosenAt: track === undefined ? undefined : savedAt,
    modules: modules.value,
    feedback: [],
    updatedAt: savedAt,
  });
}

/**
 * Brings a record of any known version forward to the current shape (not yet checked).
 * Returns the record itself when it is already current. Throws nothing: unknown shapes come
 * back as a DecodeError.
 */
export function migrate(raw: unknown): Decoded<unknown> {
  if (!isObject(raw)) return { ok: false, error: "foreign" };
  if (raw.format === PROGRESS_FORMAT) {
    if (typeof raw.version === "number" && raw.version > PROGRESS_VERSION)
      return { ok: false, error: "newer" };
    return { ok: true, value: raw };
  }
  if (raw.format === undefined && raw.v === 0) {
    const result = decoded(migrateV0(raw));
    return result.ok ? { ...result, migratedFrom: 0 } : result;
  }
  return { ok: false, error: "foreign" };
}

/** Reads a progress record (parsed JSON) of any known version. Never throws. */
export function decodeProgress(raw: unknown): Decoded<Progress> {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = decoded(read(progressReader, migrated.value));
  if (!result.ok) return result;
  const value = normalizeProgress(result.value);
  return migrated.migratedFrom !== undefined
    ? { ok: true, value, migratedFrom: migrated.migratedFrom }
    : { ok: true, value };
}

/** JSON text as a value, or the decoder's "json" error. */
function parseJson(text: string): Decoded<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: "json" };
  }
}

/** Reads progress from text (storage or a file). Never throws. */
export function parseProgress(text: string): Decoded<Progress> {
  const raw = parseJson(text);
  return raw.ok ? decodeProgress(raw.value) : raw;
}

/** A feedback file: one learner's, or a whole class's. */
export type FeedbackFile =
  { kind: "one"; feedback: Feedback } | { kind: "class"; feedback: ClassFeedback };

/**
 * Reads a mentor feedback file: one learner's (community-ops-lab/feedback) or a whole class's
 * (community-ops-lab/class-feedback). Never throws.
 */
export function parseFeedbackFile(text: string): Decoded<FeedbackFile> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (!isObject(raw)) return { ok: false, error: "foreign" };
  const kind =
    raw.format === FEEDBACK_FORMAT ? "one" : raw.format === CLASS_FEEDBACK_FORMAT ? "class" : null;
  if (!kind) return { ok: false, error: "foreign" };
  if (typeof raw.version === "number" && raw.version > 1) return { ok: false, error: "newer" };
  if (kind === "one") {
    const one = decoded(read(feedbackReader, raw));
    return one.ok ? { ok: true, value: { kind, feedback: one.value } } : one;
  }
  const all = decoded(read(classFeedbackReader, raw));
  return all.ok ? { ok: true, value: { kind, feedback: all.value } } : all;
}

/** Reads a single learner's mentor feedback file. Never throws. */
export function parseFeedback(text: string): Decoded<Feedback> {
  const file = parseFeedbackFile(text);
  if (!file.ok) return file;
  return file.value.kind === "one"
    ? { ok: true, value: file.value.feedback }
    : { ok: false, error: "foreign" };
}
