import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv, type CsvCell } from "../../../../src/grading/gradebook/csv";
import { gradebookCsv } from "../../../../src/grading/gradebook/export";
import { buildRows } from "../../../../src/grading/gradebook/gradebook";
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
        notes: [{ code: "self-set", params: { kind: "embedded" } }],
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
    [
      "zh-cn",
      ["学号", "姓名", "得分（%）", "状态"],
      "通过验证",
      "被篡改",
      "；",
      "新人第 4 周留存（%）",
    ],
    [
      "en",
      ["Learner ID", "Name", "Score (%)", "Status"],
      "verified",
      "tampered",
      "; ",
      "Week-4 retention (%)",
    ],
  ] as const)(
    "in %s: one line per learner, the counted verified score, attempts and flagged files, percents as the page shows them",
    (lang, head, ok, bad, sep, retention) => {
      const t = makeT(dictionary(lang));
      const text = gradebookCsv(rows, assignment, t, lang);
      expect(text.startsWith(BOM)).toBe(true);
      const table = parseCsv(text.slice(1));
      const header = table[0]!;
      expect(header.slice(0, 4)).toEqual(head);
      expect(table).toHaveLength(3);
      const col = (name: string) => header.indexOf(name);
      const wang = table.find((r) => r[1] === "王芳")!;
      expect(wang.slice(0, 4)).toEqual(["S-002", "王芳", "85.5", ok]);
      expect(wang[col(t("instructor.csv.attempts"))]).toBe("2");
      expect(wang[col(t("instructor.csv.flagged"))]).toBe("0");
      // 0.5 in the file, 50 % on the page: 50 in a column named as percent.
      expect(header).toContain(retention);
      expect(wang[col(retention)]).toBe("50");
      const evil = table.find((r) => r[1]?.includes("cmd"))!;
      expect(evil[1]).toBe("'=cmd|' /C calc'!A0");
      expect(evil[2]).toBe("");
      expect(evil[3]).toBe(bad);
      expect(evil[col(t("instructor.csv.flagged"))]).toBe("1");
      expect(evil.join(" ")).toMatch(/9999/);
      expect(evil.join(" ")).toMatch(/310/);
      expect(table.some((r) => r.includes("old.json") || r.includes("junk.txt"))).toBe(false);
      // A reason and a note in one cell are joined the language's way.
      const reason = evil[col(t("instructor.csv.reason"))]!;
      expect(reason).toContain(`${sep}${t("instructor.note.selfSet")}`);
    },
  );

  it("an edited copy never displaces a learner's verified score in the CSV", () => {
    const t = makeT(dictionary("zh-cn"));
    const liHua = buildRows(
      [
        checked({ file: "li-hua.json", learner: { name: "李华", id: "s-31" }, score: 27.6 }),
        checked({
          file: "li-hua-edited.json",
          learner: { name: "李华", id: "s-31" },
          status: "tampered",
          score: null,
          final: null,
          createdAt: "2025-03-09T10:00:00Z",
          reason: {
            code: "field-differs",
            field: "claimed.hash",
            params: { field: "claimed.hash" },
          },
        }),
      ].map((result, i) => ({ key: i + 1, result })),
      assignment,
    );
    const [header, line] = parseCsv(gradebookCsv(liHua, assignment, t, "zh-cn").slice(1));
    expect(line?.slice(0, 4)).toEqual(["s-31", "李华", "27.6", "通过验证"]);
    expect(line?.[header!.indexOf("提交文件数")]).toBe("2");
    expect(line?.[header!.indexOf("被标记文件数")]).toBe("1");
  });
});
