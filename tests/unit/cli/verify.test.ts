import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assignmentRun, buildSubmission, parseAssignment } from "../../../src/grading/submission";
import { checkFile } from "../../../src/grading/gradebook/check-file";
import { reasonText } from "../../../src/grading/gradebook/reasons";
import { dictionary } from "../../../src/i18n";
import { makeT } from "../../../src/i18n/t";
import type { Assignment } from "../../../src/schemas/assignment";
import type { VerifyStatus } from "../../../src/grading/verify";
import { parseCsv } from "../csv-helpers";
import { MAX_READ_BYTES } from "../../../src/cli/args";
import { cli, expectUsageError, run } from "./run";

const subs = "tests/fixtures/submissions";
const official = "tests/fixtures/assignments/coffee-retention-sprint.json";
const EXPECTED: Record<string, string> = {
  "changed-scenario.json": "constraint-violation",
  "changed-seed.json": "constraint-violation",
  "changed-weeks.json": "constraint-violation",
  "edited-assignment.json": "constraint-violation",
  "edited-hash.json": "tampered",
  "edited-metric.json": "tampered",
  "edited-score.json": "tampered",
  "old-rule-score.json": "tampered",
  "edited-stage.json": "tampered",
  "free-run.json": "other-assignment",
  "locked-lever-moved.json": "constraint-violation",
  "not-json.txt": "invalid",
  "older-model.json": "older-model",
  "other-assignment.json": "other-assignment",
  "out-of-range.json": "constraint-violation",
  "schema-broken.json": "invalid",
  "unknown-lever.json": "constraint-violation",
  "unknown-model-version.json": "constraint-violation",
  "unknown-version.json": "invalid",
  "valid.json": "verified",
  "version-1.json": "verified",
  "wrong-format.json": "invalid",
};

