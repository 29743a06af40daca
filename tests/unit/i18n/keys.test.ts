import { describe, expect, it } from "vitest";
import zh from "../../../src/i18n/zh-cn.json";
import en from "../../../src/i18n/en.json";
import { format, makeT } from "../../../src/i18n/t";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  it("zh-cn and en have exactly the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh))("%s is filled in both languages with the same placeholders", (key) => {
    const a = (zh as Record<string, string>)[key]!;
    const b = (en as Record<string, string>)[key]!;
    expect(a.trim()).not.toBe("");
    expect(b.trim()).not.toBe("");
    expect(placeholders(b)).toEqual(placeholders(a));
  });
});

describe("t()", () => {
  it.each([
    ["约 {minutes} 分钟", { minutes: 25 }, "约 25 分钟"],
    ["{a} and {b}", { a: 1, b: "x" }, "1 and x"],
    ["{missing} stays", {}, "{missing} stays"],
  ])("format(%s)", (template, values, expected) => {
    expect(format(template, values)).toBe(expected);
  });

  it("shows a missing key as itself, so it is noticed", () => {
    expect(makeT({ a: "A" })("b.c")).toBe("b.c");
  });
});

describe("English plurals", () => {
  it.each([
    ["{n} {n|file|files} checked", { n: 1 }, "1 file checked"],
    ["{n} {n|file|files} checked", { n: 0 }, "0 files checked"],
    ["{n} {n|file|files} checked", { n: 12 }, "12 files checked"],
    ["{n} {n|entry was|entries were} skipped", { n: "1" }, "1 entry was skipped"],
    ["{n|one|other} stays", {}, "{n|one|other} stays"],
  ])("format(%s, %j)", (template, values, expected) => {
    expect(format(template, values)).toBe(expected);
  });

  it("no English string writes a plural the lazy way", () => {
    const lazy = Object.entries(en).filter(([, v]) => /\w\(s\)|\(es\)/.test(v));
    expect(lazy).toEqual([]);
  });

  it("a count of one reads in the singular", () => {
    const t = makeT(en);
    expect(t("progress.readCount", { read: 1, attempts: 1 })).toBe(
      "1 module read · 1 quiz attempt",
    );
    expect(t("search.results", { count: 1 })).toBe("1 result");
    expect(t("widget.crisisDrill.containment.detail", { peak: "x", escalations: 1 })).toContain(
      "escalated 1 time.",
    );
  });
});
