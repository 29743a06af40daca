import { describe, expect, it } from "vitest";
import {
  ALL_ROWS,
  buildRows,
  classView,
  filterRows,
  learnerKey,
  sortRows,
  spread,
  type GradeRow,
  type RowFilter,
} from "../../../../src/islands/Instructor/gradebook";
import type { CheckedFile } from "../../../../src/islands/Instructor/check-file";
import { checked, makeAssignment } from "./fixtures";

const assignment = makeAssignment({ due: "2025-03-10T23:59:00+08:00", passMark: 0.7 });
const rowsOf = (files: CheckedFile[]) =>
  buildRows(
    files.map((result, i) => ({ key: i + 1, result })),
    assignment,
  );
const names = (rows: GradeRow[]) => rows.map((r) => r.learner?.name ?? r.file);

describe("learner identity", () => {
  it.each([
    [{ name: "张三", id: "S-01" }, "id:s-01"],
    [{ name: "  Ana   Silva ", id: null }, "name:ana silva"],
    [{ name: "ＡＮＡ silva", id: null }, "name:ana silva"],
    [null, null],
  ])("%j → %s", (learner, key) => {
    expect(learnerKey(learner)).toBe(key);
  });
});

describe("superseding: a learner's latest submission counts", () => {
  it("marks older submissions of the same learner as superseded, by the time the file states", () => {
    const rows = rowsOf([
      checked({ file: "new.json", createdAt: "2025-03-06T10:00:00+08:00" }),
      checked({ file: "old.json", createdAt: "2025-03-04T10:00:00+08:00" }),
      checked({ file: "other.json", learner: { name: "李四", id: null } }),
    ]);
    expect(rows.map((r) => [r.file, r.superseded])).toEqual([
      ["new.json", false],
      ["old.json", true],
      ["other.json", false],
    ]);
  });

  it("on equal times the file loaded last counts", () => {
    const rows = rowsOf([checked({ file: "first.json" }), checked({ file: "second.json" })]);
    expect(rows.map((r) => r.superseded)).toEqual([true, false]);
  });

  it("matches by id when there is one, so two learners with one name stay apart", () => {
    const rows = rowsOf([
      checked({ learner: { name: "王芳", id: "A1" } }),
      checked({ learner: { name: "王芳", id: "B2" } }),
      checked({ learner: { name: "Wang Fang", id: "a1" }, createdAt: "2025-03-07T00:00:00Z" }),
    ]);
    expect(rows.map((r) => r.superseded)).toEqual([true, false, false]);
  });

  it("a latest tampered file still supersedes an earlier verified one", () => {
    const rows = rowsOf([
      checked({ file: "ok.json", createdAt: "2025-03-04T10:00:00Z" }),
      checked({
        file: "edited.json",
        status: "tampered",
        score: null,
        createdAt: "2025-03-05T10:00:00Z",
      }),
    ]);
    expect(rows.find((r) => r.file === "ok.json")?.superseded).toBe(true);
  });

  it.each(["other-assignment", "no-assignment", "too-large", "not-json"] as const)(
    "a file with reason %s never supersedes the learner's real submission",
    (code) => {
      const rows = rowsOf([
        checked({ file: "real.json", createdAt: "2025-03-04T10:00:00Z" }),
        checked({
          file: "stray.json",
          status: "invalid",
          reason: { code, params: {} },
          createdAt: "2025-03-09T10:00:00Z",
        }),
      ]);
      expect(rows.map((r) => [r.file, r.superseded, r.learnerKey === null])).toEqual([
        ["real.json", false, false],
        ["stray.json", false, true],
      ]);
    },
  );

  it("a file without a time loses to one with a time", () => {
    const rows = rowsOf([
      checked({ file: "dated.json" }),
      checked({ file: "undated.json", createdAt: null }),
    ]);
    expect(rows.map((r) => r.superseded)).toEqual([false, true]);
  });
});

describe("lateness against the due date", () => {
  it.each([
    ["2025-03-10T23:59:00+08:00", false, null],
    ["2025-03-10T15:59:00Z", false, null],
    ["2025-03-10T16:00:00Z", true, 60_000],
    ["2025-03-12T23:59:00+08:00", true, 2 * 86_400_000],
    [null, null, null],
  ])("submitted %s → late %s", (createdAt, late, lateBy) => {
    const [row] = rowsOf([checked({ createdAt })]);
    expect(row?.late).toBe(late);
    expect(row?.lateBy).toBe(lateBy);
  });
});

describe("pass mark", () => {
  it.each([
    [70, true],
    [69.9, false],
    [100, true],
  ])("score %s → passed %s", (score, passed) => {
    expect(rowsOf([checked({ score })])[0]?.passed).toBe(passed);
  });

  it("is unknown for files that did not verify", () => {
    expect(rowsOf([checked({ status: "tampered", score: null })])[0]?.passed).toBeNull();
  });
});

