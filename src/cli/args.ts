/**
 * Command-line plumbing shared by `sim` and `verify`: flags (node:util's parseArgs), `--help`,
 * usage errors, the `--assignment` file, reading files, tables, and running a command as the
 * process's entry point.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs as nodeParseArgs } from "node:util";
import { decodeText } from "../lib/text-file";
import type { Assignment } from "../schemas/assignment";
import { parseAssignment } from "../grading/submission";

/** A problem with what the user typed: exit code 2 and a message, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface FlagSpec {
  /** Takes a value (`--seed 3` or `--seed=3`). */
  value: boolean;
  /** May be given more than once. */
  repeat?: boolean;
}

export interface ParsedArgs {
  flags: Map<string, string[]>;
  positional: string[];
}

/** The option a node:util parseArgs error message names ("Option '--seed <value>' …"). */
const optionIn = (message: string) => /'(--?[\w-]+)/.exec(message)?.[1] ?? "";

/**
 * Parses argv against known flags with node:util's parseArgs; anything it refuses becomes a
 * UsageError in this tool's words, naming the valid flags. `-h` is `--help`; a flag that is not
 * repeatable may be given once.
 */
export function parseArgs(argv: readonly string[], specs: Record<string, FlagSpec>): ParsedArgs {
  const valid = Object.keys(specs)
    .map((f) => `--${f}`)
    .join(", ");
  const options: Record<
    string,
    { type: "string" | "boolean"; multiple?: boolean; short?: string }
  > = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = {
      type: spec.value ? "string" : "boolean",
      ...(spec.repeat ? { multiple: true } : {}),
      ...(name === "help" ? { short: "h" } : {}),
    };
  }
  let tokens: NonNullable<ReturnType<typeof nodeParseArgs>["tokens"]>;
  try {
    tokens = nodeParseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
      tokens: true,
    }).tokens!;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    const option = optionIn(message);
    const name = option.replace(/^-+/, "");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(`unknown option ${option}; valid options: ${valid}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (specs[name] && !specs[name].value) throw new UsageError(`--${name} takes no value`);
      throw new UsageError(
        /ambiguous/.test(message)
          ? `--${name} needs a value (write --${name}=VALUE for a value that starts with "-")`
          : `--${name} needs a value`,
      );
    }
    throw new UsageError(message);
  }
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positional.push(token.value);
    if (token.kind !== "option") continue;
    const list = flags.get(token.name) ?? [];
    if (list.length && !specs[token.name]?.repeat)
      throw new UsageError(`--${token.name} given more than once`);
    list.push(token.value ?? "");
    flags.set(token.name, list);
  }
  return { flags, positional };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0];
}

export function has(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** A whole number from a flag, within bounds. */
export function intFlag(
  args: ParsedArgs,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

/** The most a command reads from one file: no submission, assignment or decision file comes near it. */
export const MAX_READ_BYTES = 5 * 1024 * 1024;

export type ReadFailure = {
  code: "missing" | "denied" | "directory" | "not-file" | "too-large" | "unreadable";
  message: string;
};

/**
 * Reads a regular file as the gradebook page does (UTF-8 with or without a byte order mark,
 * UTF-16; lib/text-file.ts). Refuses folders, devices and pipes (reading /dev/zero would never
 * end) and files over MAX_READ_BYTES, without reading them.
 */
export function readTextFile(
  path: string,
): { ok: true; text: string } | { ok: false; failure: ReadFailure } {
  let fd: number | null = null;
  try {
    // stat before opening: opening a pipe with no writer would wait for ever.
    let stat = statSync(path);
    if (stat.isFile()) {
      fd = openSync(path, "r");
      stat = fstatSync(fd);
    }
    if (stat.isDirectory())
      return { ok: false, failure: { code: "directory", message: "is a folder, not a file" } };
    if (!stat.isFile())
      return {
        ok: false,
        failure: { code: "not-file", message: "is not a regular file (a device or a pipe)" },
      };
    if (stat.size > MAX_READ_BYTES)
      return {
        ok: false,
        failure: {
          code: "too-large",
          message: `is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_READ_BYTES / 1048576} MB limit`,
        },
      };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd!, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, text: decodeText(bytes.subarray(0, read)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      return { ok: false, failure: { code: "missing", message: "no such file" } };
    if (code === "EACCES" || code === "EPERM")
      return { ok: false, failure: { code: "denied", message: "permission denied" } };
    if (code === "EISDIR")
      return { ok: false, failure: { code: "directory", message: "is a folder, not a file" } };
    return { ok: false, failure: { code: "unreadable", message: (error as Error).message } };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Reads and parses a JSON file named by a flag; a missing or malformed file is a UsageError. */
export function readJson(path: string, what: string): unknown {
  const read = readTextFile(path);
  if (!read.ok) {
    const { code, message } = read.failure;
    throw new UsageError(
      code === "directory"
        ? `${what} "${path}" is a directory, not a file`
        : `cannot read ${what} "${path}": ${message}`,
    );
  }
  try {
    return JSON.parse(read.text);
  } catch (error) {
    throw new UsageError(`${what} "${path}" is not valid JSON: ${(error as Error).message}`);
  }
}

/** The official assignment named by `--assignment FILE`, if given; a bad file is a UsageError. */
export function assignmentFlag(args: ParsedArgs): Assignment | undefined {
  const path = flag(args, "assignment");
  if (path === undefined) return undefined;
  const parsed = parseAssignment(readJson(path, "--assignment file"));
  if (!parsed.ok) throw new UsageError(`--assignment file "${path}": ${parsed.message}`);
  return parsed.assignment;
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Left-aligned text table; numeric columns are right-aligned. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"),
  );
  return cells
    .map((r) =>
      r
        .map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ?? false))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Where a command writes: the process's streams, or a buffer in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress lines then overwrite themselves). */
  tty: boolean;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  tty: Boolean(process.stderr.isTTY),
};

export type Main = (argv: string[], io: Io) => number;

/**
 * A command's main function from its flags, its help text and its body: parses argv (unknown
 * flags are usage errors), answers `--help`/`-h` with the help text and exit 0, else runs the body.
 */
export function command(
  specs: Record<string, FlagSpec>,
  help: string,
  body: (args: ParsedArgs, io: Io) => number,
): Main {
  return (argv, io) => {
    const args = parseArgs(argv, specs);
    if (has(args, "help")) {
      io.stdout(help);
      return 0;
    }
    return body(args, io);
  };
}

/**
 * Runs a command's main function and returns its exit code: a UsageError prints "error: …" and
 * gives 2, anything unexpected prints "internal error: …" and gives 1 — never a stack trace.
 */
export function execute(main: Main, argv: string[], io: Io): number {
  try {
    return main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n(run with --help for usage)\n`);
      return 2;
    }
    io.stderr(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** True when the module at `moduleUrl` is the script node was started with. */
function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(script);
  } catch {
    return false;
  }
}

/** Runs `main` with the process's arguments and streams when `moduleUrl` is the entry script. */
export function runIfEntry(moduleUrl: string, main: Main): void {
  if (isEntry(moduleUrl)) process.exitCode = execute(main, process.argv.slice(2), processIo);
}
