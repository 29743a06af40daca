import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  blankPlan,
  migrate,
  PlanSchema,
  PlanVersionError,
  PLAN_FORMAT,
} from "../../../src/schemas/plan";

const FIXTURES = join(import.meta.dirname, "../../fixtures/plans");
const v0 = () =>
  JSON.parse(readFileSync(join(FIXTURES, "v0-coffee.json"), "utf8")) as Record<string, unknown>;

describe("a blank plan", () => {
  it("has every section, empty, and validates", () => {
    const plan = blankPlan("p-1", "Mine", "2025-01-01T00:00:00.000Z", "wechat-parents");
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.scenario).toBe("wechat-parents");
    expect(plan.positioning).toEqual({ goal: null, line: "", slogan: "", horizonWeeks: 52 });
    expect(plan.personas).toEqual([]);
    expect(plan.calendar.slots).toEqual([]);
    expect(plan.risk.responseMinutes).toBeNull();
    expect(plan.selfAssessment).toEqual({});
  });

  it("runs in the default scenario when none is named", () => {
    expect(blankPlan("p-1", "Mine", "").scenario).toBe("coffee-members");
  });
});

describe("migrating a version 0 plan (tests/fixtures/plans/v0-coffee.json)", () => {
  const plan = PlanSchema.parse(migrate(v0()));

  it("becomes a valid version 1 plan that keeps its header", () => {
    expect(plan.version).toBe(1);
    expect(plan.id).toBe("v0-coffee");
    expect(plan.name).toBe("Valley Coffee club (first draft)");
    expect(plan.positioning.line).toBe("For Valley regulars");
  });

  it("turns the single persona into a list, `where` into `whereNow`", () => {
    expect(plan.personas).toEqual([
      {
        id: "persona-1",
        who: "Office workers aged 28–35",
        needs: "New drinks first",
        pains: "Coupons expire unseen",
        whereNow: "Store assistants' WeCom contacts",
      },
    ]);
  });

  it("turns day names into numbers and chars/minutes into one length", () => {
    expect(plan.calendar.slots.map((s) => [s.day, s.time, s.format, s.length])).toEqual([
      [0, "08:30", "post", 120],
      [0, "20:30", "article", 1000],
      [1, "20:30", "video", 1],
      [5, "10:00", "image", null],
    ]);
    expect(new Set(plan.calendar.slots.map((s) => s.id)).size).toBe(4);
  });

  it("converts crisis response from hours to minutes", () => {
    expect(plan.risk.responseMinutes).toBe(30);
    expect(plan.risk.monitoringHours).toBe(24);
  });

  it("reads tiers as tiered referral and keeps anti-cheat", () => {
    expect(plan.referral.mode).toBe("tiered");
    expect(plan.referral.tiers.map((t) => [t.invites, t.reward])).toEqual([
      [3, "Buy-one-get-one coupon"],
      [10, "Gold card"],
    ]);
    expect(plan.referral.antiCheat).toBe(true);
    expect(plan.referral.fromWeek).toBe(9);
  });

  it("fills what version 0 did not have with defaults", () => {
    expect(plan.contentReview.steps).toEqual([]);
    expect(plan.feedback.responseHours).toBeNull();
    expect(plan.selfAssessment).toEqual({});
  });

  it("reads a version 0 plan with no referral tiers as referral off", () => {
    const data = v0();
    data.referral = { antiCheat: false };
    expect(PlanSchema.parse(migrate(data)).referral.mode).toBe("off");
  });
});

describe("what migrate refuses", () => {
  it.each([
    ["not an object", [1, 2], "not-a-plan"],
    ["another format", { format: "community-ops-lab/progress", version: 1 }, "not-a-plan"],
    ["no version", { format: PLAN_FORMAT }, "unknown-version"],
    ["a fractional version", { format: PLAN_FORMAT, version: 0.5 }, "unknown-version"],
    ["a newer version", { format: PLAN_FORMAT, version: 2 }, "newer"],
  ])("%s", (_what, data, reason) => {
    expect(() => migrate(data)).toThrow(PlanVersionError);
    try {
      migrate(data);
    } catch (error) {
      expect((error as PlanVersionError).reason).toBe(reason);
    }
  });

  it("passes a current plan through unchanged", () => {
    const plan = blankPlan("p-1", "Mine", "");
    expect(migrate(plan)).toBe(plan);
  });
});
