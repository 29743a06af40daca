import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assignmentRun, buildSubmission, parseAssignment } from "../../../src/grading/submission";
import { checkFile } from "../../../src/islands/Instructor/check-file";
import { reasonText } from "../../../src/islands/Instructor/reasons";
import { dictionary } from "../../../src/i18n";
import { makeT } from "../../../src/i18n/t";
import type { Assignment } from "../../../src/schemas/assignment";
import type { VerifyStatus } from "../../../src/grading/verify";
import { parseCsv } from "../csv-helpers";
import { cli, expectUsageError, run } from "./run";

const subs = "tests/fixtures/submissions";
const official = "tests/fixtures/assignments/coffee-retention-sprint.json";
const EXPECTED: Record<string, string> = {
  "changed-scenario.json": "tampered",
  "changed-seed.json": "tampered",
  "changed-weeks.json": "tampered",
  "edited-assignment.json": "tampered",
  "edited-hash.json": "tampered",
  "edited-metric.json": "tampered",
  "edited-score.json": "tampered",
  "old-rule-score.json": "tampered",
  "edited-stage.json": "tampered",
  "free-run.json": "tampered",
  "locked-lever-moved.json": "constraint-violation",
  "not-json.txt": "invalid",
  "out-of-range.json": "constraint-violation",
  "schema-broken.json": "invalid",
  "unknown-lever.json": "constraint-violation",
  "unknown-model-version.json": "invalid",
  "unknown-version.json": "invalid",
  "valid.json": "verified",
  "version-1.json": "verified",
  "wrong-format.json": "invalid",
};

