import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAssignment } from "../../../src/grading/submission";
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
    ["changed-seed.json", "tampered", "field-differs", "run.seed", { claimed: 7, actual: 2025 }],
    [
      "changed-scenario.json",
      "tampered",
      "field-differs",
      "run.scenario",
      { claimed: "xhs-beauty-creator", actual: "coffee-members" },
    ],
    ["changed-weeks.json", "tampered", "field-differs", "run.weeks", { claimed: 30, actual: 26 }],
    ["edited-assignment.json", "tampered", "field-differs", "assignment.goals", {}],
    [
      "free-run.json",
      "tampered",
      "field-differs",
      "assignment.id",
      { actual: "coffee-retention-sprint" },
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
      "invalid",
      "model-version",
      "run.modelVersion",
      { needs: "col-sim-0.9.0", current: MODEL_VERSION },
    ],
    ["not-json.txt", "invalid", "not-json", undefined, {}],
    ["wrong-format.json", "invalid", "wrong-format", "format", { found: "community-ops-lab/plan" }],
    [
      "unknown-version.json",
      "invalid",
      "unknown-version",
      "version",
      { version: 2, supported: "1" },
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

  it("names the version a submission from another model needs", () => {
    const result = verifySubmission(read("submissions/unknown-model-version.json"));
    expect(result.reason?.text).toContain("col-sim-0.9.0");
  });

  it("without the official copy, an embedded assignment edited together with its score still passes its own check", () => {
    // This is why the gradebook verifies with --assignment: only the official copy catches it.
    expect(verifySubmission(read("submissions/edited-assignment.json")).status).toBe("verified");
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
