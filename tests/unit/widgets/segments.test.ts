import { describe, expect, it } from "vitest";
import { classify, mark, MEMBERS, type Tier } from "../../../src/widgets/segments";

describe("classify follows the rule of thumb from the top", () => {
  it.each([
    { id: "xiaolu", tier: "core", reason: "core", notes: [] },
    { id: "laozhou", tier: "core", reason: "core", notes: [] },
    { id: "lili", tier: "active", reason: "activeDays", notes: [] },
    { id: "amy", tier: "active", reason: "activeDays", notes: [] },
    { id: "akuan", tier: "active", reason: "activeDays", notes: [] },
    { id: "tangtang", tier: "active", reason: "activeContributions", notes: [] },
    { id: "chen", tier: "ordinary", reason: "ordinary", notes: ["bigSpender"] },
    { id: "xiaowu", tier: "ordinary", reason: "ordinary", notes: [] },
    { id: "daliu", tier: "dormant", reason: "dormant", notes: [] },
    { id: "jingjing", tier: "dormant", reason: "dormant", notes: [] },
    { id: "xiaoqi", tier: "active", reason: "activeDays", notes: ["newcomer"] },
    { id: "moli", tier: "ordinary", reason: "ordinary", notes: ["audience"] },
  ])("$id → $tier ($reason)", ({ id, tier, reason, notes }) => {
    const member = MEMBERS.find((m) => m.id === id);
    expect(member).toBeDefined();
    expect(classify(member!)).toEqual({ tier, reason, notes });
  });

  it("every member is in the test table above", () => {
    expect(MEMBERS).toHaveLength(12);
  });

  it.each([
    [{ id: "x", activeDays: 30, contributions: 50, spend: 0 }, "core"],
    [{ id: "x", activeDays: 1, contributions: 20, spend: 5000 }, "dormant"],
    [{ id: "x", activeDays: 15, contributions: 6, spend: 0 }, "core"],
    [{ id: "x", activeDays: 14, contributions: 6, spend: 0 }, "active"],
    [{ id: "x", activeDays: 2, contributions: 2, spend: 0 }, "ordinary"],
  ])("boundary %j → %s", (member, tier) => {
    expect(classify(member).tier).toBe(tier);
  });
});

describe("mark", () => {
  const right = Object.fromEntries(MEMBERS.map((m) => [m.id, classify(m).tier])) as Record<
    string,
    Tier
  >;
  it.each([
    ["every answer right", right, 12, 0],
    ["nothing chosen", {}, 0, 12],
    ["the big spender called core", { ...right, chen: "core" as Tier }, 11, 0],
    ["two left out", { ...right, amy: undefined, lili: undefined }, 10, 2],
  ])("%s", (_name, answers, score, unanswered) => {
    const result = mark(answers);
    expect(result.score).toBe(score);
    expect(result.unanswered).toBe(unanswered);
    expect(result.results).toHaveLength(MEMBERS.length);
  });

  it("uses all four tiers in the sample", () => {
    expect(new Set(MEMBERS.map((m) => classify(m).tier))).toEqual(
      new Set(["core", "active", "ordinary", "dormant"]),
    );
  });
});
