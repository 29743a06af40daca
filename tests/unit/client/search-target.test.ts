import { describe, expect, it } from "vitest";
import {
  resultTarget,
  TITLE_WEIGHT,
  type PagefindData,
  type PagefindSubResult,
} from "../../../src/client/search-target";

const at = (weight: number, balanced_score: number) => ({ weight, balanced_score, location: 0 });
const sub = (title: string, url: string, scores: number[], anchor = true): PagefindSubResult => ({
  title,
  url,
  excerpt: `…${title}…`,
  ...(anchor ? { anchor: { element: "h2", id: url.split("#")[1] ?? "" } } : {}),
  weighted_locations: scores.map((s) => at(1, s)),
});
const result = (over: Partial<PagefindData>): PagefindData => ({
  url: "/zh-cn/modules/cold-start/",
  excerpt: "page excerpt",
  meta: { title: "冷启动" },
  weighted_locations: [at(1, 5)],
  ...over,
});

describe("where a search result leads", () => {
  it("to the best-matching section when the title does not match", () => {
    const target = resultTarget(
      result({
        sub_results: [
          sub("冷启动", "/zh-cn/modules/cold-start/", [3], false),
          sub("种子用户：宁少勿滥", "/zh-cn/modules/cold-start/#seed", [40, 12]),
          sub("要点回顾", "/zh-cn/modules/cold-start/#recap", [9]),
        ],
      }),
    );
    expect(target).toEqual({
      url: "/zh-cn/modules/cold-start/#seed",
      section: "种子用户：宁少勿滥",
      excerpt: "…种子用户：宁少勿滥…",
    });
  });

  it("to a section whose heading names the query before a list that mentions it more", () => {
    const heading = sub("Retention, churn, growth", "/en/modules/data-analytics/#rates", [30]);
    heading.weighted_locations = [at(6, 30)];
    const target = resultTarget(
      result({
        sub_results: [heading, sub("Key terms in this module", "/x/#key-terms", [40, 40])],
      }),
    );
    expect(target.url).toBe("/en/modules/data-analytics/#rates");
  });

  it("to the page when its title matches", () => {
    const target = resultTarget(
      result({
        weighted_locations: [at(TITLE_WEIGHT, 90), at(1, 5)],
        sub_results: [sub("Later", "/zh-cn/modules/cold-start/#later", [60])],
      }),
    );
    expect(target).toEqual({ url: "/zh-cn/modules/cold-start/", excerpt: "page excerpt" });
  });

  it.each([
    ["no sub-results", undefined],
    ["only the part before the first heading", [sub("Top", "/x/", [5], false)]],
  ])("to the page when there are %s", (_name, subs) => {
    expect(resultTarget(result({ sub_results: subs })).url).toBe("/zh-cn/modules/cold-start/");
  });
});