describe("npm run verify", { timeout: 60_000 }, () => {
  it("exit 0 when every file verifies; without --assignment it warns, and every line says the goals are self-set", () => {
    const r = cli("verify", [`${subs}/valid.json`, `${subs}/free-run.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^file\s+learner\s+status\s+score\s+counts\s+reason$/);
    expect(r.stdout).toMatch(/valid\.json\s+王小明 Wang Xiaoming\s+verified\s+\d+(\.\d)?%/);
    expect(r.stderr).toContain("warning: no --assignment");
    for (const line of r.stdout.trim().split("\n").slice(1))
      expect(line).toContain("self-set goals");
    expect(r.stderr).toContain("2 files: 2 verified");
  });

  it("a folder with --assignment and --csv: one row per file, the right status each, exit 1", () => {
    // The folder gives its .json files; the broken file is a .txt, named on its own.
    const r = cli("verify", [subs, `${subs}/not-json.txt`, "--assignment", official, "--csv"]);
    expect(r.code).toBe(1);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([
      "file",
      "learner",
      "status",
      "score",
      "counted",
      "learner_score",
      "attempts",
      "flagged",
      "identical_to",
      "reason",
    ]);
    const byFile = Object.fromEntries(rows.slice(1).map((row) => [row[0]?.split("/").pop(), row]));
    expect(Object.keys(byFile).sort()).toEqual(readdirSync(subs).sort());
    expect(Object.keys(byFile)).toHaveLength(Object.keys(EXPECTED).length);
    for (const [file, status] of Object.entries(EXPECTED)) {
      expect(byFile[file]?.[2], file).toBe(status);
      if (status === "verified") expect(Number(byFile[file]?.[3])).toBeGreaterThan(0);
      else expect(byFile[file]?.[9]?.length, file).toBeGreaterThan(10);
    }
    expect(byFile["edited-metric.json"]?.[9]).toContain("claimed.final.members");
    expect(byFile["unknown-model-version.json"]?.[9]).toContain("col-sim-0.9.0");
    expect(byFile["older-model.json"]?.[9]).toContain("cannot replay it");
    expect(byFile["free-run.json"]?.[9]).toContain("assignment is missing");
    // version-1.json claims 89.2 % by the retired rule 1; it is graded 62.3 % like valid.json.
    expect(byFile["version-1.json"]?.[3]).toBe(byFile["valid.json"]?.[3]);
    expect(byFile["version-1.json"]?.[9]).toContain("by scoring rule 1");
    // One learner: the counted score is the best verified one, whatever else the folder holds.
    const wang = rows.slice(1).filter((row) => row[1] === "王小明 Wang Xiaoming");
    expect(new Set(wang.map((row) => row[5]))).toEqual(new Set([byFile["valid.json"]?.[3]]));
    expect(rows.slice(1).filter((row) => row[4] === "yes")).toHaveLength(1);
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
    expect(r.stdout).toContain(
      "verified | tampered | constraint-violation | other-assignment | older-model | invalid",
    );
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
      "other-assignment",
      "assignment.id",
      'assignment.id is "module-09-monetization"',
      madeFor({ ...assignment, id: "module-09-monetization", seed: 7 }),
    ],
    [
      "other-id-same-world.json",
      "other-assignment",
      "assignment.id",
      'assignment.id is "coffee-retention-sprint-b"',
      madeFor({ ...assignment, id: "coffee-retention-sprint-b" }),
    ],
    [
      "free-run.json",
      "other-assignment",
      "assignment",
      "assignment is missing",
      edit((s) => delete s.assignment),
    ],
    [
      "seed.json",
      "constraint-violation",
      "run.seed",
      "run.seed is 7",
      edit((s) => (s.run.seed = 7)),
    ],
    [
      "scenario.json",
      "constraint-violation",
      "run.scenario",
      'run.scenario is "wechat-parents"',
      edit((s) => (s.run.scenario = "wechat-parents")),
    ],
    [
      "weeks.json",
      "constraint-violation",
      "run.weeks",
      "run.weeks is 30",
      edit((s) => (s.run.weeks = 30)),
    ],
    [
      "embedded-goals.json",
      "constraint-violation",
      "assignment.goals",
      "assignment.goals",
      edit((s) => (s.assignment.goals = [{ metric: "members", op: ">=", value: 1 }])),
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
      "constraint-violation",
      "run.modelVersion",
      "col-sim-0.9.0",
      edit((s) => (s.run.modelVersion = "col-sim-0.9.0")),
    ],
    [
      "older-model.json",
      "older-model",
      "run.modelVersion",
      "made with model col-sim-0.9.0",
      edit((s) => {
        s.run.modelVersion = "col-sim-0.9.0";
        s.assignment.modelVersion = "col-sim-0.9.0";
      }),
    ],
    ["not-json.json", "invalid", null, "not valid JSON", "{ nope"],
  ];
  for (const [file, , , , content] of cases)
    writeFileSync(join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
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
    if (status === "verified") {
      expect(grade.reason).toBeNull();
      expect(cliRow?.[9]).toBe("");
      return;
    }
    expect(cliRow?.[9]).toContain(mention);
    expect(grade.reason?.field ?? null).toBe(field);
    for (const lang of ["zh-cn", "en"] as const) {
      expect(reasonText(grade.reason!, T[lang], lang)).not.toMatch(/instructor\.|\{\w+\}/);
    }
  });
});

describe("npm run verify reads files as the gradebook does, and refuses what it should not read", () => {
  const dir = mkdtempSync(join(tmpdir(), "col-read-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const valid = readFileSync(`${subs}/valid.json`, "utf8");
  const write = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const utf16 = (text: string, bom: boolean) => {
    const body = Buffer.from(text, "utf16le");
    return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  };

  it.each([
    [
      "UTF-8 with a byte order mark",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]),
    ],
    ["UTF-16 with a byte order mark", utf16(valid, true)],
    ["UTF-16 without one", utf16(valid, false)],
  ])("%s verifies", (_label, bytes) => {
    const r = run("verify", [write("x.json", bytes), "--assignment", official]);
    expect(r.stdout).toMatch(/verified\s+\d+(\.\d)?%/);
    expect(r.code).toBe(0);
  });

  it("a device such as /dev/zero is listed as not read instead of hanging", () => {
    const r = run("verify", ["/dev/zero", "--assignment", official]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/dev\/zero\s+—\s+invalid/);
    expect(r.stdout).toContain("not a regular file");
  });

  it("a file over the stated size is listed as not read", () => {
    const big = write("big.json", Buffer.alloc(MAX_READ_BYTES + 1, 0x20));
    const r = run("verify", [big, "--assignment", official]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`over the ${MAX_READ_BYTES / 1048576} MB limit`);
  });

  it("CSV cells that a spreadsheet would run as a formula are escaped, as on the page", () => {
    const sub = JSON.parse(valid);
    sub.learner = { name: '=HYPERLINK("http://x","y")', id: "+1" };
    const r = run("verify", [
      write("formula.json", JSON.stringify(sub)),
      "--assignment",
      official,
      "--csv",
    ]);
    const [, row] = parseCsv(r.stdout);
    expect(row?.[1]).toBe(`'=HYPERLINK("http://x","y")`);
  });
});

describe("npm run verify counts, and catches copies, the same way as the gradebook", () => {
  const classDir = "tests/fixtures/class";

  it("李华: the genuine file counts; the edited copy, another assignment's file and an older model's never displace it", () => {
    for (const count of ["best", "latest"]) {
      const r = run("verify", [classDir, "--assignment", official, "--csv", "--count", count]);
      const rows = parseCsv(r.stdout).slice(1);
      const li = rows.filter((row) => row[1] === "李华");
      expect(li).toHaveLength(4);
      const counted = li.filter((row) => row[4] === "yes");
      expect(counted.map((row) => row[0]?.split("/").pop())).toEqual(["li-hua.json"]);
      expect(new Set(li.map((row) => row[5]))).toEqual(new Set([counted[0]?.[3]]));
      expect(li[0]?.slice(6, 8)).toEqual(["4", "1"]);
    }
  });

  it("flags 张伟's copy of 王小明's run, and his copy shifted by a week", () => {
    const r = run("verify", [classDir, "--assignment", official]);
    expect(r.stdout).toMatch(/zhang-wei-copy\.json\s+张伟.*identical to 王小明/);
    expect(r.stdout).toMatch(
      /zhang-wei-shifted\.json\s+张伟.*identical to 王小明 \(one week apart\)/,
    );
    expect(r.stdout).toMatch(/li-hua\.json\s+李华\s+verified\s+[\d.]+%\s+yes\s*$/m);
  });

  it("personal seeds: 张伟's copy of 李雷's file fails for his name", () => {
    const r = run("verify", [
      `${classDir}/personal`,
      "--assignment",
      "tests/fixtures/assignments/coffee-personal-sprint.json",
    ]);
    expect(r.stdout).toMatch(/li-lei\.json\s+李雷\s+verified/);
    expect(r.stdout).toMatch(/zhang-wei-copy\.json\s+张伟\s+constraint-violation.*personal seed/);
  });

  it("--count takes best or latest only", () => {
    expectUsageError(
      run("verify", [classDir, "--count", "first"]),
      "--count must be best or latest",
    );
  });
});
