/**
 * Runs the command-line entry points. `cli` spawns the real process the way `npm run` does
 * (tsx) to check exit codes and streams end to end; `run` calls the same main function in this
 * process with captured output, for the many bad-input cases (no process start-up each time).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { execute, type Io } from "../../../src/cli/args";
import { main as simMain } from "../../../src/cli/sim";
import { main as verifyMain } from "../../../src/cli/verify";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(entry: "sim" | "verify", args: readonly string[]): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join("src/cli", `${entry}.ts`), ...args],
    {
      cwd: process.cwd(),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function run(entry: "sim" | "verify", args: readonly string[]): CliResult {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), tty: false };
  const code = execute(entry === "sim" ? simMain : verifyMain, [...args], io);
  return { code, stdout, stderr };
}

/** A usage error: exit 2, a message on stderr, no stack trace. */
export function expectUsageError(result: CliResult, ...mentions: string[]): void {
  if (result.code !== 2)
    throw new Error(`expected exit 2, got ${result.code}\n${result.stderr}${result.stdout}`);
  if (!result.stderr.startsWith("error: "))
    throw new Error(`expected "error: …", got ${result.stderr}`);
  if (/\n\s+at /.test(result.stderr)) throw new Error(`stack trace printed:\n${result.stderr}`);
  for (const m of mentions)
    if (!result.stderr.includes(m)) throw new Error(`"${m}" not in: ${result.stderr}`);
}
