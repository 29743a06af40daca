/**
 * Plan files: what "Export JSON" writes and "Import JSON" reads. Reading never throws and never
 * half-succeeds: it returns a whole valid plan (brought forward from older versions) or the reason
 * it could not, with the paths of the fields at fault.
 */
import { migrate, PlanSchema, PlanVersionError, PLAN_VERSION, type Plan } from "../schemas/plan";

/** Larger than any real plan by far; a bigger file is not a plan. */
export const MAX_PLAN_FILE_CHARS = 2_000_000;

export interface PlanFileProblem {
  /** Dotted path of the field, e.g. "calendar.slots.3.time"; "" for the whole file. */
  path: string;
  /** What is wrong, as a key under `planner.import.problem.` */
  problem: "type" | "choice" | "small" | "large" | "format" | "missing" | "other";
}

export type PlanFileResult =
  | { ok: true; plan: Plan; migratedFrom?: number }
  | { ok: false; error: "empty" | "too-large" | "json" | "foreign" | "version" }
  | { ok: false; error: "newer"; version: number }
  | { ok: false; error: "invalid"; problems: PlanFileProblem[] };

function problemOf(code: string, received: unknown): PlanFileProblem["problem"] {
  switch (code) {
    case "invalid_type":
      return received === "undefined" ? "missing" : "type";
    case "invalid_enum_value":
    case "invalid_literal":
    case "invalid_union_discriminator":
      return "choice";
    case "too_small":
      return "small";
    case "too_big":
      return "large";
    case "invalid_string":
      return "format";
    default:
      return "other";
  }
}

/** Reads a plan file's text. */
export function parsePlanFile(text: string): PlanFileResult {
  if (text.trim() === "") return { ok: false, error: "empty" };
  if (text.length > MAX_PLAN_FILE_CHARS) return { ok: false, error: "too-large" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "json" };
  }
  let current: unknown;
  try {
    current = migrate(data);
  } catch (error) {
    if (error instanceof PlanVersionError && error.reason === "newer") {
      return { ok: false, error: "newer", version: Number(error.found) };
    }
    return {
      ok: false,
      error:
        error instanceof PlanVersionError && error.reason === "unknown-version"
          ? "version"
          : "foreign",
    };
  }
  const parsed = PlanSchema.safeParse(current);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.join("."),
      problem: problemOf(issue.code, "received" in issue ? issue.received : undefined),
    }));
    return { ok: false, error: "invalid", problems };
  }
  const version = (data as { version: number }).version;
  return version === PLAN_VERSION
    ? { ok: true, plan: parsed.data }
    : { ok: true, plan: parsed.data, migratedFrom: version };
}

/** The JSON file for a plan. */
export function planFileText(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + "\n";
}

/**
 * A file name for a plan's export: its name as a slug — letters and digits of any script, runs of
 * anything else (spaces, "·", slashes) as one hyphen, Latin letters in lower case — and the
 * extension: "山谷咖啡 · 年度方案" → "山谷咖啡-年度方案.json", "Valley Coffee · copy" →
 * "valley-coffee-copy.json".
 */
export function planFileName(plan: Pick<Plan, "name">, extension: "json" | "md"): string {
  const base = plan.name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${base || "plan"}.${extension}`;
}
