import { describe, expect, it } from "vitest";
import { localizedPath, switchLangPath } from "../../../src/lib/paths";

describe("paths", () => {
  it.each([
    ["/zh-cn/modules/cold-start/", "en", "/en/modules/cold-start/"],
    ["/en/", "zh-cn", "/zh-cn/"],
    ["/en/sandbox/", "zh-cn", "/zh-cn/sandbox/"],
    ["/", "en", "/en/"],
  ] as const)("switching %s to %s gives %s", (from, to, expected) => {
    expect(switchLangPath(from, to)).toBe(expected);
  });

  it.each([
    ["en", "", "/en/"],
    ["zh-cn", "modules/fundamentals", "/zh-cn/modules/fundamentals/"],
    ["en", "/planner/", "/en/planner/"],
  ] as const)("localizedPath(%s, %s)", (lang, rest, expected) => {
    expect(localizedPath(lang, rest)).toBe(expected);
  });
});
