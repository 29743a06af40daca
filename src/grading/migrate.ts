/**
 * Bringing stored assignments and submissions forward to the current format version, so that old
 * files keep working; a version this code does not know is rejected with a clear error instead of
 * being guessed at. Submissions: versions 1, 2 and 3 differ only in the scoring rule their score
 * was computed with (3 names it in `score.rule`), so they pass through unchanged and keep their
 * version, which tells the verifier which rule to check the claimed score with (rules.ts). The
 * grade itself always follows the assignment's rule.
 */
import { ASSIGNMENT_FORMAT, ASSIGNMENT_VERSION } from "../schemas/assignment";
import { SUBMISSION_FORMAT, SUBMISSION_VERSIONS } from "../schemas/submission";

export class MigrationError extends Error {
  constructor(
    readonly code: "wrong-format" | "unknown-version",
    readonly params: Record<string, string | number | null>,
    message: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

function migrate(
  raw: unknown,
  format: string,
  readable: readonly number[],
): Record<string, unknown> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new MigrationError(
      "wrong-format",
      { expected: format, found: null },
      `not a ${format} file: expected a JSON object`,
    );
  }
  const data = raw as Record<string, unknown>;
  if (data.format !== format) {
    const found = typeof data.format === "string" ? data.format : null;
    throw new MigrationError(
      "wrong-format",
      { expected: format, found },
      `not a ${format} file: "format" is ${found === null ? "missing" : `"${found}"`}`,
    );
  }
  const version = data.version;
  if (typeof version === "number" && readable.includes(version)) return data;
  const shown = typeof version === "number" || typeof version === "string" ? version : null;
  throw new MigrationError(
    "unknown-version",
    { version: shown, supported: readable.join(", ") },
    `${format} version ${shown === null ? "(missing)" : String(shown)} is not supported; this build reads version ${readable.join(" or ")}`,
  );
}

/** A submission object at the current version (throws MigrationError). */
export function migrateSubmission(raw: unknown): Record<string, unknown> {
  return migrate(raw, SUBMISSION_FORMAT, SUBMISSION_VERSIONS);
}

/** An assignment object at the current version (throws MigrationError). */
export function migrateAssignment(raw: unknown): Record<string, unknown> {
  return migrate(raw, ASSIGNMENT_FORMAT, [ASSIGNMENT_VERSION]);
}
