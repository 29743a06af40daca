/**
 * Reading progress records without zod. Module pages carry the quiz island within a 10 kB budget,
 * so the browser checks stored and imported progress with these hand-written decoders; a unit test
 * holds them to exactly what ProgressSchema and FeedbackSchema (src/schemas/*.ts) accept.
 */
import type { ClassFeedback, Feedback } from "./feedback";
import type { ModuleProgress, Progress } from "./progress";

export const PROGRESS_FORMAT = "community-ops-lab/progress";
export const PROGRESS_VERSION = 1;
export const FEEDBACK_FORMAT = "community-ops-lab/feedback";
export const CLASS_FEEDBACK_FORMAT = "community-ops-lab/class-feedback";
/**
 * The progress page's export: everything a learner keeps in this browser, progress among it
 * (LearnerDataSchema, src/schemas/learner-data.ts).
 */
export const LEARNER_DATA_FORMAT = "community-ops-lab/learner-data";
export const LEARNER_DATA_VERSION = 1;

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

/** Thrown inside the checks only; the decoders turn it into a result. */
class Invalid {
  constructor(readonly path: string) {}
}

type Obj = Record<string, unknown>;
/** Checks a value at a path and returns what is kept of it (unknown keys dropped), or throws Invalid. */
type Check = (v: unknown, path: string) => unknown;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const fail = (path: string): never => {
  throw new Invalid(path);
};
const leaf =
  (test: (v: unknown) => boolean): Check =>
  (v, p) =>
    test(v) ? v : fail(p);
const is = (value: unknown) => leaf((v) => v === value);
const oneOf = (values: readonly unknown[]) => leaf((v) => values.includes(v));
const str = (max: number) => leaf((v) => typeof v === "string" && v.length > 0 && v.length <= max);
const timestamp = leaf(
  (v) => typeof v === "string" && TIMESTAMP.test(v) && Number.isFinite(Date.parse(v)),
);
const score = leaf((v) => typeof v === "number" && v >= 0 && v <= 1);
const bool = leaf((v) => typeof v === "boolean");
const moduleId = leaf((v) => typeof v === "string" && MODULE_ID.test(v));
const obj = (v: unknown, p: string): Obj => (isObj(v) ? v : fail(p));
const at = (p: string, key: string | number) =>
  typeof key === "number" ? `${p}[${key}]` : p ? `${p}.${key}` : key;

/** Absent is allowed (and becomes `fallback`). */
const opt =
  (check: Check, fallback?: unknown): Check =>
  (v, p) =>
    v === undefined ? fallback : check(v, p);
/** An array; absent means empty when `min` is 0. */
const arr =
  (item: Check, min = 0, max = Infinity): Check =>
  (v, p) =>
    v === undefined && !min
      ? []
      : Array.isArray(v) && v.length >= min && v.length <= max
        ? v.map((x, i) => item(x, at(p, i)))
        : fail(p);
/** A record whose keys pass `key` and whose values pass `item`. */
const rec =
  (item: Check, key: Check = (k) => k): Check =>
  (v, p) =>
    Object.fromEntries(
      Object.entries(obj(v, p)).map(([k, x]) => [key(k, at(p, k)), item(x, at(p, k))]),
    );
/** An object with these fields; fields that come out undefined are left out. */
const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    const o = obj(v, p);
    const out: Obj = {};
    for (const [name, check] of Object.entries(fields)) {
      const value = check(o[name], at(p, name));
      if (value !== undefined) out[name] = value;
    }
    return out;
  };

const learnerCheck = shape({ name: str(200), id: opt(str(200)) });
const commentsCheck = arr(
  shape({ moduleId: opt(moduleId), text: str(20_000), createdAt: timestamp }),
  1,
  500,
);

const feedbackCheck = shape({
  format: is(FEEDBACK_FORMAT),
  version: is(1),
  learner: learnerCheck,
  assignment: opt(shape({ id: str(200), title: str(500) })),
  mentor: shape({ name: str(200) }),
  comments: commentsCheck,
  createdAt: timestamp,
});

const classFeedbackCheck = shape({
  format: is(CLASS_FEEDBACK_FORMAT),
  version: is(1),
  assignment: shape({ id: str(200), title: str(500) }),
  mentor: shape({ name: str(200) }),
  learners: arr(shape({ learner: learnerCheck, comments: commentsCheck }), 1, 5000),
  createdAt: timestamp,
});

const progressCheck = shape({
  format: is(PROGRESS_FORMAT),
  version: is(PROGRESS_VERSION),
  track: opt(oneOf(["manager", "newcomer", "founder", "offline"])),
  trackChosenAt: opt(timestamp),
  modules: opt(
    rec(
      shape({
        readAt: opt(timestamp),
        completedAt: opt(timestamp),
        quizAttempts: arr(shape({ at: timestamp, score, passed: bool, items: opt(rec(score)) })),
        quizBest: opt(score),
        assignmentStartedAt: opt(timestamp),
        assignmentResults: arr(
          shape({
            kind: oneOf(["quiz", "simulation", "plan", "written"]),
            score,
            passed: bool,
            at: timestamp,
          }),
        ),
      }),
      moduleId,
    ),
    {},
  ),
  feedback: arr(feedbackCheck),
  updatedAt: opt(timestamp),
});

