import { describe, expect, it } from "vitest";
import { filterKey } from "../../../src/lib/filter-key";

const finds = (query: string, term: string) => filterKey(term).includes(filterKey(query));

describe("filterKey", () => {
  it.each([
    ["k因子", "K 因子"],
    ["kfactor", "K-factor"],
    ["ＫＰＩ", "KPI"],
    ["知识 星球", "知识星球"],
    ["a/b", "A/B test"],
  ])("%s finds %s", (query, term) => {
    expect(finds(query, term)).toBe(true);
  });

  it("keeps the characters that carry meaning", () => {
    expect(finds("ab test", "A/B test")).toBe(false);
    expect(finds("留存", "活跃度")).toBe(false);
  });
});
