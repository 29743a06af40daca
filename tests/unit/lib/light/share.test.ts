import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ZodTypeAny } from "astro/zod";
import {
  AssignmentSchema,
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_VERSION,
} from "../../../../src/schemas/assignment";
import {
  SandboxSavedSchema,
  SANDBOX_FORMAT,
  SANDBOX_VERSION,
} from "../../../../src/schemas/sandbox";
import { ReviewPayloadSchema, SharePayloadSchema } from "../../../../src/schemas/share";
import { read } from "../../../../src/lib/light/kit";
import {
  readAssignment,
  readReviewPayload,
  readSandboxSaved,
  readSharePayload,
} from "../../../../src/lib/light/share";

const assignment = {
  format: "community-ops-lab/assignment",
  version: 1,
  id: "spring-cohort",
  title: { "zh-cn": "春季挑战", en: "Spring challenge" },
  instructions: { "zh-cn": "做到。", en: "Do it." },
  scenario: "coffee-members",
  seed: 7,
  weeks: 30,
  locked: { adBudget: 0, referral: "off", antiCheat: true },
  goals: [
    { metric: "members", op: ">=", value: 2000 },
    { metric: "nps", op: ">=", value: 20, byWeek: 26 },
  ],
  passMark: 0.6,
  due: "2026-03-01T23:59:00+08:00",
  createdAt: "2026-01-10T09:00:00Z",
  languages: ["zh-cn"],
  rule: 3,
  modelVersion: "col-sim-1.0.0",
  personalSeeds: true,
  learnerIds: ["s-01", "s-02"],
};
const decisions = [
  { week: 0, set: { postsPerDay: 4, rules: "strict" } },
  { week: 12, set: { transform: "theme", contentQuality: 0.75 } },
];
const share = {
  v: 1,
  modelVersion: "col-sim-1.0.0",
  scenario: "coffee-members",
  seed: 7,
  weeks: 30,
  decisions,
  goals: assignment.goals,
  label: "方案 A",
  origin: { kind: "module", module: "cold-start" },
};
const review = {
  v: 1,
  learner: { name: "李雷", id: "s-01" },
  run: { modelVersion: "col-sim-1.0.0", scenario: "coffee-members", seed: 7, weeks: 30, decisions },
  assignment,
};
const saved = {
  format: "community-ops-lab/sandbox",
  version: 1,
  current: {
    run: { scenario: "coffee-members", seed: 7, weeks: 30, decisions, week: 14 },
    assignment,
    goals: assignment.goals,
    label: "A",
  },
  previous: { run: { scenario: "wechat-parents", seed: 1, weeks: 52, decisions: [], week: 0 } },
  pinned: { scenario: "coffee-members", seed: 7, weeks: 30, decisions, week: 30 },
  learner: { name: "Ann" },
  mcRuns: 100,
  metric: "nps",
};

type Path = (string | number)[];
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

type Mutation =
  | { path: Path; kind: "set"; value: unknown }
  | { path: Path; kind: "delete" }
  | { path: Path; kind: "extra"; value: unknown };
function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  if (m.path.length === 0) return m.kind === "set" ? m.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of m.path.slice(0, -1)) {
    const next = parent?.[key];
    // An earlier mutation removed this path: nothing left to change.
    if (!next || typeof next !== "object") return copy;
    parent = next as Record<string | number, unknown>;
  }
  if (!parent || typeof parent !== "object") return copy;
  const last = m.path[m.path.length - 1]!;
  if (m.kind === "set") parent[last] = m.value;
  else if (m.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target && typeof target === "object" && !Array.isArray(target))
      (target as Record<string, unknown>).extra = m.value;
  }
  return copy;
}

