import { afterEach, describe, expect, it, vi } from "vitest";
import { blankPlan, PlanSchema } from "../../../src/schemas/plan";
import { WRITTEN_FIELDS, type WrittenField } from "../../../src/schemas/plan-options";
import { getField, setField } from "../../../src/planner/plan-edit";
import { answerOf, planWithAnswer } from "../../../src/planner/written-answer";
import {
  readableField,
  readField,
  WRITTEN_BACKUP_PREFIX,
  WRITTEN_FORMAT,
} from "../../../src/stores/written";
import { loadOver, memoryStorage } from "./harness";

async function load(storage: Storage) {
  return loadOver(storage, () => import("../../../src/stores/written"));
}

const blank = blankPlan("w", "Written", "2025-01-01T00:00:00.000Z");
const text = (n: number) => "字".repeat(n);
const tier = (over: Record<string, unknown> = {}) => ({
  id: "t1",
  invites: 3,
  reward: "券",
  ...over,
});
const step = (over: Record<string, unknown> = {}) => ({
  id: "s1",
  minute: 5,
  action: "发说明",
  ...over,
});

/** Values tried in every field: the zod-free reader must accept exactly what PlanSchema accepts. */
const VALUES: unknown[] = [
  "",
  "一段回答",
  text(300),
  text(301),
  text(1000),
  text(1001),
  text(4000),
  text(4001),
  3,
  null,
  true,
  false,
  "tiered",
  "per-head",
  "cash",
  [],
  [tier()],
  [tier({ invites: null })],
  [tier({ invites: 0 })],
  [tier({ invites: 2.5 })],
  [tier({ reward: text(301) })],
  [tier({ id: "" })],
  [tier({ extra: "kept out" })],
  [tier(), tier({ id: "t2" })],
  Array.from({ length: 11 }, (_, i) => tier({ id: `t${i}` })),
  [step()],
  [step({ minute: 1441 })],
  [step({ minute: null })],
  [step({ action: text(501) })],
  Array.from({ length: 21 }, (_, i) => step({ id: `s${i}` })),
  { not: "a list" },
];

describe("what a written-assignment field may hold", () => {
  it.each(WRITTEN_FIELDS.flatMap((field) => VALUES.map((v) => [field, v] as const)))(
    "%s ← %j: read as the plan's schema reads it",
    (field, value) => {
      const parsed = PlanSchema.safeParse(setField(blank, field, value));
      const read = readField(field, value);
      expect(read !== null).toBe(parsed.success);
      if (read && parsed.success) expect(read.value).toEqual(getField(parsed.data, field));
    },
  );

  it("knows no other field", () => {
    expect(readableField("positioning.line", "text")).toBe(false);
  });
});

describe("an answer as a plan", () => {
  const fields: WrittenField[] = ["rules.threshold", "referral.tiers"];

  it("lays the asked-for fields onto the blank plan and reads them back", () => {
    const plan = planWithAnswer(blank, fields, {
      "rules.threshold": "凭邀请入群",
      "referral.tiers": [tier()],
    });
    expect(plan.rules.threshold).toBe("凭邀请入群");
    expect(plan.referral.tiers).toEqual([tier()]);
    expect(answerOf(plan, fields)).toEqual({
      "rules.threshold": "凭邀请入群",
      "referral.tiers": [tier()],
    });
  });

  it("leaves out values a field may not hold and fields not asked for", () => {
    const plan = planWithAnswer(blank, fields, {
      "rules.threshold": 42,
      "rules.banned": "不在这份作业里",
      "referral.tiers": [tier({ invites: 0 })],
    } as Record<WrittenField, unknown>);
    expect(plan).toEqual(blank);
  });
});

describe("stored written assignments", () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (fields: Record<string, unknown>) => ({
    fields,
    updatedAt: "2025-03-01T10:00:00.000Z",
  });

  it("keeps readable answers, drops the rest, and sets the raw value aside with a notice", async () => {
    const raw = JSON.stringify({
      format: WRITTEN_FORMAT,
      version: 1,
      answers: {
        "03-platform-rules": answer({ "rules.threshold": "凭邀请入群" }),
        "04-cold-start": answer({ "coldStart.invitation": 12 }),
        "not a module": answer({}),
      },
    });
    const storage = memoryStorage({ "col:v1:written": raw });
    const store = await load(storage);
    expect(Object.keys(store.$written.get().answers)).toEqual(["03-platform-rules"]);
    expect(store.readWrittenRecovery()).toMatchObject({
      dropped: 2,
      backupKey: `${WRITTEN_BACKUP_PREFIX}1`,
    });
    expect(storage.getItem(`${WRITTEN_BACKUP_PREFIX}1`)).toBe(raw);
  });

  it.each([
    ["not JSON", "{"],
    ["another format", JSON.stringify({ format: "x", version: 1 })],
  ])("starts clean from %s, keeping a copy", async (_what, raw) => {
    const storage = memoryStorage({ "col:v1:written": raw });
    const store = await load(storage);
    expect(store.$written.get().answers).toEqual({});
    expect(store.readWrittenRecovery()).toMatchObject({ dropped: 0 });
    expect(storage.getItem(`${WRITTEN_BACKUP_PREFIX}1`)).toBe(raw);
  });
});

it("saves an answer as it is typed, and a later visit reads it back", async () => {
  const storage = memoryStorage();
  const first = await load(storage);
  expect(first.saveAnswer("10-risk-crisis", { "risk.holdingStatement": "我们看到了" })).toBe(true);
  const again = await load(storage);
  expect(again.$written.get().answers["10-risk-crisis"]?.fields).toEqual({
    "risk.holdingStatement": "我们看到了",
  });
  vi.unstubAllGlobals();
});
