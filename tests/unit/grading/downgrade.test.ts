/**
 * Every way a learner might try to lift a grade by editing their file instead of playing better:
 * none of them may verify at a higher score than the honest file, with the official assignment.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/grading/rules";
import { scoreRun } from "../../../src/grading/score";
import { parseAssignment } from "../../../src/grading/submission";
import { verifySubmission, type VerifyStatus } from "../../../src/grading/verify";
import { type Run } from "../../../src/sim/index";
import { replayRun } from "../../../src/lib/scenarios";

const read = (path: string) => readFileSync(`tests/fixtures/${path}`, "utf8");
const parsed = parseAssignment(read("assignments/coffee-retention-sprint.json"));
if (!parsed.ok) throw new Error(parsed.message);
const official = parsed.assignment;
const honest = JSON.parse(read("submissions/valid.json"));
const honestScore = verifySubmission(honest, { assignment: official }).score!;

type Edit = (s: typeof honest) => void;
/** Recomputes the file's own claimed score the way a doctored browser would. */
const rescore = (s: typeof honest, rule = RULES[2]) => {
  const result = replayRun(s.run as Run);
  s.score = { ...scoreRun(result, s.assignment.goals, rule), rule: rule.id };
  if (s.version < 3) delete s.score.rule;
};

describe("no downgrade path lifts a grade", () => {
  it.each<[string, Edit, VerifyStatus]>([
    [
      "version field set to 1, score recomputed by the retired rule 1",
      (s) => {
        s.version = 1;
        rescore(s, RULES[1]);
      },
      "verified",
    ],
    [
      "version 3 naming rule 1 in the score",
      (s) => {
        s.version = 3;
        rescore(s, RULES[1]);
      },
      "verified",
    ],
    [
      "embedded goals lowered, score recomputed",
      (s) => {
        s.assignment.goals = s.assignment.goals.map((g: { value: number }) => ({ ...g, value: 1 }));
        rescore(s);
      },
      "constraint-violation",
    ],
    [
      "embedded locks removed and a locked lever moved",
      (s) => {
        s.assignment.locked = {};
        s.run.decisions.push({ week: 2, set: { adBudget: 9000 } });
        rescore(s);
      },
      "constraint-violation",
    ],
    [
      "embedded locks removed, nothing moved",
      (s) => {
        s.assignment.locked = {};
      },
      "constraint-violation",
    ],
    [
      "pass mark lowered",
      (s) => {
        s.assignment.passMark = 0.1;
      },
      "constraint-violation",
    ],
    [
      "embedded rule set to 2 (the official is legacy: rule 2 anyway)",
      (s) => {
        s.assignment.rule = 2;
      },
      "verified",
    ],
    [
      "embedded model version set to the current one on an older run",
      (s) => {
        s.run.modelVersion = "col-sim-0.9.0";
      },
      "constraint-violation",
    ],
    [
      "the score edited up",
      (s) => {
        s.score.percent = 100;
      },
      "tampered",
    ],
  ])("%s → %s, never above the honest score", (_label, edit, status) => {
    const file = structuredClone(honest);
    edit(file);
    const result = verifySubmission(file, { assignment: official });
    expect(result.status).toBe(status);
    if (result.score !== null) expect(result.score).toBeLessThanOrEqual(honestScore);
    expect(result.rule).toBe(2);
  });

  it("the same run and hash is graded the same, whatever version or rule the file names", () => {
    const v1 = verifySubmission(read("submissions/version-1.json"), { assignment: official });
    expect(v1.score).toBe(honestScore);
    expect(v1.notes[0]?.code).toBe("rule-differs");
  });

  it("an assignment issued under rule 3 grades by rule 3 even when a file claims rule 2", () => {
    const rule3 = { ...official, rule: 3 as const, modelVersion: honest.run.modelVersion };
    const file = structuredClone(honest);
    file.assignment = rule3;
    expect(verifySubmission(file, { assignment: rule3 })).toMatchObject({
      status: "verified",
      rule: 3,
    });
  });
});