describe("sorting", () => {
  const rows = rowsOf([
    checked({
      learner: { name: "Zoe", id: null },
      score: 55,
      final: { members: 900, retentionW4: 0.4, stickiness: 0.2, nps: -5 },
    }),
    checked({
      learner: { name: "alice", id: null },
      score: 91,
      final: { members: 400, retentionW4: null, stickiness: 0.3, nps: 30 },
    }),
    checked({ learner: { name: "Bob", id: null }, status: "tampered", score: null, final: null }),
    checked({
      learner: { name: "Chen", id: null },
      status: "invalid",
      score: null,
      final: null,
      createdAt: null,
    }),
  ]);

  it.each([
    ["learner", "asc", ["alice", "Bob", "Chen", "Zoe"]],
    ["learner", "desc", ["Zoe", "Chen", "Bob", "alice"]],
    ["score", "desc", ["alice", "Zoe", "Bob", "Chen"]],
    ["score", "asc", ["Zoe", "alice", "Bob", "Chen"]],
    ["members", "asc", ["alice", "Zoe", "Bob", "Chen"]],
    ["nps", "asc", ["Zoe", "alice", "Bob", "Chen"]],
    ["retentionW4", "desc", ["Zoe", "alice", "Bob", "Chen"]],
    ["status", "asc", ["Bob", "Chen", "Zoe", "alice"]],
    ["submittedAt", "asc", ["Zoe", "alice", "Bob", "Chen"]],
  ] as const)("by %s %s (missing values last)", (key, dir, expected) => {
    expect(names(sortRows(rows, key, dir, "en"))).toEqual(expected);
  });

  it("sorts Chinese names by pinyin in the Chinese interface", () => {
    const zh = rowsOf(
      ["王五", "李四", "张三", "陈一"].map((name) => checked({ learner: { name, id: null } })),
    );
    expect(names(sortRows(zh, "learner", "asc", "zh-cn"))).toEqual([
      "陈一",
      "李四",
      "王五",
      "张三",
    ]);
  });

  it("sorts late rows by how late, on-time rows before them", () => {
    const timed = rowsOf([
      checked({ learner: { name: "a", id: null }, createdAt: "2025-03-13T00:00:00+08:00" }),
      checked({ learner: { name: "b", id: null }, createdAt: "2025-03-01T00:00:00+08:00" }),
      checked({ learner: { name: "c", id: null }, createdAt: "2025-03-11T01:00:00+08:00" }),
    ]);
    expect(names(sortRows(timed, "late", "desc", "en"))).toEqual(["a", "c", "b"]);
  });
});

describe("filtering", () => {
  const rows = rowsOf([
    checked({ file: "1.json", learner: { name: "张三", id: "S-001" } }),
    checked({
      file: "2.json",
      learner: { name: "李四", id: null },
      status: "tampered",
      score: null,
    }),
    checked({
      file: "3.json",
      learner: { name: "王五", id: null },
      status: "constraint-violation",
      createdAt: "2025-03-12T00:00:00Z",
    }),
    checked({
      file: "junk.txt",
      learner: null,
      status: "invalid",
      reason: { code: "not-json", params: {} },
      createdAt: null,
    }),
    checked({
      file: "4.json",
      learner: { name: "张三", id: "S-001" },
      createdAt: "2025-03-01T00:00:00Z",
    }),
  ]);
  const files = (f: Partial<RowFilter>) =>
    filterRows(rows, { ...ALL_ROWS, ...f }).map((r) => r.file);

  it.each([
    [{}, ["1.json", "2.json", "3.json", "junk.txt", "4.json"]],
    [{ status: "verified" }, ["1.json", "4.json"]],
    [{ status: "flagged" }, ["2.json", "3.json", "junk.txt"]],
    [{ status: "tampered" }, ["2.json"]],
    [{ timing: "late" }, ["3.json"]],
    [{ timing: "onTime" }, ["1.json", "2.json", "4.json"]],
    [{ showSuperseded: false }, ["1.json", "2.json", "3.json", "junk.txt"]],
    [{ query: "s-001" }, ["1.json", "4.json"]],
    [{ query: "李" }, ["2.json"]],
    [{ query: "junk" }, ["junk.txt"]],
    [{ status: "verified", showSuperseded: false }, ["1.json"]],
  ] as [Partial<RowFilter>, string[]][])("%j", (f, expected) => {
    expect(files(f)).toEqual(expected);
  });
});

describe("class view", () => {
  it("counts each learner's counting, verified submission", () => {
    const rows = rowsOf([
      checked({
        learner: { name: "a", id: null },
        score: 95,
        leversUsed: ["postsPerDay", "referral"],
        final: { members: 500, retentionW4: 0.6, stickiness: 0.3, nps: 20 },
      }),
      checked({
        learner: { name: "a", id: null },
        score: 10,
        createdAt: "2025-03-01T00:00:00Z",
        leversUsed: ["adBudget"],
      }),
      checked({
        learner: { name: "b", id: null },
        score: 72.5,
        leversUsed: ["referral"],
        final: { members: 300, retentionW4: null, stickiness: 0.2, nps: 5 },
      }),
      checked({ learner: { name: "c", id: null }, status: "tampered", score: null, final: null }),
      checked({
        learner: { name: "d", id: null },
        score: 100,
        createdAt: "2025-03-12T00:00:00Z",
        final: { members: 700, retentionW4: 0.4, stickiness: 0.1, nps: 0 },
      }),
    ]);
    const view = classView(rows);
    expect(view.verified).toBe(3);
    expect(view.learners).toBe(4);
    expect(view.superseded).toBe(1);
    expect(view.late).toBe(1);
    expect(view.passed).toBe(3);
    expect(view.statusCounts).toEqual({
      verified: 3,
      tampered: 1,
      "constraint-violation": 0,
      invalid: 0,
    });
    expect(view.scoreBins).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 2]);
    expect(view.members).toMatchObject({ n: 3, min: 300, median: 500, max: 700 });
    expect(view.retention).toMatchObject({ n: 2, min: 0.4, max: 0.6 });
    expect(view.leverUse).toEqual([
      { lever: "referral", learners: 2 },
      { lever: "postsPerDay", learners: 1 },
    ]);
  });
});

describe("spread", () => {
  it.each([
    [[], null],
    [[5], { n: 1, min: 5, q1: 5, median: 5, q3: 5, max: 5 }],
    [[4, 1, 3, 2], { n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 }],
  ])("%j", (values, expected) => {
    expect(spread(values)).toEqual(expected);
  });
});
