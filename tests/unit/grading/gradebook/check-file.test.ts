import { describe, expect, it } from "vitest";
import { checkFile, leverChanges, leversUsed } from "../../../../src/grading/gradebook/check-file";
import { unreadFile, type CheckedFile } from "../../../../src/grading/gradebook/file-result";
import { reasonText } from "../../../../src/grading/gradebook/reasons";
import { dictionary } from "../../../../src/i18n";
import { makeT } from "../../../../src/i18n/t";
import type { Submission } from "../../../../src/schemas/submission";
import { makeAssignment, makeSubmission } from "./fixtures";

const assignment = makeAssignment();
const good = makeSubmission(assignment, { name: "陈小雨", id: "S-017" });
const text = (s: unknown) => JSON.stringify(s);
const edit = (change: (s: Submission) => void): string => {
  const copy = structuredClone(good);
  change(copy);
  return text(copy);
};

const T = { "zh-cn": makeT(dictionary("zh-cn")), en: makeT(dictionary("en")) };

describe("a verified submission", () => {
  const result = checkFile("good.json", text(good), assignment);

  it("is verified with the replay's score, goals and key metrics", () => {
    expect(result.status).toBe("verified");
    expect(result.reason).toBeNull();
    expect(result.score).toBe(good.score.percent);
    expect(result.learner).toEqual({ name: "陈小雨", id: "S-017" });
    expect(result.createdAt).toBe(good.createdAt);
    expect(result.goals?.map((g) => g.met)).toEqual(good.score.goals.map((g) => g.credit >= 1));
    expect(result.final?.members).toBe(good.claimed.final.members);
    expect(result.run?.decisions).toEqual(good.run.decisions);
  });

  it("reports the levers the learner moved, not the locked ones", () => {
    expect(result.leversUsed).toEqual(["postsPerDay", "replyCoverage"]);
    const changes = leverChanges(
      {
        scenario: "wechat-parents",
        decisions: [
          { week: 0, set: { adBudget: 0, postsPerDay: 3 } },
          { week: 4, set: { postsPerDay: 3 } },
          { week: 5, set: { transform: "theme" } },
        ],
      },
      { adBudget: 0 },
    );
    expect(leversUsed(changes)).toEqual(["postsPerDay", "transform"]);
    // Setting a lever to the value it already holds changes nothing.
    expect(changes).toEqual([
      [1, "postsPerDay", 3],
      [5, "transform", "theme"],
    ]);
  });
});

type Case = [
  name: string,
  file: string,
  status: CheckedFile["status"],
  code: string,
  mention: (string | number)[],
];

const members = good.claimed.final.members;
const cases: Case[] = [
  [
    "an edited final metric",
    edit((s) => (s.claimed.final.members += 500)),
    "tampered",
    "field-differs",
    [members + 500, members],
  ],
  [
    "an edited hash",
    edit((s) => (s.claimed.hash = "0123456789abcdef")),
    "tampered",
    "field-differs",
    [],
  ],
  [
    "an edited score",
    edit((s) => (s.score.percent = 100)),
    "tampered",
    "field-differs",
    [100, good.score.percent],
  ],
  [
    "an edited seed",
    edit((s) => (s.run.seed = 43)),
    "constraint-violation",
    "field-differs",
    [43, 42],
  ],
  [
    "easier goals inside",
    edit((s) => (s.assignment!.goals = [{ metric: "members", op: ">=", value: 1 }])),
    "constraint-violation",
    "field-differs",
    [],
  ],
  [
    "a moved locked lever",
    edit((s) => s.run.decisions.push({ week: 3, set: { adBudget: 800 } })),
    "constraint-violation",
    "locked-lever",
    [800, 3],
  ],
  [
    "a lever out of range",
    edit((s) => s.run.decisions.push({ week: 4, set: { postsPerDay: 50 } })),
    "constraint-violation",
    "out-of-range",
    [50, 4],
  ],
  [
    "an unknown lever",
    edit((s) => s.run.decisions.push({ week: 2, set: { bribes: 1 } })),
    "constraint-violation",
    "unknown-lever",
    ["bribes"],
  ],
  [
    "a decision after the run",
    edit((s) => s.run.decisions.push({ week: 99, set: { postsPerDay: 2 } })),
    "constraint-violation",
    "decision-week",
    [99],
  ],
  [
    "a run made with another model than its assignment's",
    edit((s) => (s.run.modelVersion = "0.0.1-old")),
    "constraint-violation",
    "model-differs",
    ["0.0.1-old"],
  ],
  [
    "an older model's run of an assignment issued under it",
    edit((s) => {
      s.run.modelVersion = "col-sim-0.9.0";
      s.assignment!.modelVersion = "col-sim-0.9.0";
    }),
    "older-model",
    "older-model",
    ["col-sim-0.9.0"],
  ],
  [
    "a broken field",
    edit((s) => ((s as unknown as { claimed: unknown }).claimed = 5)),
    "invalid",
    "schema",
    ["claimed"],
  ],
  [
    "a newer format version",
    edit((s) => ((s as unknown as { version: number }).version = 9)),
    "invalid",
    "unknown-version",
    [9],
  ],
  ["not JSON", "{ this is not", "invalid", "not-json", []],
  [
    "a plan file",
    text({ format: "community-ops-lab/plan", version: 1 }),
    "invalid",
    "wrong-format",
    ["community-ops-lab/plan"],
  ],
  [
    "another assignment's submission",
    text(
      makeSubmission(
        makeAssignment({ id: "asg-other", title: { "zh-cn": "别的作业", en: "Another one" } }),
        { name: "陈小雨" },
      ),
    ),
    "other-assignment",
    "other-assignment",
    ["asg-other"],
  ],
  ["a free sandbox run", edit((s) => delete s.assignment), "other-assignment", "no-assignment", []],
];

describe.each(cases)("%s", (_name, file, status, code, mention) => {
  const result = checkFile("x.json", file, assignment);

  it(`is ${status} (${code})`, () => {
    expect(result.status).toBe(status);
    expect(result.reason?.code).toBe(code);
    expect(result.score).toBeNull();
    expect(result.goals).toBeNull();
  });

  it.each(["zh-cn", "en"] as const)("its reason reads in %s, naming what differs", (lang) => {
    const words = reasonText(result.reason!, T[lang], lang);
    expect(words).not.toMatch(/instructor\.|\{\w+\}/);
    for (const m of mention) expect(words).toContain(String(m));
  });
});

describe("files the gradebook does not read", () => {
  it.each([
    "too-large",
    "batch-cap",
    "read-failed",
    "extra-assignment",
    "bad-assignment",
    "check-failed",
  ] as const)("%s has a worded reason in both languages", (code) => {
    const row = unreadFile("big.json", code, {
      size: 7.5,
      files: 2000,
      megabytes: 100,
      message: "x",
    });
    for (const lang of ["zh-cn", "en"] as const) {
      expect(reasonText(row.reason!, T[lang], lang)).not.toMatch(/instructor\.|\{\w+\}/);
    }
  });

  it("names the learner of a file it could not verify when the file gives one", () => {
    const result = checkFile(
      "x.json",
      edit((s) => (s.run.modelVersion = "9")),
      assignment,
    );
    expect(result.learner).toEqual({ name: "陈小雨", id: "S-017" });
  });
});
