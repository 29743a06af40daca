import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignmentRun, buildSubmission, parseAssignment } from "../../../src/grading/submission";
import type { Assignment } from "../../../src/schemas/assignment";
import { verifySubmission, type ReasonCode, type VerifyStatus } from "../../../src/grading/verify";
import { MODEL_VERSION } from "../../../src/sim/index";

const dir = join(process.cwd(), "tests/fixtures");
const read = (path: string) => readFileSync(join(dir, path), "utf8");
const parsed = parseAssignment(read("assignments/coffee-retention-sprint.json"));
if (!parsed.ok) throw new Error(`fixture assignment: ${parsed.message}`);
const official = parsed.assignment;

describe("verifying the fixtures (regenerate with `npx tsx scripts/make-fixtures.ts`)", () => {
  it("an honest submission verifies, with its score", () => {
    const result = verifySubmission(read("submissions/valid.json"), { assignment: official });
    expect(result.reason).toBeNull();
    expect(result).toMatchObject({
      status: "verified",
      learner: "王小明 Wang Xiaoming",
      learnerId: "s2025-017",
      assignmentId: "coffee-retention-sprint",
    });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(100);
    expect(result.score).toBe(result.replayedScore);
  });

  it("an honest free run (no assignment) verifies against its scenario's goals", () => {
    expect(verifySubmission(read("submissions/free-run.json")).status).toBe("verified");
  });

  it.each<[string, VerifyStatus, ReasonCode, string | undefined, Record<string, unknown>]>([
    ["edited-metric.json", "tampered", "field-differs", "claimed.final.members", {}],
    ["edited-hash.json", "tampered", "field-differs", "claimed.hash", {}],
    ["edited-stage.json", "tampered", "field-differs", "claimed.stages", {}],
    ["edited-score.json", "tampered", "field-differs", "score.percent", { claimed: 100 }],
    [
      "changed-seed.json",
      "constraint-violation",
      "field-differs",
      "run.seed",
      { claimed: 7, actual: 2025 },
    ],
    [
      "changed-scenario.json",
      "constraint-violation",
      "field-differs",
      "run.scenario",
      { claimed: "xhs-beauty-creator", actual: "coffee-members" },
    ],
    [
      "changed-weeks.json",
      "constraint-violation",
      "field-differs",
      "run.weeks",
      { claimed: 30, actual: 26 },
    ],
    ["edited-assignment.json", "constraint-violation", "field-differs", "assignment.goals", {}],
    [
      "free-run.json",
      "other-assignment",
      "no-assignment",
      "assignment",
      { expected: "coffee-retention-sprint" },
    ],
    [
      "locked-lever-moved.json",
      "constraint-violation",
      "locked-lever",
      "run.decisions",
      { lever: "adBudget", week: 8, value: 6000, locked: 2000 },
    ],
    [
      "out-of-range.json",
      "constraint-violation",
      "out-of-range",
      "run.decisions.4",
      { lever: "postsPerDay", value: 14, min: 0, max: 10 },
    ],
    [
      "unknown-lever.json",
      "constraint-violation",
      "unknown-lever",
      "run.decisions.4",
      { lever: "postPerDay" },
    ],
    [
      "unknown-model-version.json",
      "constraint-violation",
      "model-differs",
      "run.modelVersion",
      { made: "col-sim-0.9.0", named: MODEL_VERSION },
    ],
    [
      "older-model.json",
      "older-model",
      "older-model",
      "run.modelVersion",
      { made: "col-sim-0.9.0", current: MODEL_VERSION, of: "run" },
    ],
    [
      "other-assignment.json",
      "other-assignment",
      "other-assignment",
      "assignment.id",
      { found: "coffee-referral-sprint", expected: "coffee-retention-sprint" },
    ],
    ["not-json.txt", "invalid", "not-json", undefined, {}],
    ["wrong-format.json", "invalid", "wrong-format", "format", { found: "community-ops-lab/plan" }],
    [
      "unknown-version.json",
      "invalid",
      "unknown-version",
      "version",
      { version: 99, supported: "1, 2, 3" },
    ],
    ["schema-broken.json", "invalid", "schema", "claimed.hash", {}],
  ])("%s → %s (%s)", (file, status, code, field, params) => {
    const result = verifySubmission(read(`submissions/${file}`), { assignment: official });
    expect(result.status).toBe(status);
    expect(result.reason?.code).toBe(code);
    expect(result.reason?.field).toBe(field);
    expect(result.reason?.params).toMatchObject(params);
    expect(result.reason?.text.length).toBeGreaterThan(10);
    expect(result.score).toBeNull();
  });

  it("grades a version-1 file by the assignment's rule, not the retired rule its version names, and says what it claimed", () => {
    const old = verifySubmission(read("submissions/version-1.json"), { assignment: official });
    const current = verifySubmission(read("submissions/valid.json"), { assignment: official });
    expect(old.status).toBe("verified");
    expect(current.status).toBe("verified");
    // The same run and hash: the same grade, 62.3 % (the file itself claims 91.2 % by rule 1).
    expect(old.score).toBe(current.score);
    expect(old.rule).toBe(2);
    expect(old.notes).toEqual([
      expect.objectContaining({
        code: "rule-differs",
        params: { claimed: 91.2, claimedRule: 1, rule: 2 },
      }),
    ]);
    const rescored = verifySubmission(read("submissions/old-rule-score.json"), {
      assignment: official,
    });
    expect(rescored.status).toBe("tampered");
    expect(rescored.reason?.field).toBe("score.percent");
  });

  it("says an older model's file cannot be replayed here, naming both versions, and never calls it tampered", () => {
    for (const options of [{}, { assignment: official }]) {
      const result = verifySubmission(read("submissions/older-model.json"), options);
      expect(result.status).toBe("older-model");
      expect(result.reason?.text).toBe(
        `made with model col-sim-0.9.0; this build runs ${MODEL_VERSION} and cannot replay it`,
      );
    }
    const olderOfficial = parseAssignment(read("assignments/older-model.json"));
    if (!olderOfficial.ok) throw new Error(olderOfficial.message);
    const against = verifySubmission(read("submissions/valid.json"), {
      assignment: olderOfficial.assignment,
    });
    expect(against.status).toBe("older-model");
    expect(against.reason?.text).toContain("the assignment was issued with model col-sim-0.9.0");
  });

  it("works whatever the model version string is: a file naming the current model replays, any other is older-model", () => {
    for (const version of ["col-sim-0.1.0", "col-sim-9.9.9", "2.0", "x"]) {
      const sub = JSON.parse(read("submissions/older-model.json"));
      sub.run.modelVersion = version;
      sub.assignment.modelVersion = version;
      expect(verifySubmission(sub).status, version).toBe(
        version === MODEL_VERSION ? "verified" : "older-model",
      );
    }
  });

  it("without the official copy, every result says its goals are self-set, and the CLI-facing text says how to grade", () => {
    const result = verifySubmission(read("submissions/edited-assignment.json"));
    // The file's own (lowered) goals are all it can be checked against: it says so.
    expect(result.status).toBe("verified");
    expect(result.selfSet).toBe(true);
    expect(result.notes[0]).toMatchObject({ code: "self-set", params: { kind: "embedded" } });
    expect(result.notes[0]?.text).toContain("--assignment");
    const free = verifySubmission(read("submissions/free-run.json"));
    expect(free.notes[0]).toMatchObject({ code: "self-set", params: { kind: "scenario" } });
  });

  it("accepts a parsed object as well as JSON text, and never throws on junk", () => {
    const text = read("submissions/valid.json");
    expect(verifySubmission(JSON.parse(text), { assignment: official }).status).toBe("verified");
    for (const junk of [null, 42, "[]", "", [], { format: 3 }, "null"]) {
      const result = verifySubmission(junk);
      expect(result.status).toBe("invalid");
      expect(result.reason?.text).toBeTruthy();
    }
  });

  it("catches a claimed number that differs by the smallest step", () => {
    const sub = JSON.parse(read("submissions/valid.json"));
    sub.claimed.final.stickiness = sub.claimed.final.stickiness + 0.0001;
    const result = verifySubmission(sub, { assignment: official });
    expect(result).toMatchObject({
      status: "tampered",
      reason: { field: "claimed.final.stickiness" },
    });
  });
});