describe("npm run verify", { timeout: 60_000 }, () => {
  it("exit 0 when every file verifies", () => {
    const r = cli("verify", [`${subs}/valid.json`, `${subs}/free-run.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^file\s+learner\s+status\s+score\s+reason$/);
    expect(r.stdout).toMatch(/valid\.json\s+王小明 Wang Xiaoming\s+verified\s+\d+(\.\d)?%/);
    expect(r.stderr).toContain("2 files: 2 verified");
  });

  it("a folder with --assignment and --csv: one row per file, the right status each, exit 1", () => {
    // The folder gives its .json files; the broken file is a .txt, named on its own.
    const r = cli("verify", [subs, `${subs}/not-json.txt`, "--assignment", official, "--csv"]);
    expect(r.code).toBe(1);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(["file", "learner", "status", "score", "reason"]);
    const byFile = Object.fromEntries(rows.slice(1).map((row) => [row[0]?.split("/").pop(), row]));
    expect(Object.keys(byFile).sort()).toEqual(readdirSync(subs).sort());
    expect(Object.keys(byFile)).toHaveLength(Object.keys(EXPECTED).length);
    for (const [file, status] of Object.entries(EXPECTED)) {
      expect(byFile[file]?.[2], file).toBe(status);
      if (status === "verified") expect(Number(byFile[file]?.[3])).toBeGreaterThan(0);
      else expect(byFile[file]?.[4]?.length, file).toBeGreaterThan(10);
    }
    expect(byFile["edited-metric.json"]?.[4]).toContain("claimed.final.members");
    expect(byFile["unknown-model-version.json"]?.[4]).toContain("col-sim-0.9.0");
    expect(byFile["free-run.json"]?.[4]).toContain("assignment is missing");
  });

  it("shows progress on stderr when there are many files", () => {
    const many = Array.from({ length: 25 }, () => `${subs}/valid.json`);
    const r = run("verify", many);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("verifying 25/25");
  });

  it.each([
    [[], ["name at least one submission file"]],
    [[`${subs}/nope.json`], ['cannot read "tests/fixtures/submissions/nope.json"']],
    [
      [`${subs}/valid.json`, "--assignment", "tests/fixtures/assignments/not-json.txt"],
      ["not valid JSON"],
    ],
    [
      [`${subs}/valid.json`, "--assignment", "tests/fixtures/assignments/unknown-scenario.json"],
      ["myspace-fans"],
    ],
    [
      [`${subs}/valid.json`, "--json"],
      ["unknown option --json", "--csv"],
    ],
    [["tests/fixtures/decisions/../../unit"], ["has no .json files"]],
  ])("usage error %j → exit 2", (args, mentions) => {
    expectUsageError(run("verify", args), ...mentions);
  });

  it("a real process: no files is a usage error (exit 2)", () => {
    expectUsageError(cli("verify", []), "name at least one submission file");
  });

  it("--help", () => {
    const r = run("verify", ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("verified | tampered | constraint-violation | invalid");
  });
});

describe("the command line and the gradebook give the same status and reason", () => {
  const parsed = parseAssignment(JSON.parse(readFileSync(official, "utf8")));
  if (!parsed.ok) throw new Error(parsed.message);
  const assignment = parsed.assignment;
  const honest = JSON.parse(readFileSync(`${subs}/valid.json`, "utf8"));
  const madeFor = (a: Assignment) =>
    buildSubmission({
      run: assignmentRun(a, honest.run.decisions.slice(1)),
      learner: honest.learner,
      assignment: a,
      createdAt: honest.createdAt,
    });
  const edit = (change: (s: typeof honest) => void) => {
    const copy = structuredClone(honest);
    change(copy);
    return copy;
  };
  const dir = mkdtempSync(join(tmpdir(), "col-verify-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** file, status, the reason's field, what the command line's reason must mention, content */
  const cases: [string, VerifyStatus, string | null, string, unknown][] = [
    ["honest.json", "verified", null, "", honest],
    [
      "other-assignment.json",
      "tampered",
      "assignment.id",
      'assignment.id is "module-09-monetization"',
      madeFor({ ...assignment, id: "module-09-monetization", seed: 7 }),
    ],
    [
      "other-id-same-world.json",
      "tampered",
      "assignment.id",
      'assignment.id is "coffee-retention-sprint-b"',
      madeFor({ ...assignment, id: "coffee-retention-sprint-b" }),
    ],
    [
      "free-run.json",
      "tampered",
      "assignment",
      "assignment is missing",
      edit((s) => delete s.assignment),
    ],
    ["seed.json", "tampered", "run.seed", "run.seed is 7", edit((s) => (s.run.seed = 7))],
    [
      "scenario.json",
      "tampered",
      "run.scenario",
      'run.scenario is "wechat-parents"',
      edit((s) => (s.run.scenario = "wechat-parents")),
    ],
    ["weeks.json", "tampered", "run.weeks", "run.weeks is 30", edit((s) => (s.run.weeks = 30))],
    [
      "embedded-seed.json",
      "tampered",
      "assignment.seed",
      "assignment.seed is 7",
      edit((s) => {
        s.assignment.seed = 7;
        s.run.seed = 7;
      }),
    ],
    [
      "metric.json",
      "tampered",
      "claimed.final.members",
      "claimed.final.members",
      edit((s) => (s.claimed.final.members += 1)),
    ],
    [
      "locked.json",
      "constraint-violation",
      "run.decisions",
      "adBudget is locked at 2000",
      edit((s) => s.run.decisions.push({ week: 3, set: { adBudget: 9000 } })),
    ],
    [
      "model.json",
      "invalid",
      "run.modelVersion",
      "col-sim-0.9.0",
      edit((s) => (s.run.modelVersion = "col-sim-0.9.0")),
    ],
  ];
  for (const [file, , , , content] of cases)
    writeFileSync(join(dir, file), JSON.stringify(content));
  const r = run("verify", [dir, "--assignment", official, "--csv"]);
  const rows = new Map(parseCsv(r.stdout).map((row) => [row[0]?.split("/").pop(), row]));
  const T = { "zh-cn": makeT(dictionary("zh-cn")), en: makeT(dictionary("en")) };

  it("the command line flags the batch (exit 1)", () => {
    expect(r.code).toBe(1);
    expect(rows.size).toBe(cases.length + 1);
  });

  it.each(cases)("%s → %s, naming %s", (file, status, field, mention) => {
    const cliRow = rows.get(file);
    const grade = checkFile(file, readFileSync(join(dir, file), "utf8"), assignment);
    expect(cliRow?.[2]).toBe(status);
    expect(grade.status).toBe(status);
    if (field === null) {
      expect(grade.reason).toBeNull();
      expect(cliRow?.[4]).toBe("");
      return;
    }
    expect(cliRow?.[4]).toContain(mention);
    expect(grade.reason?.field).toBe(field);
    for (const lang of ["zh-cn", "en"] as const) {
      expect(reasonText(grade.reason!, T[lang], lang)).not.toMatch(/instructor\.|\{\w+\}/);
    }
  });
});
