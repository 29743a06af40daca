import { describe, expect, it } from "vitest";
import { segmentQuery } from "../../../src/client/search-query";

/** A segmenter that splits as given: "社|群|定位". */
const as = (split: string) => () =>
  split.split("|").map((segment) => ({ segment, isWordLike: segment.trim() !== "" }));

describe("a Chinese query split into the index's words", () => {
  it.each([
    ["用户画像", "用户|画像", "用户 画像"],
    ["社群定位", "社|群|定位", "社群 定位"],
    ["入群门槛", "入|群|门槛", "入群 门槛"],
    ["冷启动", "冷|启动", "冷启动"],
    ["线下小聚", "线|下|小|聚", "线下小聚"],
    ["知识付费", "知识|付|费", "知识 付费"],
    ["K 因子", "K| |因子", "K 因子"],
    ["种子用户", "种子|用户", "种子 用户"],
  ])("%s (split %s) → %s", (query, split, words) => {
    expect(segmentQuery(query, as(split))).toBe(words);
  });

  it("leaves a query without Chinese as typed", () => {
    expect(segmentQuery("cold start", () => [])).toBe("cold start");
  });
});
