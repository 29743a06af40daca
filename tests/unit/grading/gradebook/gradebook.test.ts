import { describe, expect, it } from "vitest";
import {
  ALL_ROWS,
  COUNT_RULES,
  buildRows,
  classView,
  filterRows,
  learnerKey,
  learnerLines,
  sortRows,
  spread,
  type CountRule,
  type GradeRow,
  type RowFilter,
} from "../../../../src/grading/gradebook/gradebook";
import type { CheckedFile, LeverChange } from "../../../../src/grading/gradebook/file-result";
import { checked, makeAssignment } from "./fixtures";

const assignment = makeAssignment({ due: "2025-03-10T23:59:00+08:00", passMark: 0.7 });
const rowsOf = (files: CheckedFile[], rule: CountRule = "best") =>
  buildRows(
    files.map((result, i) => ({ key: i + 1, result })),
    assignment,
    rule,
  );

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
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

describe("counting: the best verified attempt counts, and nothing unverified displaces it", () => {
  it("counts the best verified score of a learner; the others are outranked", () => {
    const rows = rowsOf([
      checked({ file: "good.json", score: 80, createdAt: "2025-03-04T10:00:00+08:00" }),
      checked({ file: "later.json", score: 60, createdAt: "2025-03-06T10:00:00+08:00" }),
      checked({ file: "other.json", learner: { name: "李四", id: null } }),
    ]);
    expect(rows.map((r) => [r.file, r.counted, r.outranked])).toEqual([
      ["good.json", true, false],
      ["later.json", false, true],
      ["other.json", true, false],
    ]);
  });

  it("or the latest verified one, as the instructor chooses", () => {
    const rows = rowsOf(
      [
        checked({ file: "good.json", score: 80, createdAt: "2025-03-04T10:00:00+08:00" }),
        checked({ file: "later.json", score: 60, createdAt: "2025-03-06T10:00:00+08:00" }),
        checked({
          file: "edited.json",
          status: "tampered",
          score: null,
          createdAt: "2025-03-08T10:00:00+08:00",
        }),
      ],
      "latest",
    );
    expect(rows.filter((r) => r.counted).map((r) => r.file)).toEqual(["later.json"]);
  });

  it("on equal scores and times the file loaded last counts", () => {
    const rows = rowsOf([checked({ file: "first.json" }), checked({ file: "second.json" })]);
    expect(rows.map((r) => r.counted)).toEqual([false, true]);
  });

  it("matches by id when there is one, so two learners with one name stay apart", () => {
    const rows = rowsOf([
      checked({ learner: { name: "王芳", id: "A1" }, score: 90 }),
      checked({ learner: { name: "王芳", id: "B2" } }),
      checked({ learner: { name: "Wang Fang", id: "a1" }, score: 70 }),
    ]);
    expect(rows.map((r) => r.counted)).toEqual([true, true, false]);
    expect(learnerLines(rows).find((l) => l.key === "id:a1")?.names).toEqual(["王芳", "Wang Fang"]);
  });

  // 李华's genuine file, an edited copy with her id, a file of hers for another assignment and
  // one made with an older model: in every order, the genuine file counts with its own score.
  const genuine = checked({
    file: "genuine.json",
    learner: { name: "李华", id: "s-31" },
    score: 27.6,
    createdAt: "2025-03-04T10:00:00Z",
  });
  const others = [
    checked({
      file: "edited.json",
      learner: { name: "李华", id: "s-31" },
      status: "tampered",
      score: null,
      final: null,
      createdAt: "2025-03-09T10:00:00Z",
      reason: { code: "field-differs", field: "claimed.hash", params: {} },
    }),
    checked({
      file: "stub.json",
      learner: { name: "李华", id: "s-31" },
      status: "invalid",
      score: null,
      final: null,
      createdAt: "2025-03-09T11:00:00Z",
      reason: { code: "schema", field: "claimed", params: {} },
    }),
    checked({
      file: "foreign.json",
      learner: { name: "李华", id: "s-31" },
      status: "other-assignment",
      score: null,
      final: null,
      createdAt: "2025-03-09T12:00:00Z",
      reason: { code: "other-assignment", field: "assignment.id", params: {} },
    }),
    checked({
      file: "older.json",
      learner: { name: "李华", id: "s-31" },
      status: "older-model",
      score: null,
      final: null,
      createdAt: "2025-03-09T13:00:00Z",
      reason: { code: "older-model", field: "run.modelVersion", params: {} },
    }),
  ];
  const orders = permutations([genuine, ...others]);
  it.each(orders.map((order) => [order.map((f) => f.file).join(" → "), order] as const))(
    "%s: the genuine file counts, and the line says 5 attempts, 2 flagged",
    (_label, order) => {
      for (const rule of COUNT_RULES) {
        const rows = rowsOf([...order], rule);
        expect(rows.filter((r) => r.counted).map((r) => r.file)).toEqual(["genuine.json"]);
        const [line] = learnerLines(rows);
        expect(line).toMatchObject({ status: "verified", attempts: 5, flagged: 2 });
        expect(line?.counted?.score).toBe(27.6);
        expect(classView(rows)).toMatchObject({ learners: 1, verified: 1 });
      }
    },
  );

  it("a learner with no verified file has no counted attempt and shows the latest file's status", () => {
    const rows = rowsOf([others[2]!, others[0]!]);
    const [line] = learnerLines(rows);
    expect(line?.counted).toBeNull();
    expect(line?.status).toBe("tampered");
  });
});

