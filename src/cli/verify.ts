/**
 * `npm run verify -- FILE… [--assignment FILE] [--count best|latest] [--csv]`
 *
 * Replays each submission and prints one row per file: file, learner, status, score, whether it
 * is the learner's counted attempt, and the reason — the same statuses, reasons, counting rule and
 * copy detection as the gradebook page (src/grading/gradebook/). A folder stands for the .json
 * files in it. Exit 0 when every file verifies, 1 when any does not, 2 on a usage error.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { STATUSES } from "../grading/verify";
import { checkSubmission } from "../grading/gradebook/check-file";
import { csvCell } from "../grading/gradebook/csv";
import { unreadFile, type CheckedFile } from "../grading/gradebook/file-result";
import {
  COUNT_RULES,
  buildRows,
  learnerLines,
  type CountRule,
  type GradeRow,
} from "../grading/gradebook/gradebook";
import { MODEL_VERSION } from "../sim/index";
import {
  MAX_READ_BYTES,
  UsageError,
  assignmentFlag,
  command,
  flag,
  has,
  readTextFile,
  runIfEntry,
  table,
  type Io,
  type ParsedArgs,
} from "./args";

const FLAGS = {
  assignment: { value: true },
  count: { value: true },
  csv: { value: false },
  help: { value: false },
};

const HELP = `Verify simulation submissions by replaying them (model ${MODEL_VERSION})

usage: npm run verify -- FILE… [--assignment FILE] [--count best|latest] [--csv]

  FILE…              submission files, or folders of them (their .json files)
  --assignment FILE  the official assignment: each submission is checked against it and graded
                     by its scoring rule. Without it each file is checked against the goals it
                     carries itself (self-set goals), which a learner can lower
  --count best|latest
                     which verified attempt of a learner counts (default: best); a file that is
                     not verified never counts
  --csv              print CSV (file,learner,status,score,counted,learner_score,attempts,
                     flagged,identical_to,reason) instead of a table
  --help             this text

status: ${STATUSES.join(" | ")}
files: read as UTF-8 (with or without a byte order mark) or UTF-16; over ${MAX_READ_BYTES / 1048576} MB, folders,
devices and pipes are not read
exit status: 0 all verified, 1 any not verified, 2 bad usage (no files, missing file, bad flag or assignment)
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

function countRule(args: ParsedArgs): CountRule {
  const value = flag(args, "count") ?? "best";
  if (!(COUNT_RULES as readonly string[]).includes(value))
    throw new UsageError(`--count must be ${COUNT_RULES.join(" or ")}, not "${value}"`);
  return value as CountRule;
}

/** The reason column: why the file has its status, and what else the instructor should know. */
function reasonOf(row: GradeRow, texts: Map<number, string[]>): string {
  const parts = [...(texts.get(row.key) ?? [])];
  if (row.outranked) parts.push("another attempt of this learner counts");
  for (const mark of row.identicalTo)
    parts.push(`identical to ${mark.name}${mark.shifted ? " (one week apart)" : ""}`);
  return parts.join("; ");
}

function verify(args: ParsedArgs, io: Io): number {
  if (!args.positional.length)
    throw new UsageError("name at least one submission file or folder to verify");
  const assignment = assignmentFlag(args);
  const rule = countRule(args);
  const files = expand(args.positional);
  if (!assignment)
    io.stderr(
      "warning: no --assignment: each file is checked against the goals it carries itself (self-set goals), which a learner can lower; give --assignment FILE to grade\n",
    );
  const showProgress = files.length > 20;
  const tty = io.tty;
  const checked: { key: number; result: CheckedFile }[] = [];
  /** English reasons, by row key (the verifier words them for the command line). */
  const texts = new Map<number, string[]>();
  files.forEach((file, i) => {
    const key = i + 1;
    const read = readTextFile(file);
    if (!read.ok) {
      if (read.failure.code === "missing" || read.failure.code === "denied")
        throw new UsageError(`cannot read "${file}": ${read.failure.message}`);
      checked.push({
        key,
        result: unreadFile(file, "read-failed", { message: read.failure.message }),
      });
      texts.set(key, [`not read: ${file} ${read.failure.message}`]);
    } else {
      const { result, verification } = checkSubmission(file, read.text, assignment);
      checked.push({ key, result });
      texts.set(key, [
        ...(verification.reason ? [verification.reason.text] : []),
        ...verification.notes.map((n) => n.text),
      ]);
    }
    const done = i + 1;
    if (showProgress && (done % 50 === 0 || done === files.length)) {
      io.stderr(
        tty ? `\rverifying ${done}/${files.length}…` : `verifying ${done}/${files.length}…\n`,
      );
    }
  });
  if (showProgress && tty) io.stderr("\n");

  const rows = buildRows(checked, assignment ?? null, rule);
  const lines = new Map(learnerLines(rows).map((line) => [line.key, line]));
  const cells = rows.map((row) => {
    const line = row.learnerKey ? lines.get(row.learnerKey) : undefined;
    return {
      file: row.file,
      learner: row.learner?.name ?? "—",
      status: row.status,
      score: row.score,
      counted: row.counted,
      learnerScore: line?.counted?.score ?? null,
      attempts: line?.attempts ?? 1,
      flagged: line?.flagged ?? 0,
      identical: row.identicalTo.map((m) => m.name).join("; "),
      reason: reasonOf(row, texts),
    };
  });
  if (has(args, "csv")) {
    const header = [
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
    ];
    const body = cells.map((c) => [
      c.file,
      c.learner,
      c.status,
      c.score,
      c.counted ? "yes" : "no",
      c.learnerScore,
      c.attempts,
      c.flagged,
      c.identical,
      c.reason,
    ]);
    io.stdout([header, ...body].map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
  } else {
    io.stdout(
      table(
        ["file", "learner", "status", "score", "counts", "reason"],
        cells.map((c) => [
          c.file,
          c.learner,
          c.status,
          c.score === null ? "—" : `${c.score}%`,
          c.counted ? "yes" : "",
          c.reason,
        ]),
      ) + "\n",
    );
  }
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const verified = counts.get("verified") ?? 0;
  io.stderr(
    `${rows.length} file${rows.length === 1 ? "" : "s"}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}` +
      `; ${lines.size} learner${lines.size === 1 ? "" : "s"}, ${[...lines.values()].filter((l) => l.counted).length} with a verified attempt (${rule} counts)\n`,
  );
  return verified < rows.length ? 1 : 0;
}

/** The `verify` command; returns the exit code (UsageError for bad input). */
export const main = command(FLAGS, HELP, verify);

runIfEntry(import.meta.url, main);
