import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv, type CsvCell } from "../../../../src/islands/Instructor/csv";
import { gradebookCsv } from "../../../../src/islands/Instructor/export";
import { buildRows } from "../../../../src/islands/Instructor/gradebook";
import { dictionary } from "../../../../src/i18n";
import { makeT } from "../../../../src/i18n/t";
import { parseCsv } from "../../csv-helpers";
import { checked, makeAssignment } from "./fixtures";

describe("csvCell", () => {
  it.each<[CsvCell, string]>([
    ["plain", "plain"],
    ["张三", "张三"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ["a=b", "a=b"],
    [-12, "-12"],
    [72.5, "72.5"],
    [0, "0"],
    [Number.NaN, ""],
    [null, ""],
    [undefined, ""],
    [true, "true"],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe(`${BOM}a,1\r\nb,2\r\n`);
  });

  it("reads back cell for cell, Chinese, commas, quotes and line breaks included", () => {
    const rows = [
      ["学号", "姓名", "评语"],
      ["S-1", "张三，李四", '他说："好"\n第二行'],
    ];
    const text = toCsv(rows);
    expect(parseCsv(text.slice(1))).toEqual(rows);
  });
});

describe("the gradebook CSV", () => {
  const assignment = makeAssignment();
  const rows = buildRows(
    [
      checked({
        learner: { name: "王芳", id: "S-002" },
        score: 85.5,
        goals: [
          { metric: "members", op: ">=", value: 300, actual: 320, met: true },
          { metric: "nps", op: ">=", value: 20, byWeek: 8, actual: 12, met: false },
        ],
      }),
      checked({
        file: "old.json",
        learner: { name: "王芳", id: "S-002" },
        score: 40,
        createdAt: "2025-03-01T00:00:00Z",
      }),
      checked({
        file: "evil.json",
        learner: { name: "=cmd|' /C calc'!A0", id: null },
        status: "tampered",
        score: null,
        goals: null,
        final: null,
        reason: {
          code: "field-differs",
          field: "claimed.final.members",
          params: { field: "claimed.final.members", claimed: 9999, actual: 310 },
        },
      }),
      checked({
        file: "junk.txt",
        learner: null,
        status: "invalid",
        score: null,
        reason: { code: "not-json", params: {} },
      }),
    ].map((result, i) => ({ key: i + 1, result })),
    assignment,
  );

  it.each([
    ["zh-cn", ["学号", "姓名", "得分", "状态"], "通过验证", "被篡改"],
    ["en", ["Learner ID", "Name", "Score", "Status"], "verified", "tampered"],
  ] as const)(
    "in %s: one row per learner, the submission that counts, in the user's language",
    (lang, head, ok, bad) => {
      const t = makeT(dictionary(lang));
      const text = gradebookCsv(rows, assignment, t, lang);
      expect(text.startsWith(BOM)).toBe(true);
      const table = parseCsv(text.slice(1));
      expect(table[0]?.slice(0, 4)).toEqual(head);
      expect(table).toHaveLength(3);
      const wang = table.find((r) => r[1] === "王芳")!;
      expect(wang.slice(0, 4)).toEqual(["S-002", "王芳", "85.5", ok]);
      const evil = table.find((r) => r[1]?.includes("cmd"))!;
      expect(evil[1]).toBe("'=cmd|' /C calc'!A0");
      expect(evil[3]).toBe(bad);
      expect(evil.join(" ")).toMatch(/9999/);
      expect(evil.join(" ")).toMatch(/310/);
      expect(table.some((r) => r.includes("old.json") || r.includes("junk.txt"))).toBe(false);
    },
  );
});
