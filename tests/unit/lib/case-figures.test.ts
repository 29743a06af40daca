import { describe, expect, it } from "vitest";
import { useT } from "../../../src/i18n";
import {
  formatFigure,
  formatMoney,
  formatPrice,
  sizeFact,
  stageColumns,
} from "../../../src/lib/case-figures";
import { CaseFiguresSchema, type CaseStage } from "../../../src/schemas/case";

const zh = useT("zh-cn");
const en = useT("en");

describe("case figures as a page shows them", () => {
  it.each([
    ["zh-cn", 480, "480"],
    ["en", 8500, "8,500"],
    ["zh-cn", [320, 360], "320–360"],
    ["en", [195000, 270000], "195,000–270,000"],
  ] as const)("%s writes %j as %s", (lang, figure, text) => {
    expect(formatFigure(lang, figure as number | [number, number])).toBe(text);
  });

  it.each([
    ["zh-cn", "CNY", 1999, "1,999 元"],
    ["en", "CNY", 1999, "¥1,999"],
    ["zh-cn", "USD", 300, "300 美元"],
    ["en", "USD", 300, "US$300"],
  ] as const)("%s writes %s %d as %s", (lang, currency, amount, text) => {
    expect(formatMoney(lang, lang === "en" ? en : zh, currency, amount)).toBe(text);
  });

  it("says what a price buys", () => {
    const fee = {
      id: "fee",
      label: { "zh-cn": "年费", en: "Annual fee" },
      amount: 299,
      per: "year" as const,
    };
    expect(formatPrice("zh-cn", zh, "CNY", fee)).toBe("299 元 / 年");
    expect(formatPrice("en", en, "CNY", fee)).toBe("¥299 a year");
  });

  const figures = CaseFiguresSchema.parse({
    id: "wechat-parents",
    currency: "CNY",
    team: { people: 1, hoursPerWeek: 15 },
    budgetPerWeek: 0,
    stages: [
      { label: { "zh-cn": "开群", en: "Opens" }, members: 46 },
      { label: { "zh-cn": "现在", en: "Now" }, members: 480, groups: 2, current: true },
    ],
  });

  it("sizes a case by its current stage, naming the groups only when there are several", () => {
    expect(sizeFact("zh-cn", zh, figures)).toBe("约 480 人 · 2 个群");
    expect(sizeFact("en", en, figures)).toBe("about 480 across 2 groups");
    const one = { ...figures, stages: [{ ...figures.stages[1]!, groups: 1 }] };
    expect(sizeFact("en", en, one)).toBe("about 480");
  });

  it("shows a timeline column only when some stage fills it in", () => {
    const stages = figures.stages as CaseStage[];
    expect(stageColumns(stages)).toEqual({ wau: false, joins: false, revenue: false });
    expect(stageColumns([...stages, { ...stages[0]!, wau: 30 }]).wau).toBe(true);
  });

  it("refuses figures with no current stage, or two", () => {
    const stage = { label: { "zh-cn": "开群", en: "Opens" }, members: 46 };
    const base = {
      id: "wechat-parents",
      currency: "CNY",
      team: { people: 1, hoursPerWeek: 15 },
      budgetPerWeek: 0,
    };
    expect(CaseFiguresSchema.safeParse({ ...base, stages: [stage] }).success).toBe(false);
    expect(
      CaseFiguresSchema.safeParse({
        ...base,
        stages: [
          { ...stage, current: true },
          { ...stage, current: true },
        ],
      }).success,
    ).toBe(false);
  });

  it("refuses a range written high first", () => {
    const result = CaseFiguresSchema.safeParse({
      id: "wechat-parents",
      currency: "CNY",
      team: { people: 1, hoursPerWeek: 15 },
      budgetPerWeek: 0,
      stages: [{ label: { "zh-cn": "a", en: "a" }, members: [500, 450], current: true }],
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("low first");
  });
});
