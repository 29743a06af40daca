import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MigrationError, migrateAssignment, migrateSubmission } from "../../../src/grading/migrate";
import {
  assignmentRun,
  buildSubmission,
  lockProblem,
  parseAssignment,
} from "../../../src/grading/submission";
import { verifySubmission } from "../../../src/grading/verify";
import { SubmissionSchema } from "../../../src/schemas/submission";
import { MODEL_VERSION } from "../../../src/sim/index";
import { getScenario, replayRun } from "../../../src/lib/scenarios";

const dir = join(process.cwd(), "tests/fixtures");
const assignmentText = readFileSync(join(dir, "assignments/coffee-retention-sprint.json"), "utf8");

describe("migrate", () => {
  it("passes submission versions 1 and 2 through unchanged (the version names the scoring rule)", () => {
    const data = { format: "community-ops-lab/submission", version: 1, x: 1 };
    expect(migrateSubmission(data)).toBe(data);
    const data2 = { format: "community-ops-lab/submission", version: 2, x: 1 };
    expect(migrateSubmission(data2)).toBe(data2);
    const data3 = { format: "community-ops-lab/submission", version: 3, x: 1 };
    expect(migrateSubmission(data3)).toBe(data3);
    const a = JSON.parse(assignmentText);
    expect(migrateAssignment(a)).toBe(a);
  });

  it.each([
    [
      { format: "community-ops-lab/submission", version: 4 },
      "unknown-version",
      "version 4 is not supported; this build reads version 1 or 2 or 3",
    ],
    [{ format: "community-ops-lab/submission" }, "unknown-version", "(missing)"],
    [
      { format: "community-ops-lab/assignment", version: 1 },
      "wrong-format",
      '"community-ops-lab/assignment"',
    ],
    [[], "wrong-format", "expected a JSON object"],
  ])("rejects %j clearly", (data, code, text) => {
    try {
      migrateSubmission(data);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).code).toBe(code);
      expect((error as MigrationError).message).toContain(text);
    }
  });
});

describe("assignments", () => {
  it("parse from text, and say what is wrong otherwise", () => {
    expect(parseAssignment(assignmentText).ok).toBe(true);
    expect(parseAssignment("{ nope")).toMatchObject({ ok: false, code: "not-json" });
    expect(
      parseAssignment({ ...JSON.parse(assignmentText), scenario: "myspace-fans" }),
    ).toMatchObject({ ok: false, code: "unknown-scenario" });
    expect(
      parseAssignment({ ...JSON.parse(assignmentText), locked: { postsPerDay: 99 } }),
    ).toMatchObject({
      ok: false,
      code: "schema",
      message: expect.stringContaining("locked.postsPerDay"),
    });
    expect(parseAssignment({ ...JSON.parse(assignmentText), due: "next Tuesday" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("due"),
    });
  });

  it("a run under an assignment carries its locks from week 0 and keeps them", () => {
    const parsed = parseAssignment(assignmentText);
    if (!parsed.ok) throw new Error(parsed.message);
    const run = assignmentRun(parsed.assignment, [{ week: 5, set: { postsPerDay: 4 } }]);
    expect(run).toMatchObject({
      scenario: "coffee-members",
      seed: 2025,
      weeks: 26,
      modelVersion: MODEL_VERSION,
    });
    expect(run.decisions[0]).toEqual({ week: 0, set: { adBudget: 2000, referral: "tiered" } });
    const scenario = getScenario("coffee-members");
    if (!scenario) throw new Error("no scenario");
    expect(lockProblem(parsed.assignment.locked, run, scenario)).toBeNull();
    const moved = {
      ...run,
      decisions: [...run.decisions, { week: 12, set: { referral: "aggressive" as const } }],
    };
    expect(lockProblem(parsed.assignment.locked, moved, scenario)).toEqual({
      lever: "referral",
      week: 12,
      value: "aggressive",
      locked: "tiered",
    });
    const unset = { ...run, decisions: run.decisions.slice(1) };
    expect(lockProblem(parsed.assignment.locked, unset, scenario)).toMatchObject({
      lever: "adBudget",
      week: 1,
    });
  });
});

describe("buildSubmission", () => {
  it("builds a submission that matches the schema and verifies", () => {
    const parsed = parseAssignment(assignmentText);
    if (!parsed.ok) throw new Error(parsed.message);
    const run = assignmentRun(parsed.assignment, [{ week: 3, set: { eventsPerWeek: 3 } }]);
    const sub = buildSubmission({
      run,
      learner: { name: "Lin" },
      assignment: parsed.assignment,
      createdAt: "2025-03-20T10:00:00Z",
    });
    expect(SubmissionSchema.safeParse(sub).success).toBe(true);
    expect(sub.claimed.hash).toBe(replayRun(run).hash);
    expect(sub.learner).toEqual({ name: "Lin" });
    expect(verifySubmission(JSON.stringify(sub), { assignment: parsed.assignment })).toMatchObject({
      status: "verified",
      score: sub.score.percent,
    });
  });

  it("scores a free run on its scenario's goals", () => {
    const run = {
      modelVersion: MODEL_VERSION,
      scenario: "zsxq-ux-circle",
      seed: 4,
      weeks: 52,
      decisions: [],
    };
    const sub = buildSubmission({
      run,
      learner: { name: "Zhou", id: "z1" },
      createdAt: "2025-03-20T10:00:00Z",
    });
    expect(sub.assignment).toBeUndefined();
    expect(sub.score.goals.map((g) => g.metric)).toEqual(
      getScenario("zsxq-ux-circle")?.goals.map((g) => g.metric),
    );
    expect(verifySubmission(sub).status).toBe("verified");
  });
});