/** Drops keys whose value is undefined, so records compare and serialise the same way. */
function clean<T extends Obj>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Runs a check, turning a failure into a DecodeError result. */
function attempt<T>(run: () => T): Decoded<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: "invalid", path: e.path };
    throw e;
  }
}

/** Sorts keys at every depth: two equal records always give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObj(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => value[k] !== undefined)
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
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

/**
 * The beta's record (version 0, localStorage `col:progress`): percentages and epoch milliseconds.
 * `{ v: 0, track?, savedAt, modules: { "NN-slug": { read?, done?, doneAt?, scores?: [{ pct, t }] } } }`
 * Its pass mark was always 70%.
 */
function migrateV0(o: Obj): Obj {
  const iso = (v: unknown, p: string) =>
    new Date(
      leaf((x) => typeof x === "number" && x >= 0 && x <= 8.64e15)(v, p) as number,
    ).toISOString();
  const savedAt = iso(o.savedAt, "savedAt");
  const modules = rec((raw, p) => {
    const m = obj(raw, p);
    const done = m.done === true;
    return {
      readAt: m.read === true || done ? savedAt : undefined,
      completedAt: done
        ? m.doneAt === undefined
          ? savedAt
          : iso(m.doneAt, `${p}.doneAt`)
        : undefined,
      quizAttempts: arr((s, sp) => {
        const so = obj(s, sp);
        const value =
          Math.round(
            (leaf((x) => typeof x === "number" && x >= 0 && x <= 100)(
              so.pct,
              `${sp}.pct`,
            ) as number) * 100,
          ) / 10000;
        return { at: iso(so.t, `${sp}.t`), score: value, passed: value >= 0.7 };
      })(m.scores, `${p}.scores`),
    };
  })(o.modules ?? {}, "modules");
  const track = o.track ?? undefined;
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    track,
    trackChosenAt: track === undefined ? undefined : savedAt,
    modules,
    feedback: [],
    updatedAt: savedAt,
  };
}

/**
 * Brings a record of any known version forward to the current shape (not yet checked).
 * Returns the record itself when it is already current. Throws nothing: unknown shapes come
 * back as a DecodeError.
 */
export function migrate(raw: unknown): Decoded<unknown> {
  if (!isObj(raw)) return { ok: false, error: "foreign" };
  if (raw.format === PROGRESS_FORMAT) {
    if (typeof raw.version === "number" && raw.version > PROGRESS_VERSION)
      return { ok: false, error: "newer" };
    return { ok: true, value: raw };
  }
  if (raw.format === undefined && raw.v === 0) {
    const result = attempt(() => migrateV0(raw));
    return result.ok ? { ...result, migratedFrom: 0 } : result;
  }
  return { ok: false, error: "foreign" };
}

/** Reads a progress record (parsed JSON) of any known version. Never throws. */
export function decodeProgress(raw: unknown): Decoded<Progress> {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const result = attempt(() => normalizeProgress(progressCheck(migrated.value, "") as Progress));
  return result.ok && migrated.migratedFrom !== undefined
    ? { ...result, migratedFrom: migrated.migratedFrom }
    : result;
}

/** Reads progress from text (storage or a file). Never throws. */
export function parseProgress(text: string): Decoded<Progress> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "json" };
  }
  return decodeProgress(raw);
}

/**
 * Reads the progress in a file a learner exported: a whole learner-data file (its `progress`), or
 * a progress file as the course exported it before. Never throws.
 */
export function parseProgressFile(text: string): Decoded<Progress> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "json" };
  }
  if (!isObj(raw) || raw.format !== LEARNER_DATA_FORMAT) return decodeProgress(raw);
  if (typeof raw.version === "number" && raw.version > LEARNER_DATA_VERSION)
    return { ok: false, error: "newer" };
  if (raw.version !== LEARNER_DATA_VERSION || raw.progress === undefined)
    return { ok: false, error: "foreign" };
  return decodeProgress(raw.progress);
}

/** A feedback file: one learner's, or a whole class's. */
export type FeedbackFile =
  { kind: "one"; feedback: Feedback } | { kind: "class"; feedback: ClassFeedback };

/**
 * Reads a mentor feedback file: one learner's (community-ops-lab/feedback) or a whole class's
 * (community-ops-lab/class-feedback). Never throws.
 */
export function parseFeedbackFile(text: string): Decoded<FeedbackFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "json" };
  }
  const kind = isObj(raw)
    ? raw.format === FEEDBACK_FORMAT
      ? "one"
      : raw.format === CLASS_FEEDBACK_FORMAT
        ? "class"
        : null
    : null;
  if (!kind || !isObj(raw)) return { ok: false, error: "foreign" };
  if (typeof raw.version === "number" && raw.version > 1) return { ok: false, error: "newer" };
  return attempt(() =>
    kind === "one"
      ? { kind, feedback: feedbackCheck(raw, "") as Feedback }
      : { kind, feedback: classFeedbackCheck(raw, "") as ClassFeedback },
  );
}

/** Reads a single learner's mentor feedback file. Never throws. */
export function parseFeedback(text: string): Decoded<Feedback> {
  const read = parseFeedbackFile(text);
  if (!read.ok) return read;
  return read.value.kind === "one"
    ? { ok: true, value: read.value.feedback }
    : { ok: false, error: "foreign" };
}
