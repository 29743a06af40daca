import { describe, expect, it } from "vitest";
import { fmtNum, fmtPct, parseNum } from "../../../src/widgets/numbers";

describe("parseNum", () => {
  it.each([
    ["120", {}, { value: 120 }],
    [" 1,200 ", {}, { value: 1200 }],
    ["１２００", {}, { value: 1200 }],
    ["2.5", {}, { value: 2.5 }],
    ["．５", {}, { value: 0.5 }],
    ["", {}, { error: "empty" }],
    ["   ", {}, { error: "empty" }],
    ["abc", {}, { error: "nan" }],
    ["1e3", {}, { error: "nan" }],
    ["12abc", {}, { error: "nan" }],
    ["Infinity", {}, { error: "nan" }],
    ["-3", { min: 0 }, { error: "min" }],
    ["2.5", { integer: true }, { error: "integer" }],
    ["101", { max: 100 }, { error: "max" }],
    ["100", { min: 0, max: 100 }, { value: 100 }],
  ])("%j with %j → %j", (raw, rule, expected) => {
    expect(parseNum(raw, rule)).toEqual(expected);
  });
});

describe("formatting never shows NaN", () => {
  it.each([
    ["en", 0.125, "12.5%"],
    ["zh-cn", 0.3, "30%"],
    ["en", Number.NaN, "—"],
    ["en", Number.POSITIVE_INFINITY, "—"],
  ])("fmtPct(%s, %s) = %s", (lang, x, text) => {
    expect(fmtPct(lang, x)).toBe(text);
  });
  it.each([
    ["en", 12000, 0, "12,000"],
    ["zh-cn", 2.46, 1, "2.5"],
    ["en", Number.NaN, 0, "—"],
  ])("fmtNum(%s, %s, %s) = %s", (lang, x, digits, text) => {
    expect(fmtNum(lang, x, digits)).toBe(text);
  });
});