describe("copies", () => {
  const changes = (shift = 0): LeverChange[] => [
    [1 + shift, "replyCoverage", 0.8],
    [1 + shift, "segmentCare", 0.5],
    [10 + shift, "eventsPerWeek", 3],
    [20 + shift, "monetization", 0.3],
  ];
  const copyOf = (files: CheckedFile[]) =>
    rowsOf(files).map((r) => [r.learner?.name, r.identicalTo]);

  it.each([
    [
      "identical changes under two names",
      [changes(), changes()],
      [
        ["王小明", [{ name: "张伟", shifted: false }]],
        ["张伟", [{ name: "王小明", shifted: false }]],
      ],
    ],
    [
      "the same changes one week later",
      [changes(), changes(1)],
      [
        ["王小明", [{ name: "张伟", shifted: true }]],
        ["张伟", [{ name: "王小明", shifted: true }]],
      ],
    ],
    [
      "two weeks later: different",
      [changes(), changes(2)],
      [
        ["王小明", []],
        ["张伟", []],
      ],
    ],
    [
      "another value: different",
      [changes(), [...changes().slice(0, 3), [20, "monetization", 0.4] as LeverChange]],
      [
        ["王小明", []],
        ["张伟", []],
      ],
    ],
    [
      "too plain to tell (two changes)",
      [changes().slice(0, 2), changes().slice(0, 2)],
      [
        ["王小明", []],
        ["张伟", []],
      ],
    ],
  ] as const)("%s", (_label, [a, b], expected) => {
    expect(
      copyOf([
        checked({ learner: { name: "王小明", id: null }, changes: [...a] }),
        checked({ learner: { name: "张伟", id: null }, changes: [...b] }),
      ]),
    ).toEqual(expected);
  });

  it("one learner's own resubmission is not a copy", () => {
    const rows = rowsOf([checked({ changes: changes() }), checked({ changes: changes() })]);
    expect(rows.every((r) => r.identicalTo.length === 0)).toBe(true);
  });
});

describe("lateness against the due date", () => {
  it.each([
    ["2025-03-10T23:59:00+08:00", false, null],
    ["2025-03-10T15:59:00Z", false, null],
    ["2025-03-10T16:00:00Z", true, 60_000],
    ["2025-03-12T23:59:00+08:00", true, 2 * 86_400_000],
    [null, null, null],
  ])("reported %s → late %s", (createdAt, late, lateBy) => {
    const [row] = rowsOf([checked({ createdAt })]);
    expect(row?.late).toBe(late);
    expect(row?.lateBy).toBe(lateBy);
    expect(row?.lateBasis).toBe(createdAt ? "reported" : null);
  });

  it("the instructor's own record of arrival decides over the time the file reports", () => {
    const [redated] = buildRows(
      [
        {
          key: 1,
          result: checked({ createdAt: "2025-03-09T10:00:00+08:00" }),
          receivedAt: "2025-03-12T09:00:00+08:00",
        },
      ],
      assignment,
    );
    expect(redated).toMatchObject({ late: true, lateBasis: "received" });
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
    [{ showOthers: false }, ["1.json", "2.json", "3.json", "junk.txt"]],
    [{ query: "s-001" }, ["1.json", "4.json"]],
    [{ query: "李" }, ["2.json"]],
    [{ query: "junk" }, ["junk.txt"]],
    [{ status: "verified", showOthers: false }, ["1.json"]],
  ] as [Partial<RowFilter>, string[]][])("%j", (f, expected) => {
    expect(files(f)).toEqual(expected);
  });
});

describe("class view", () => {
  it("counts each learner's counted, verified attempt", () => {
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
    expect(view.otherAttempts).toBe(1);
    expect(view.late).toBe(1);
    expect(view.passed).toBe(3);
    expect(view.statusCounts).toEqual({
      verified: 3,
      tampered: 1,
      "constraint-violation": 0,
      "other-assignment": 0,
      "older-model": 0,
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
