/**
 * `npm run verify -- FILE… [--assignment FILE] [--csv]`
 *
 * Replays each submission and prints one row per file: file, learner, status, score, reason.
 * A folder stands for the .json files in it. Exit 0 when every file verifies, 1 when any is
 * flagged (tampered, constraint-violation, invalid), 2 on a usage error.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { verifySubmission, type Verification } from "../grading/verify";
import { MODEL_VERSION } from "../sim/index";
import {
  UsageError,
  assignmentFlag,
  command,
  has,
  runIfEntry,
  table,
  type Io,
  type ParsedArgs,
} from "./args";

const FLAGS = {
  assignment: { value: true },
  csv: { value: false },
  help: { value: false },
};

const HELP = `Verify simulation submissions by replaying them (model ${MODEL_VERSION})

usage: npm run verify -- FILE… [--assignment FILE] [--csv]

  FILE…              submission files, or folders of them (their .json files)
  --assignment FILE  the official assignment: each submission must match it
  --csv              print CSV (file,learner,status,score,reason) instead of a table
  --help             this text

status: verified | tampered | constraint-violation | invalid
exit status: 0 all verified, 1 any flagged, 2 bad usage (no files, missing file, bad flag or assignment)
`;

/** The files named on the command line, folders expanded to their .json files. */
function expand(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`cannot read "${path}": no such file or folder`);
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((f) => f.toLowerCase().endsWith(".json"))
      .sort()
      .map((f) => join(path, f));
    if (!inside.length) throw new UsageError(`folder "${path}" has no .json files`);
    files.push(...inside);
  }
  return files;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function verify(args: ParsedArgs, io: Io): number {
  if (!args.positional.length)
    throw new UsageError("name at least one submission file or folder to verify");
  const assignment = assignmentFlag(args);
  const files = expand(args.positional);
  const showProgress = files.length > 20;
  const tty = io.tty;
  const rows: { file: string; result: Verification }[] = [];
  files.forEach((file, i) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read "${file}": ${(error as Error).message}`);
    }
    rows.push({ file, result: verifySubmission(text, assignment ? { assignment } : {}) });
    const done = i + 1;
    if (showProgress && (done % 50 === 0 || done === files.length)) {
      io.stderr(
        tty ? `\rverifying ${done}/${files.length}…` : `verifying ${done}/${files.length}…\n`,
      );
    }
  });
  if (showProgress && tty) io.stderr("\n");

  const cells = rows.map(({ file, result }) => [
    file,
    result.learner ?? "—",
    result.status,
    result.score === null ? "—" : `${result.score}%`,
    result.reason?.text ?? "",
  ]);
  if (has(args, "csv")) {
    const lines = [
      ["file", "learner", "status", "score", "reason"],
      ...cells.map((r) => r.map((c) => c.replace(/%$/, ""))),
    ];
    io.stdout(lines.map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
  } else {
    io.stdout(table(["file", "learner", "status", "score", "reason"], cells) + "\n");
  }
  const counts = new Map<string, number>();
  for (const { result } of rows) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const flagged = rows.length - (counts.get("verified") ?? 0);
  io.stderr(
    `${rows.length} file${rows.length === 1 ? "" : "s"}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}\n`,
  );
  return flagged > 0 ? 1 : 0;
}

/** The `verify` command; returns the exit code (UsageError for bad input). */
export const main = command(FLAGS, HELP, verify);

runIfEntry(import.meta.url, main);
