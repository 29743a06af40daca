/**
 * Zod-free readers for the shapes the sandbox page takes in from links and localStorage: a shared
 * run, a learner's run to review, an assignment, the saved sandbox. zod costs about 14 kB
 * gzipped, which the sandbox page (Chart.js, the engine, the scenarios) cannot afford within its
 * 110 kB budget; module pages cannot afford it at all.
 *
 * The zod schemas stay the one definition of each shape (src/schemas/share.ts, assignment.ts,
 * sandbox.ts). tests/unit/lib/light-schemas.test.ts checks that these readers accept and reject
 * exactly what the schemas do, with the same output (defaults filled, unknown keys dropped), on
 * fixtures and on thousands of random mutations of them — change one, and that test says where
 * the other must follow.
 */
import type { Assignment } from "../schemas/assignment";
import type { SandboxSaved } from "../schemas/sandbox";
import { GOAL_METRICS, LEVER_NAMES, checkLever } from "../sim/index";
import type { ReviewPayload, ShareDecision, SharePayload } from "./share-url";

/** A reader's verdict: the value (defaults filled, unknown keys dropped) or where and why it failed. */
export type Read<T> = { ok: true; value: T } | { ok: false; path: string; message: string };
type Reader<T> = (input: unknown, path: (string | number)[]) => Read<T>;

const fail = (
  path: (string | number)[],
  message: string,
): { ok: false; path: string; message: string } => ({
  ok: false,
  path: path.join(".") || "(root)",
  message,
});
const ok = <T>(value: T): Read<T> => ({ ok: true, value });

function str(
  opts: { min?: number; max?: number; trim?: boolean; pattern?: RegExp } = {},
): Reader<string> {
  return (input, path) => {
    if (typeof input !== "string") return fail(path, "expected a string");
    const s = opts.trim ? input.trim() : input;
    if (opts.min !== undefined && s.length < opts.min)
      return fail(path, `at least ${opts.min} characters`);
    if (opts.max !== undefined && s.length > opts.max)
      return fail(path, `at most ${opts.max} characters`);
    if (opts.pattern && !opts.pattern.test(s)) return fail(path, "invalid format");
    return ok(s);
  };
}

function num(opts: { int?: boolean; min?: number; max?: number } = {}): Reader<number> {
  return (input, path) => {
    if (typeof input !== "number" || Number.isNaN(input)) return fail(path, "expected a number");
    if (opts.int && !Number.isInteger(input)) return fail(path, "expected a whole number");
    if (opts.min !== undefined && input < opts.min) return fail(path, `at least ${opts.min}`);
    if (opts.max !== undefined && input > opts.max) return fail(path, `at most ${opts.max}`);
    return ok(input);
  };
}

const literal =
  <T extends string | number>(expected: T): Reader<T> =>
  (input, path) =>
    input === expected ? ok(expected) : fail(path, `expected ${JSON.stringify(expected)}`);

const oneOf =
  <T extends string>(options: readonly T[]): Reader<T> =>
  (input, path) =>
    typeof input === "string" && (options as readonly string[]).includes(input)
      ? ok(input as T)
      : fail(path, `one of ${options.join(", ")}`);

