/**
 * The gradebook's view-model: checked files → table rows (who counts, who is late), sorting,
 * filtering and the class view's figures. Pure; the island renders what these return.
 *
 * Rules (also shown on the page):
 * - A learner is their id when the file gives one, otherwise their name (trimmed, spaces
 *   collapsed, case ignored).
 * - Of a learner's submissions for this assignment the latest (by the time the file states;
 *   on a tie, the file loaded last) counts; the others are superseded. Files that are not for
 *   this assignment (another assignment, a free run, unreadable, too large) never supersede.
 * - Late: submitted after the assignment's due date-time.
 * - The class view counts each learner's counting submission, verified ones only.
 */
import type { Assignment } from "../../schemas/assignment";
import { passesPercent } from "../../grading/pass";
import type { VerifyStatus } from "../../grading/verify";
import { LEVERS } from "../../sim";
import type { CheckedFile, FileReasonCode, KeyMetric } from "./file-result";

export interface GradeRow extends CheckedFile {
  /** Unique, in the order files were loaded. */
  key: number;
  learnerKey: string | null;
  /** An older submission of the same learner: shown, not counted. */
  superseded: boolean;
  /** After the due date; null when the file gives no time. */
  late: boolean | null;
  /** Milliseconds past the due date when late. */
  lateBy: number | null;
  /** Verified and at or above the pass mark; null when not verified. */
  passed: boolean | null;
}

/** Reasons that mean "not a submission for this assignment": such files never supersede. */
const NOT_THIS_ASSIGNMENT: ReadonlySet<string> = new Set<
  FileReasonCode | "not-json" | "wrong-format"
>([
  "too-large",
  "read-failed",
  "other-assignment",
  "no-assignment",
  "extra-assignment",
  "bad-assignment",
  "check-failed",
  "not-json",
  "wrong-format",
]);

/** Who a row belongs to, for superseding; null when the file names nobody. */
export function learnerKey(learner: CheckedFile["learner"]): string | null {
  if (!learner) return null;
  if (learner.id) return `id:${learner.id.normalize("NFKC").trim().toLowerCase()}`;
  const name = learner.name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return name ? `name:${name}` : null;
}

const timeOf = (iso: string | null) => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/** Table rows for checked files (in load order, `key` ascending). */
export function buildRows(
  files: readonly { key: number; result: CheckedFile }[],
  assignment: Assignment,
): GradeRow[] {
  const due = Date.parse(assignment.due);
  const rows: GradeRow[] = files.map(({ key, result }) => {
    const counts = !NOT_THIS_ASSIGNMENT.has(result.reason?.code ?? "");
    const at = result.createdAt === null ? null : Date.parse(result.createdAt);
    const late = at === null ? null : at > due;
    return {
      ...result,
      key,
      learnerKey: counts ? learnerKey(result.learner) : null,
      superseded: false,
      late,
      lateBy: late && at !== null ? at - due : null,
      passed:
        result.status === "verified" && result.score !== null
          ? passesPercent(result.score, assignment.passMark)
          : null,
    };
  });
  const latest = new Map<string, GradeRow>();
  for (const row of rows) {
    if (row.learnerKey === null) continue;
    const best = latest.get(row.learnerKey);
    if (
      !best ||
      timeOf(row.createdAt) > timeOf(best.createdAt) ||
      (timeOf(row.createdAt) === timeOf(best.createdAt) && row.key > best.key)
    ) {
      latest.set(row.learnerKey, row);
    }
  }
  for (const row of rows) {
    if (row.learnerKey !== null) row.superseded = latest.get(row.learnerKey) !== row;
  }
  return rows;
}

export type SortKey = "learner" | "status" | "score" | "submittedAt" | "late" | KeyMetric;
export type SortDir = "asc" | "desc";

/** Most serious first when ascending: what needs the instructor's eye. */
const STATUS_ORDER: Record<VerifyStatus, number> = {
  tampered: 0,
  "constraint-violation": 1,
  invalid: 2,
  verified: 3,
};

function sortValue(row: GradeRow, key: SortKey): number | string | null {
  switch (key) {
    case "learner":
      return row.learner?.name ?? null;
    case "status":
      return STATUS_ORDER[row.status] * 2 + (row.superseded ? 1 : 0);
    case "score":
      return row.score;
    case "submittedAt":
      return row.createdAt === null ? null : Date.parse(row.createdAt);
    case "late":
      return row.late === null ? null : row.late ? (row.lateBy ?? 0) : -1;
    default:
      return row.final?.[key] ?? null;
  }
}

/**
 * Rows sorted by a column; rows without a value always go last, and equal values keep the order
 * the files were loaded in. Names sort by the language's collation (pinyin for Chinese).
 */
