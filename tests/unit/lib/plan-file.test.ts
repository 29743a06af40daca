import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlanFile, planFileName, planFileText } from "../../../src/lib/plan-file";
import { blankPlan, PlanSchema } from "../../../src/schemas/plan";
import { planArb } from "./plan-arbitraries";

/** A plan's JSON, open to being broken in tests. */
type Loose = Record<string, Record<string, unknown>>;

const plan = () => blankPlan("p-1", "Mine", "2025-01-01T00:00:00.000Z");
const text = (value: unknown) => JSON.stringify(value);

describe("reading a plan file", () => {
  it("reads back what export wrote", () => {
    expect(parsePlanFile(planFileText(plan()))).toEqual({ ok: true, plan: plan() });
  });

  it("brings a version 0 file forward and says so", () => {
    const v0 = readFileSync(
      join(import.meta.dirname, "../../fixtures/plans/v0-coffee.json"),
      "utf8",
    );
    const result = parsePlanFile(v0);
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.plan.risk.responseMinutes).toBe(30);
  });

  it.each([
    ["an empty file", "  \n", "empty"],
    ["not JSON", "{ format: plan", "json"],
    ["JSON that is not a plan", text({ hello: "world" }), "foreign"],
    ["a progress file", text({ format: "community-ops-lab/progress", version: 1 }), "foreign"],
    ["a plan with no version", text({ format: "community-ops-lab/plan" }), "version"],
    ["a huge file", `"${"x".repeat(2_000_001)}"`, "too-large"],
  ])("rejects %s", (_what, input, error) => {
    expect(parsePlanFile(input)).toEqual({ ok: false, error });
  });

  it("rejects a newer version, naming it", () => {
    expect(parsePlanFile(text({ ...plan(), version: 3 }))).toEqual({
      ok: false,
      error: "newer",
      version: 3,
    });
  });

  it.each([
    [
      "a time that is not HH:MM",
      (p: Loose) => (p.calendar!.slots = [{ id: "s", day: 0, time: "8am" }]),
      "calendar.slots.0.time",
      "format",
    ],
    [
      "a day out of range",
      (p: Loose) => (p.calendar!.slots = [{ id: "s", day: 9, time: "08:00" }]),
      "calendar.slots.0.day",
      "large",
    ],
    [
      "text where a number belongs",
      (p: Loose) => (p.risk!.responseMinutes = "thirty"),
      "risk.responseMinutes",
      "type",
    ],
    ["an unknown choice", (p: Loose) => (p.referral!.mode = "cash"), "referral.mode", "choice"],
    ["no name", (p: Loose) => delete p.name, "name", "missing"],
    [
      "monitoring above 24 hours",
      (p: Loose) => (p.risk!.monitoringHours = 25),
      "risk.monitoringHours",
      "large",
    ],
  ])("rejects %s and names the field", (_what, breakIt, path, problem) => {
    const data = structuredClone(plan()) as unknown as Loose;
    breakIt(data);
    const result = parsePlanFile(text(data));
    expect(result).toEqual({ ok: false, error: "invalid", problems: [{ path, problem }] });
  });
});

describe("fuzzing import", () => {
  it("never throws on any JSON value, and anything it accepts is a valid plan", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePlanFile(JSON.stringify(value));
        if (result.ok) expect(PlanSchema.safeParse(result.plan).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        expect(typeof parsePlanFile(input).ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("loses nothing: any valid plan exported and imported comes back equal", () => {
    fc.assert(
      fc.property(planArb, (p) => {
        expect(parsePlanFile(planFileText(p))).toEqual({ ok: true, plan: p });
      }),
      { numRuns: 150 },
    );
  });

  it("a plan with one part replaced by junk is either still valid or rejected with the part named", () => {
    fc.assert(
      fc.property(
        planArb,
        fc.constantFrom(
          "positioning",
          "calendar",
          "risk",
          "kpis",
          "referral",
          "team",
          "personas",
          "name",
          "id",
        ),
        fc.jsonValue(),
        (p, key, junk) => {
          const result = parsePlanFile(JSON.stringify({ ...p, [key]: junk }));
          if (result.ok) expect(PlanSchema.safeParse(result.plan).success).toBe(true);
          else if (result.error === "invalid") {
            expect(result.problems.length).toBeGreaterThan(0);
            expect(result.problems.every((x) => x.path.startsWith(key))).toBe(true);
          } else expect(result.error).toBe("invalid");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("export file names", () => {
  it.each([
    ["山谷咖啡 · 年度方案", "json", "山谷咖啡-年度方案.json"],
    ["Valley Coffee · copy", "json", "valley-coffee-copy.json"],
    ["梧桐区家长互助群（第二版）", "md", "梧桐区家长互助群-第二版.md"],
    ["  — Tidelight: relaunch! —  ", "md", "tidelight-relaunch.md"],
    ['a/b\\c:d*e?"f<g>h|i', "md", "a-b-c-d-e-f-g-h-i.md"],
    ["   ", "json", "plan.json"],
    ["·", "json", "plan.json"],
  ] as const)("%s → %s", (name, ext, expected) => {
    expect(planFileName({ name }, ext)).toBe(expected);
  });
});