function array<T>(item: Reader<T>, opts: { min?: number; max?: number } = {}): Reader<T[]> {
  return (input, path) => {
    if (!Array.isArray(input)) return fail(path, "expected a list");
    if (opts.min !== undefined && input.length < opts.min)
      return fail(path, `at least ${opts.min} items`);
    if (opts.max !== undefined && input.length > opts.max)
      return fail(path, `at most ${opts.max} items`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const r = item(input[i], [...path, i]);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
}

interface Field {
  read: Reader<unknown>;
  optional?: boolean;
  fallback?: () => unknown;
}
const optional = (read: Reader<unknown>): Field => ({ read, optional: true });
const withDefault = (read: Reader<unknown>, fallback: () => unknown): Field => ({ read, fallback });

/** An object with known fields; `strict` rejects other keys, otherwise they are dropped. */
function object<T>(shape: Record<string, Reader<unknown> | Field>, strict = false): Reader<T> {
  return (input, path) => {
    if (!input || typeof input !== "object" || Array.isArray(input))
      return fail(path, "expected an object");
    const raw = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(shape)) {
      const field: Field = typeof spec === "function" ? { read: spec } : spec;
      const value = raw[key];
      if (value === undefined) {
        if (field.fallback) out[key] = field.fallback();
        else if (!field.optional) return fail([...path, key], "required");
        continue;
      }
      const r = field.read(value, [...path, key]);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    if (strict) {
      const extra = Object.keys(raw).find((k) => !(k in shape));
      if (extra !== undefined) return fail(path, `unknown key "${extra}"`);
    }
    return ok(out as T);
  };
}

const refine =
  <T>(
    read: Reader<T>,
    test: (value: T) => boolean,
    message: string,
    at: string[] = [],
  ): Reader<T> =>
  (input, path) => {
    const r = read(input, path);
    if (!r.ok) return r;
    return test(r.value) ? r : fail([...path, ...at], message);
  };

// The shapes ---------------------------------------------------------------------------------

const slug = str({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ });
const bool: Reader<boolean> = (input, path) =>
  typeof input === "boolean" ? ok(input) : fail(path, "expected true or false");
const localized = object<{ "zh-cn": string; en: string }>({
  "zh-cn": str({ min: 1 }),
  en: str({ min: 1 }),
});

const DATE =
  "((\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|(02)-(0[1-9]|1\\d|2[0-8])))";
/** zod's `datetime({ offset: true })`: a real calendar date, a time, and Z or an offset. */
const isoDateTime = str({
  pattern: new RegExp(
    `^${DATE}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|([+-]\\d{2}:?\\d{2}))$`,
  ),
});

/** Lever values by name, checked by the engine's own ranges and choices (LeverValuesSchema). */
const leverValues: Reader<Record<string, unknown>> = (input, path) => {
  if (!input || typeof input !== "object" || Array.isArray(input))
    return fail(path, "expected an object");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (!(LEVER_NAMES as readonly string[]).includes(name))
      return fail(path, `unknown key "${name}"`);
    if (value === undefined) continue;
    const problem = checkLever(name, value)[0];
    if (problem) return fail([...path, name], problem.message);
    out[name] = value;
  }
  return ok(out);
};

const goal = refine(
  object<{ metric: string; op: ">=" | "<="; value: number; byWeek?: number }>({
    metric: str({ min: 1 }),
    op: oneOf([">=", "<="] as const),
    value: num(),
    byWeek: optional(num({ int: true, min: 1 })),
  }),
  (g) => (GOAL_METRICS as readonly string[]).includes(g.metric),
  `metric must be one of ${GOAL_METRICS.join(", ")}`,
  ["metric"],
);

const weeks = num({ int: true, min: 8, max: 104 });
const decision = object<ShareDecision>({
  week: num({ int: true, min: 0, max: 104 }),
  set: leverValues,
});
const withinWeeks = (r: { weeks: number; decisions: { week: number }[] }) =>
  r.decisions.every((d) => d.week <= r.weeks);
const WITHIN = "a decision's week must fall within the run";

/** SharePayloadSchema (src/schemas/share.ts). */
export const readSharePayload = refine(
  object<SharePayload>(
    {
      v: literal(1),
      modelVersion: optional(str({ min: 1, max: 100 })),
      scenario: slug,
      seed: num({ int: true, min: 0, max: 2147483646 }),
      weeks,
      decisions: array(decision, { max: 1000 }),
      goals: optional(array(goal, { max: 20 })),
      label: optional(str({ trim: true, min: 1, max: 200 })),
    },
    true,
  ),
  withinWeeks,
  WITHIN,
  ["decisions"],
);

/** AssignmentSchema (src/schemas/assignment.ts). */
export const readAssignment = refine(
  object<Assignment>({
    format: literal("community-ops-lab/assignment"),
    version: literal(1),
    id: slug,
    title: localized,
    instructions: localized,
    scenario: slug,
    seed: num({ int: true, min: 0 }),
    weeks,
    locked: withDefault(leverValues, () => ({})),
    goals: array(goal, { min: 1 }),
    passMark: withDefault(num({ min: 0, max: 1 }), () => 0.7),
    due: isoDateTime,
    createdAt: isoDateTime,
    languages: optional(array(oneOf(["zh-cn", "en"] as const), { min: 1, max: 2 })),
    rule: optional((input, path) =>
      input === 2 || input === 3 ? ok(input) : fail(path, "expected 2 or 3"),
    ),
    modelVersion: optional(str({ min: 1, max: 100 })),
    personalSeeds: optional(bool),
    learnerIds: optional(array(str({ trim: true, min: 1, max: 200 }), { min: 1, max: 2000 })),
  }),
  (a) => a.goals.every((g) => g.byWeek === undefined || g.byWeek <= a.weeks),
  "a goal's byWeek must fall within the assignment's weeks",
  ["goals"],
);

const learner = object<{ name: string; id?: string }>({
  name: str({ trim: true, min: 1, max: 200 }),
  id: optional(str({ trim: true, min: 1, max: 200 })),
});

/** ReviewPayloadSchema (src/schemas/share.ts). */
export const readReviewPayload = object<ReviewPayload & { assignment?: Assignment }>(
  {
    v: literal(1),
    learner,
    run: refine(
      object<ReviewPayload["run"]>({
        modelVersion: str({ min: 1 }),
        scenario: slug,
        seed: num({ int: true, min: 0 }),
        weeks,
        decisions: array(decision, { max: 1000 }),
      }),
      withinWeeks,
      WITHIN,
      ["decisions"],
    ),
    assignment: optional(readAssignment),
  },
  true,
);

const sandboxRun = refine(
  object<SandboxSaved["current"]["run"]>({
    scenario: slug,
    seed: num({ int: true, min: 0 }),
    weeks,
    decisions: array(decision, { max: 1000 }),
    week: num({ int: true, min: 0, max: 104 }),
  }),
  (r) => r.week <= r.weeks && r.decisions.every((d) => d.week <= r.weeks),
  "weeks run and decision weeks must fall within the run",
);

const sandboxWork = object<SandboxSaved["current"]>({
  run: sandboxRun,
  goals: optional(array(goal, { max: 20 })),
  label: optional(str({ max: 200 })),
  assignment: optional(readAssignment),
});

/** SandboxSavedSchema (src/schemas/sandbox.ts). */
export const readSandboxSaved = object<SandboxSaved>({
  format: literal("community-ops-lab/sandbox"),
  version: literal(1),
  current: sandboxWork,
  previous: optional(sandboxWork),
  pinned: optional(
    object({
      scenario: slug,
      seed: num({ int: true, min: 0 }),
      weeks,
      decisions: array(decision, { max: 1100 }),
      week: num({ int: true, min: 0, max: 104 }),
    }),
  ),
  learner: optional(learner),
  mcRuns: withDefault(num({ int: true, min: 50, max: 500 }), () => 200),
  metric: withDefault(str({ min: 1, max: 40 }), () => "members"),
});

/** Runs a reader from the top. */
export function read<T>(reader: Reader<T>, input: unknown): Read<T> {
  return reader(input, []);
}
