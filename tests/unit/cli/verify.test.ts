import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
  "wrong-format.json": "invalid",
};

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  return rows;
}

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
