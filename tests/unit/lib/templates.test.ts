import { describe, expect, it } from "vitest";
import {
  BOM,
  columnLetter,
  csvField,
  expandRuleTokens,
  rowFormula,
  templateFile,
} from "../../../src/lib/templates";
import type { Template } from "../../../src/schemas/template";
import { parseCsv } from "../csv-helpers";

const rules = new Map([["wechat-group-cap", { "zh-cn": "500 人", en: "500 members" }]]);

const csv: Template = {
  id: "sheet",
  module: 11,
  format: "csv",
  title: { "zh-cn": "表", en: "Sheet" },
  summary: { "zh-cn": "说明", en: "About" },
  columns: [
    { id: "name", label: { "zh-cn": "名称", en: "Name, in full" } },
    { id: "a", label: { "zh-cn": "甲", en: "A" } },
    { id: "b", label: { "zh-cn": "乙", en: "B" } },
    { id: "ratio", label: { "zh-cn": "比", en: "Ratio" }, formula: '=IF({b}=0,"",{a}/{b})' },
  ],
  rows: [{ name: { "zh-cn": "一号，“试点”", en: 'one "pilot"' }, a: 3, b: 4 }],
  blankRows: 2,
};

describe("template files", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" edge", '" edge"'],
    [12.5, "12.5"],
  ])("csvField(%j) = %s", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("puts each column's cell of the same row in a formula", () => {
    expect(rowFormula('=IF({b}=0,"",{a}/{b})', csv.columns, 7)).toBe('=IF(C7=0,"",B7/C7)');
    expect(() => rowFormula("={missing}", csv.columns, 2)).toThrow(/missing/);
  });

  it("fills {rule:id} tokens and refuses unknown ones", () => {
    expect(expandRuleTokens("最多 {rule:wechat-group-cap}", "zh-cn", rules)).toBe("最多 500 人");
    expect(() => expandRuleTokens("{rule:nope}", "en", rules)).toThrow(/nope/);
  });

  it.each(["zh-cn", "en"] as const)(
    "a CSV in %s opens in Excel and WPS: BOM, CRLF, a formula per row, text quoted",
    (lang) => {
      const file = templateFile(csv, lang, rules, "footer");
      expect(file.name).toBe("sheet.csv");
      expect(file.contentType).toBe("text/csv; charset=utf-8");
      expect(file.body.startsWith(BOM)).toBe(true);
      expect(file.body.endsWith("\r\n")).toBe(true);
      const rows = parseCsv(file.body.slice(1).trimEnd());
      expect(rows.length).toBe(1 + 1 + 2);
      expect(rows.every((r) => r.length === 4)).toBe(true);
      expect(rows[0]).toEqual(csv.columns.map((c) => c.label[lang]));
      expect(rows[1]).toEqual([
        lang === "en" ? 'one "pilot"' : "一号，“试点”",
        "3",
        "4",
        '=IF(C2=0,"",B2/C2)',
      ]);
      expect(rows[3]).toEqual(["", "", "", '=IF(C4=0,"",B4/C4)']);
    },
  );

  it("a text template has the title, the summary, marked sections, expanded rules and the footer", () => {
    const text: Template = {
      id: "rules",
      module: 3,
      format: "text",
      title: { "zh-cn": "群规", en: "Rules" },
      summary: { "zh-cn": "上限 {rule:wechat-group-cap}", en: "Cap {rule:wechat-group-cap}" },
      sections: [
        {
          heading: { "zh-cn": "门槛", en: "Entry" },
          lines: [
            { "zh-cn": "最多 {rule:wechat-group-cap}", en: "At most {rule:wechat-group-cap}" },
          ],
        },
      ],
    };
    const file = templateFile(text, "zh-cn", rules, "来自课程");
    expect(file.name).toBe("rules.txt");
    expect(file.body).toBe(
      `${BOM}群规\r\n上限 500 人\r\n\r\n■ 门槛\r\n最多 500 人\r\n\r\n来自课程\r\n`,
    );
  });
});
