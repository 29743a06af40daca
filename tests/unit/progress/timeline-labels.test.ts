import { describe, expect, it } from "vitest";
import { timelineLabels } from "../../../src/progress/format";

describe("timelineLabels (the score chart's x axis)", () => {
  it("a date alone when each date comes once", () => {
    const labels = timelineLabels("en", [
      { at: "2026-03-01T10:00:00Z", moduleId: "00-orientation" },
      { at: "2026-03-05T10:00:00Z", moduleId: "01-fundamentals" },
    ]);
    expect(labels).toEqual(["1 Mar 2026 · 00", "5 Mar 2026 · 01"]);
  });

  it("the time as well for attempts on the same day, and never two labels alike", () => {
    const labels = timelineLabels("zh-cn", [
      { at: "2026-03-01T01:00:00Z", moduleId: "00-orientation" },
      { at: "2026-03-01T02:30:00Z", moduleId: "00-orientation" },
      { at: "2026-03-01T02:30:10Z", moduleId: "00-orientation" },
      { at: "2026-03-09T02:30:00Z", moduleId: "00-orientation" },
    ]);
    expect(new Set(labels).size).toBe(4);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[2]).toMatch(/\(2\)$/);
    expect(labels[3]).not.toMatch(/:/);
  });
});
