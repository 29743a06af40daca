/**
 * Reading what the sandbox page takes in from links and localStorage without zod
 * (src/lib/light/kit.ts): a shared run, a learner's run to review, an assignment, the saved
 * sandbox. tests/unit/lib/light/share.test.ts checks that these readers accept and reject exactly
 * what SharePayloadSchema, ReviewPayloadSchema, AssignmentSchema and SandboxSavedSchema do, with
 * the same output, on fixtures and on thousands of random mutations of them — change one, and
 * that test says where the other must follow.
 */
import type { Assignment } from "../../schemas/assignment";
import {
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
  SANDBOX_FORMAT,
  SANDBOX_VERSION,
} from "../../schemas/formats";
import type { SandboxSaved } from "../../schemas/sandbox";
import { LANGS } from "../../vocabulary/course";
import { LEVER_NAMES, checkLever } from "../../vocabulary/levers";
import { GOAL_METRICS } from "../../vocabulary/metrics";
import type { ReviewPayload, RunOrigin, ShareDecision, SharePayload } from "../share-url";
import {
  array,
  bool,
  fail,
  isObject,
  literal,
  num,
  object,
  ok,
  oneOf,
  optional,
  orDrop,
  refine,
  str,
  withDefault,
  type Reader,
} from "./kit";

const slug = str({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/ });
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
  if (!isObject(input)) return fail(path, "expected an object");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
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

/** RunOriginSchema (src/schemas/share.ts). */
const runOrigin: Reader<RunOrigin> = (input, path) => {
  const kind = isObject(input) ? input.kind : undefined;
  if (kind === "module")
    return object<RunOrigin>({ kind: literal("module"), module: slug }, true)(input, path);
  if (kind === "plan")
    return object<RunOrigin>(
      { kind: literal("plan"), name: optional(str({ trim: true, min: 1, max: 200 })) },
      true,
    )(input, path);
  return fail([...path, "kind"], "expected module or plan");
};

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
      // An origin that does not read is dropped (zod's .catch(undefined)), never an error.
      origin: optional(orDrop(runOrigin)),
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
    format: literal(ASSIGNMENT_FORMAT),
    version: literal(ASSIGNMENT_VERSION),
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
    languages: optional(array(oneOf(LANGS), { min: 1, max: 2 })),
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
  format: literal(SANDBOX_FORMAT),
  version: literal(SANDBOX_VERSION),
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
