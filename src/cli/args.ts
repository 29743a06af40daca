/**
 * Command-line plumbing shared by `sim` and `verify`: flags, `--help`, usage errors, the
 * `--assignment` file, files, tables, and running a command as the process's entry point.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

/** Parses argv against known flags; anything else is a UsageError naming the valid flags. */
export function parseArgs(argv: readonly string[], specs: Record<string, FlagSpec>): ParsedArgs {
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  const valid = Object.keys(specs)
    .map((f) => `--${f}`)
    .join(", ");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h") {
      flags.set("help", [""]);
      continue;
    }
    if (!arg.startsWith("--")) {
      if (arg.startsWith("-") && arg.length > 1)
        throw new UsageError(`unknown option ${arg}; valid options: ${valid}`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option --${name}; valid options: ${valid}`);
    let value = "";
    if (spec.value) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith("--") && next.length > 2)) {
          throw new UsageError(`--${name} needs a value`);
        }
        value = next;
        i += 1;
      }
    } else if (eq >= 0) throw new UsageError(`--${name} takes no value`);
    const list = flags.get(name) ?? [];
    if (list.length && !spec.repeat) throw new UsageError(`--${name} given more than once`);
    list.push(value);
    flags.set(name, list);
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

/** Reads and parses a JSON file named by a flag; a missing or malformed file is a UsageError. */
export function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    if (statSync(path).isDirectory())
      throw new UsageError(`${what} "${path}" is a directory, not a file`);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${what} "${path}": ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
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
