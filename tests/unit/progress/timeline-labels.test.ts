import { describe, expect, it } from "vitest";
import { timelineLabels } from "../../../src/progress/format";
import { useT, type Lang } from "../../../src/i18n";

const labels = (lang: Lang, points: { at: string; moduleId: string }[]) =>
  timelineLabels(lang, points, (date, number) =>
    useT(lang)("progress.chart.point", { date, number }),
  );

describe("timelineLabels (the score chart's x axis)", () => {
  it.each([
    ["en", ["1 Mar 2026 · Module 00", "5 Mar 2026 · Module 01"]],
    ["zh-cn", ["2026年3月1日 · 模块 00", "2026年3月5日 · 模块 01"]],
  ] as const)("%s: a date alone when each date comes once, and the module named", (lang, want) => {
    expect(
      labels(lang, [
        { at: "2026-03-01T10:00:00Z", moduleId: "00-orientation" },
        { at: "2026-03-05T10:00:00Z", moduleId: "01-fundamentals" },
      ]),
    ).toEqual(want);
  });

  it("the time as well for attempts on the same day, and never two labels alike", () => {
    const same = labels("zh-cn", [
      { at: "2026-03-01T01:00:00Z", moduleId: "00-orientation" },
      { at: "2026-03-01T02:30:00Z", moduleId: "00-orientation" },
      { at: "2026-03-01T02:30:10Z", moduleId: "00-orientation" },
      { at: "2026-03-09T02:30:00Z", moduleId: "00-orientation" },
    ]);
    expect(new Set(same).size).toBe(4);
    expect(same[0]).not.toBe(same[1]);
    expect(same[2]).toMatch(/\(2\)$/);
    expect(same[3]).not.toMatch(/:/);
  });
});