describe("which assignment a file answers (the one rule the CLI and the gradebook share)", () => {
  const honest = JSON.parse(read("submissions/valid.json"));
  /** An honest submission made for `assignment` with the valid fixture's decisions. */
  const madeFor = (assignment: Assignment) =>
    buildSubmission({
      run: assignmentRun(assignment, honest.run.decisions.slice(1)),
      learner: honest.learner,
      assignment,
      createdAt: honest.createdAt,
    });
  const other: Assignment = {
    ...official,
    id: "module-09-monetization",
    title: { "zh-cn": "变现时机", en: "Monetization timing" },
    seed: 7,
  };
  const sameParams: Assignment = { ...official, id: "coffee-retention-sprint-b" };
  const edit = (change: (s: typeof honest) => void) => {
    const copy = structuredClone(honest);
    change(copy);
    return copy;
  };

  it.each<[string, unknown, VerifyStatus, ReasonCode, string, Record<string, unknown>, string]>([
    [
      "made for another assignment (other id, other seed)",
      madeFor(other),
      "other-assignment",
      "other-assignment",
      "assignment.id",
      { found: "module-09-monetization", expected: official.id, titleEn: "Monetization timing" },
      'assignment.id is "module-09-monetization" (Monetization timing), not "coffee-retention-sprint"',
    ],
    [
      "made for another assignment with the same scenario, seed and weeks",
      madeFor(sameParams),
      "other-assignment",
      "other-assignment",
      "assignment.id",
      { found: "coffee-retention-sprint-b" },
      "assignment.id",
    ],
    [
      "another assignment's file that is also damaged",
      edit((s) => {
        s.assignment.id = "module-09-monetization";
        s.claimed.hash = 5;
      }),
      "other-assignment",
      "other-assignment",
      "assignment.id",
      { found: "module-09-monetization" },
      "module-09-monetization",
    ],
    [
      "a free sandbox run (no assignment inside)",
      edit((s) => delete s.assignment),
      "other-assignment",
      "no-assignment",
      "assignment",
      { expected: official.id },
      "assignment is missing",
    ],
    [
      "this assignment, the run's seed changed",
      edit((s) => (s.run.seed = 7)),
      "constraint-violation",
      "field-differs",
      "run.seed",
      { claimed: 7, actual: official.seed },
      "run.seed is 7 but the assignment gives 2025",
    ],
    [
      "this assignment, the run's weeks changed",
      edit((s) => (s.run.weeks = 30)),
      "constraint-violation",
      "field-differs",
      "run.weeks",
      { claimed: 30, actual: official.weeks },
      "run.weeks is 30",
    ],
    [
      "this assignment, its embedded seed and the run's seed changed together",
      edit((s) => {
        s.assignment.seed = 7;
        s.run.seed = 7;
      }),
      "constraint-violation",
      "field-differs",
      "run.seed",
      { claimed: 7, actual: official.seed },
      "run.seed is 7 but the assignment gives 2025",
    ],
    [
      "this assignment, its embedded scenario changed",
      edit((s) => (s.assignment.scenario = "xhs-beauty-creator")),
      "constraint-violation",
      "field-differs",
      "assignment.scenario",
      { claimed: "xhs-beauty-creator", actual: "coffee-members" },
      "assignment.scenario",
    ],
  ])("%s → %s (%s, %s)", (_name, file, status, code, field, params, text) => {
    const result = verifySubmission(file, { assignment: official });
    expect(result.status).toBe(status);
    expect(result.reason).toMatchObject({ code, field, params: { field, ...params } });
    expect(result.reason?.text).toContain(text);
    expect(result.score).toBeNull();
    expect(result.learner).toBe("王小明 Wang Xiaoming");
  });

  it("without an official copy, a file is checked against the assignment inside it", () => {
    expect(verifySubmission(madeFor(other))).toMatchObject({
      status: "verified",
      assignmentId: "module-09-monetization",
    });
    expect(verifySubmission(edit((s) => (s.run.seed = 7)))).toMatchObject({
      status: "constraint-violation",
      reason: { field: "run.seed" },
    });
  });
});
