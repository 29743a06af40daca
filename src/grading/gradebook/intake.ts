/**
 * A batch of files given to the gradebook, sorted before anything is verified: which to read at
 * all (each file and the whole batch are capped, and the page says so), which is the assignment
 * file that chooses the official assignment, and which go to the verifier. Pure: the page reads
 * the bytes and passes in what it read.
 */
import { ASSIGNMENT_FORMAT, type Assignment } from "../../schemas/assignment";
import type { ClassFile } from "../../schemas/gradebook";
import { parseAssignment } from "../submission";
import { MAX_BATCH_BYTES, MAX_BATCH_FILES, MAX_FILE_BYTES } from "./file-result";

export interface BatchLimits {
  fileBytes: number;
  files: number;
  bytes: number;
}

export const LIMITS: BatchLimits = {
  fileBytes: MAX_FILE_BYTES,
  files: MAX_BATCH_FILES,
  bytes: MAX_BATCH_BYTES,
};

export type ReadVerdict = "read" | "too-large" | "batch-cap";

/**
 * Which files of a batch to read, in order: a file over the per-file limit is not read; once the
 * batch has read its number of files or its bytes, the rest are not read either.
 */
export function planBatch(
  files: readonly { size: number }[],
  limits: BatchLimits = LIMITS,
): ReadVerdict[] {
  let count = 0;
  let bytes = 0;
  return files.map((f) => {
    if (!(f.size <= limits.fileBytes)) return "too-large";
    if (count + 1 > limits.files || bytes + f.size > limits.bytes) return "batch-cap";
    count += 1;
    bytes += f.size;
    return "read";
  });
}

/** What a file's text is, as far as the gradebook's intake is concerned. */
export type Classified =
  | { kind: "assignment"; assignment: Assignment }
  | { kind: "bad-assignment" }
  | { kind: "submission" };

/** An assignment file (by its own top-level format) or anything else, which goes to the verifier. */
export function classify(text: string): Classified {
  // Only a file whose own format is the assignment's is one; submissions embed an assignment.
  if (!text.includes(ASSIGNMENT_FORMAT)) return { kind: "submission" };
  let top: unknown;
  try {
    top = JSON.parse(text);
  } catch {
    return { kind: "submission" };
  }
  if (!top || typeof top !== "object" || (top as { format?: unknown }).format !== ASSIGNMENT_FORMAT)
    return { kind: "submission" };
  const parsed = parseAssignment(top);
  return parsed.ok
    ? { kind: "assignment", assignment: parsed.assignment }
    : { kind: "bad-assignment" };
}

/** A file of a batch as the page read it: its text, or null when the browser could not read it. */
export interface ReadFile {
  name: string;
  size: number;
  verdict: ReadVerdict;
  text: string | null;
}

export interface Intake {
  /** The first readable assignment file of the batch, which becomes the official assignment. */
  assignment: Assignment | null;
  /** The assignment file's name. */
  assignmentFile: string | null;
  /** The batch's files as the class keeps them (the assignment file itself left out). */
  files: ClassFile[];
  /** Files the batch caps left unread. */
  capped: number;
}

/**
 * Sorts a read batch into the class's files. Keys continue from `nextKey`; `receivedAt` is the
 * instructor's record of arrival for the whole batch (null: none); `loadedAt` now.
 */
export function intake(
  batch: readonly ReadFile[],
  nextKey: number,
  receivedAt: string | null,
  loadedAt: string,
  limits: BatchLimits = LIMITS,
): Intake {
  let key = nextKey;
  let assignment: Assignment | null = null;
  let assignmentFile: string | null = null;
  let capped = 0;
  const files: ClassFile[] = [];
  const add = (name: string, text: string | null, unread?: ClassFile["unread"]) =>
    files.push({
      key: key++,
      file: name.slice(0, 1000),
      text,
      ...(unread ? { unread } : {}),
      receivedAt,
      loadedAt,
    });
  for (const f of batch) {
    if (f.verdict === "too-large") {
      add(f.name, null, {
        code: "too-large",
        params: {
          size: Math.round((f.size / 1048576) * 10) / 10,
          limit: limits.fileBytes / 1048576,
        },
      });
      continue;
    }
    if (f.verdict === "batch-cap") {
      capped += 1;
      add(f.name, null, {
        code: "batch-cap",
        params: { files: limits.files, megabytes: Math.round(limits.bytes / 1048576) },
      });
      continue;
    }
    if (f.text === null) {
      add(f.name, null, { code: "read-failed", params: {} });
      continue;
    }
    const kind = classify(f.text);
    if (kind.kind === "submission") add(f.name, f.text);
    else if (kind.kind === "assignment" && !assignment) {
      assignment = kind.assignment;
      assignmentFile = f.name;
    } else
      add(f.name, null, {
        code: kind.kind === "assignment" ? "extra-assignment" : "bad-assignment",
        params: {},
      });
  }
  return { assignment, assignmentFile, files, capped };
}