export function sortRows(
  rows: readonly GradeRow[],
  key: SortKey,
  dir: SortDir,
  lang: string,
): GradeRow[] {
  const collator = new Intl.Collator(lang === "en" ? "en" : "zh-CN", {
    numeric: true,
    sensitivity: "base",
  });
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? a.key - b.key : va === null ? 1 : -1;
    const c =
      typeof va === "string" && typeof vb === "string"
        ? collator.compare(va, vb)
        : (va as number) - (vb as number);
    return c !== 0 ? sign * c : a.key - b.key;
  });
}

export type StatusFilter = "all" | "flagged" | VerifyStatus;
export type TimingFilter = "all" | "late" | "onTime";

export interface RowFilter {
  status: StatusFilter;
  timing: TimingFilter;
  /** Matches the learner's name or id, or the file name (case-insensitive). */
  query: string;
  showSuperseded: boolean;
}

export const ALL_ROWS: RowFilter = {
  status: "all",
  timing: "all",
  query: "",
  showSuperseded: true,
};

export function filterRows(rows: readonly GradeRow[], filter: RowFilter): GradeRow[] {
  const q = filter.query.normalize("NFKC").trim().toLowerCase();
  return rows.filter((row) => {
    if (!filter.showSuperseded && row.superseded) return false;
    if (
      filter.status === "flagged"
        ? row.status === "verified"
        : filter.status !== "all" && row.status !== filter.status
    ) {
      return false;
    }
    if (filter.timing === "late" && row.late !== true) return false;
    if (filter.timing === "onTime" && row.late !== false) return false;
    if (q) {
      const hay = [row.learner?.name, row.learner?.id, row.file]
        .filter(Boolean)
        .join("\n")
        .normalize("NFKC")
        .toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}

/** Each learner's counting submission (plus files that name no learner), in load order. */
export const countingRows = (rows: readonly GradeRow[]) => rows.filter((r) => !r.superseded);

export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quartiles by linear interpolation between order statistics; null for no values. */
export function spread(values: readonly number[]): Spread | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return s[lo]! + (s[hi]! - s[lo]!) * (i - lo);
  };
  return {
    n: s.length,
    min: s[0]!,
    q1: at(0.25),
    median: at(0.5),
    q3: at(0.75),
    max: s[s.length - 1]!,
  };
}

export interface ClassView {
  /** Counting rows by status. */
  statusCounts: Record<VerifyStatus, number>;
  /** Counting rows that name a learner. */
  learners: number;
  verified: number;
  passed: number;
  late: number;
  superseded: number;
  /** Ten bins of ten points: [0,10), [10,20) … [90,100]. */
  scoreBins: number[];
  score: Spread | null;
  members: Spread | null;
  retention: Spread | null;
  /** One point per verified learner. */
  points: { label: string; members: number; retention: number | null }[];
  /** Levers by how many verified learners moved them, most first; unused levers left out. */
  leverUse: { lever: string; learners: number }[];
}

export function classView(rows: readonly GradeRow[]): ClassView {
  const counting = countingRows(rows);
  const verified = counting.filter((r) => r.status === "verified");
  const statusCounts: Record<VerifyStatus, number> = {
    verified: 0,
    tampered: 0,
    "constraint-violation": 0,
    invalid: 0,
  };
  for (const r of counting) statusCounts[r.status] += 1;
  const scoreBins = Array.from({ length: 10 }, () => 0);
  for (const r of verified) scoreBins[Math.min(9, Math.floor((r.score ?? 0) / 10))]! += 1;
  const uses = new Map<string, number>();
  for (const r of verified)
    for (const lever of r.leversUsed) uses.set(lever, (uses.get(lever) ?? 0) + 1);
  const order = LEVERS.map((l) => l.name as string);
  const nums = (pick: (r: GradeRow) => number | null | undefined) =>
    verified.map(pick).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return {
    statusCounts,
    learners: counting.filter((r) => r.learnerKey !== null).length,
    verified: verified.length,
    passed: verified.filter((r) => r.passed).length,
    late: counting.filter((r) => r.late === true && r.learnerKey !== null).length,
    superseded: rows.length - counting.length,
    scoreBins,
    score: spread(nums((r) => r.score)),
    members: spread(nums((r) => r.final?.members)),
    retention: spread(nums((r) => r.final?.retentionW4)),
    points: verified.map((r) => ({
      label: r.learner?.name ?? r.file,
      members: r.final?.members ?? 0,
      retention: r.final?.retentionW4 ?? null,
    })),
    leverUse: [...uses]
      .map(([lever, learners]) => ({ lever, learners }))
      .sort((a, b) => b.learners - a.learners || order.indexOf(a.lever) - order.indexOf(b.lever)),
  };
}