const interesting = fc.constantFrom<unknown>(
  -1,
  0,
  0.5,
  1,
  1.5,
  7,
  8,
  26,
  30,
  31,
  104,
  105,
  2147483646,
  2147483647,
  1e9,
  "",
  " ",
  " x ",
  "x",
  "abc",
  "a-b",
  "A",
  "members",
  "nps",
  "churned",
  "joinsOrganic",
  ">=",
  "<=",
  "=",
  "none",
  "basic",
  "strict",
  "off",
  "tiered",
  "theme",
  "module",
  "plan",
  "cold-start",
  "2026-02-29T10:00:00Z",
  "2028-02-29T10:00Z",
  "2026-03-01T24:00:00Z",
  "2026-03-01T23:59:00+0800",
  "2026-03-01",
  "community-ops-lab/assignment",
  "community-ops-lab/sandbox",
  "x".repeat(201),
  true,
  false,
  null,
  [],
  {},
  [{}],
  { week: 1, set: {} },
);
const valueArb = fc.oneof(
  { weight: 3, arbitrary: interesting },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

function mutationArb(root: unknown): fc.Arbitrary<Mutation> {
  const all = paths(root);
  return fc.oneof(
    fc.record({
      path: fc.constantFrom(...all),
      kind: fc.constant("set" as const),
      value: valueArb,
    }),
    fc.record({
      path: fc.constantFrom(...all.filter((p) => p.length > 0)),
      kind: fc.constant("delete" as const),
    }),
    fc.record({
      path: fc.constantFrom(...all),
      kind: fc.constant("extra" as const),
      value: valueArb,
    }),
  );
}

const pairs: [string, ZodTypeAny, Parameters<typeof read>[0], unknown][] = [
  ["a shared run", SharePayloadSchema, readSharePayload, share],
  [
    "a shared run from the planner",
    SharePayloadSchema,
    readSharePayload,
    { ...share, origin: { kind: "plan", name: " 春季方案 " } },
  ],
  ["a learner's run to review", ReviewPayloadSchema, readReviewPayload, review],
  ["an assignment", AssignmentSchema, readAssignment, assignment],
  ["the saved sandbox", SandboxSavedSchema, readSandboxSaved, saved],
];

describe.each(pairs)("the zod-free reader of %s", (_name, schema, reader, fixture) => {
  const agree = (input: unknown) => {
    const zod = schema.safeParse(input);
    const light = read(reader, input);
    expect(light.ok, JSON.stringify(input)).toBe(zod.success);
    if (zod.success && light.ok) expect(light.value).toEqual(zod.data);
  };

  it("accepts the fixture exactly as the schema does", () => {
    expect(schema.safeParse(fixture).success).toBe(true);
    agree(fixture);
  });

  it("agrees with the schema on every mutation of it", () => {
    fc.assert(
      fc.property(fc.array(mutationArb(fixture), { minLength: 1, maxLength: 3 }), (ms) => {
        agree(ms.reduce((v, m) => mutate(v, m), fixture as unknown));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("agrees on values that are not objects at all", () => {
    fc.assert(fc.property(fc.jsonValue(), agree), { numRuns: 200 });
  });
});

describe("a run link's origin", () => {
  it.each([
    ["an unknown kind", { kind: "teacher" }],
    ["a module that is not a slug", { kind: "module", module: "<b>4</b>" }],
    ["an empty plan name", { kind: "plan", name: "  " }],
    ["extra keys", { kind: "plan", name: "A", html: "<i>x</i>" }],
    ["not an object", "module"],
  ])("is dropped, never an error, when it holds %s", (_what, origin) => {
    const light = read(readSharePayload, { ...share, origin });
    const zod = SharePayloadSchema.safeParse({ ...share, origin });
    expect(light.ok && light.value.origin).toBeUndefined();
    expect(light.ok).toBe(true);
    expect(zod.success && zod.data.origin).toBeUndefined();
  });
});

describe("the readers' constants", () => {
  it("match the schemas' format and version", () => {
    expect(
      read(readAssignment, {
        ...assignment,
        format: ASSIGNMENT_FORMAT,
        version: ASSIGNMENT_VERSION,
      }).ok,
    ).toBe(true);
    expect(
      read(readSandboxSaved, { ...saved, format: SANDBOX_FORMAT, version: SANDBOX_VERSION }).ok,
    ).toBe(true);
  });

  it("fill defaults as the schemas do", () => {
    const { locked: _l, passMark: _p, ...bare } = assignment;
    const r = read(readAssignment, bare);
    expect(r.ok && [r.value.locked, r.value.passMark]).toEqual([{}, 0.7]);
  });
});
