/**
 * The gradebook's view-model: checked files → table rows and one line per learner (which attempt
 * counts, who is late, whose runs are copies), sorting, filtering and the class view's figures.
 * Pure; the island renders what these return, and `npm run verify` prints the same.
 *
 * Rules (also shown on the page and in src/grading/README.md):
 * - A learner is their id when the file gives one, otherwise their name (learner.ts).
 * - Every file given is kept with its status. Of a learner's verified files, the best score counts
 *   (or, as the instructor chooses, the latest); a file that is not verified — edited, another
 *   assignment's, an older model's, unreadable — never takes a verified file's place.
 * - Late: after the due date, judged on the instructor's own record of when the file arrived
 *   where there is one, otherwise on the time the file reports (set by the learner's device).
 * - Copies: runs of different learners with the same lever changes, or the same a week apart,
 *   are marked "identical to" each other; runs with fewer than MIN_COPY_CHANGES changes are too
 *   plain to tell.
 */
import type { Assignment } from "../../schemas/assignment";
import { learnerKey } from "../learner";
import { passesPercent } from "../pass";
import { STATUSES, type VerifyStatus } from "../statuses";
import { LEVERS } from "../../sim/index";
import type { CheckedFile, KeyMetric, LeverChange } from "./file-result";

export { learnerKey };

/** Which verified attempt counts. */
export type CountRule = "best" | "latest";
export const COUNT_RULES: readonly CountRule[] = ["best", "latest"];

/** A run needs this many lever changes before an identical one is called a copy. */
export const MIN_COPY_CHANGES = 3;

/** Statuses that are neither verified nor a problem the learner made: not counted as flagged. */
const NEUTRAL: ReadonlySet<VerifyStatus> = new Set(["other-assignment", "older-model"]);

/** A file as loaded: its check result and the instructor's record of its arrival, if any. */
export interface LoadedResult {
  /** Unique, in the order files were loaded. */
  key: number;
  result: CheckedFile;
  /** When the file reached the instructor, by the instructor's own record (ISO), or null. */
  receivedAt?: string | null;
}

export interface CopyMark {
  name: string;
  /** The same changes one week apart. */
  shifted: boolean;
}

export interface GradeRow extends CheckedFile {
  key: number;
  learnerKey: string | null;
  receivedAt: string | null;
  /** The learner's counted attempt. */
  counted: boolean;
  /** Verified, but another attempt of the same learner counts. */
  outranked: boolean;
  /** After the due date; null when neither a record nor the file gives a time. */
  late: boolean | null;
  /** Milliseconds past the due date when late. */
  lateBy: number | null;
  /** What lateness was judged on. */
  lateBasis: "received" | "reported" | null;
  /** Verified and at or above the pass mark; null when not verified. */
  passed: boolean | null;
  /** Other learners whose run has the same lever changes. */
  identicalTo: CopyMark[];
}

/** When a row's file arrived: the instructor's record, else what the file reports. */
function arrival(row: Pick<GradeRow, "receivedAt" | "createdAt">): {
  at: number | null;
  basis: GradeRow["lateBasis"];
} {
  const received = row.receivedAt ? Date.parse(row.receivedAt) : Number.NaN;
  if (Number.isFinite(received)) return { at: received, basis: "received" };
  const reported = row.createdAt ? Date.parse(row.createdAt) : Number.NaN;
  return Number.isFinite(reported)
    ? { at: reported, basis: "reported" }
    : { at: null, basis: null };
}

const timeOf = (row: GradeRow) => arrival(row).at ?? Number.NEGATIVE_INFINITY;

/** Whether `a` should count rather than `b` (both verified, same learner). */
function better(a: GradeRow, b: GradeRow, rule: CountRule): boolean {
  if (rule === "best" && (a.score ?? -1) !== (b.score ?? -1))
    return (a.score ?? -1) > (b.score ?? -1);
  if (timeOf(a) !== timeOf(b)) return timeOf(a) > timeOf(b);
  return a.key > b.key;
}

const printOf = (changes: readonly LeverChange[], shift = 0) =>
  JSON.stringify(changes.map(([week, lever, value]) => [week + shift, lever, value]));

/** Marks rows whose lever changes match another learner's (exactly, or one week apart). */
function markCopies(rows: GradeRow[]): void {
  const candidates = rows.filter(
    (r) => r.learnerKey !== null && r.changes !== null && r.changes.length >= MIN_COPY_CHANGES,
  );
  const byPrint = new Map<string, GradeRow[]>();
  const prints = new Map<GradeRow, string>();
  for (const row of candidates) {
    const print = printOf(row.changes!);
    prints.set(row, print);
    byPrint.set(print, [...(byPrint.get(print) ?? []), row]);
  }
  /** Each learner once, by the name their first file gives. */
  const names = new Map<string, string>();
  for (const row of candidates)
    if (!names.has(row.learnerKey!)) names.set(row.learnerKey!, row.learner?.name ?? row.file);
  const mark = (row: GradeRow, other: GradeRow, shifted: boolean) => {
    if (other.learnerKey === row.learnerKey) return;
    const name = names.get(other.learnerKey!)!;
    if (!row.identicalTo.some((m) => m.name === name && m.shifted === shifted))
      row.identicalTo.push({ name, shifted });
  };
  for (const row of candidates) {
    for (const other of byPrint.get(prints.get(row)!) ?? []) mark(row, other, false);
    for (const shift of [1, -1]) {
      for (const other of byPrint.get(printOf(row.changes!, shift)) ?? []) mark(row, other, true);
    }
  }
}

/**
 * Table rows for checked files (in load order, `key` ascending). Without an assignment (the
 * command line without --assignment) nothing is late and nothing passes or fails.
 */
export function buildRows(
  files: readonly LoadedResult[],
  assignment: Pick<Assignment, "due" | "passMark"> | null,
  rule: CountRule = "best",
): GradeRow[] {
  const due = assignment ? Date.parse(assignment.due) : Number.NaN;
  const rows: GradeRow[] = files.map(({ key, result, receivedAt }) => {
    const row: GradeRow = {
      ...result,
      key,
      receivedAt: receivedAt ?? null,
      learnerKey: learnerKey(result.learner),
      counted: false,
      outranked: false,
      late: null,
      lateBy: null,
      lateBasis: null,
      passed:
        assignment && result.status === "verified" && result.score !== null
          ? passesPercent(result.score, assignment.passMark)
          : null,
      identicalTo: [],
    };
    const { at, basis } = arrival(row);
    row.lateBasis = basis;
    if (at !== null && Number.isFinite(due)) {
      row.late = at > due;
      row.lateBy = row.late ? at - due : null;
    }
    return row;
  });
  const best = new Map<string, GradeRow>();
  for (const row of rows) {
    if (row.learnerKey === null || row.status !== "verified") continue;
    const current = best.get(row.learnerKey);
    if (!current || better(row, current, rule)) best.set(row.learnerKey, row);
  }
  for (const row of rows) {
    if (row.learnerKey === null || row.status !== "verified") continue;
    row.counted = best.get(row.learnerKey) === row;
    row.outranked = !row.counted;
  }
  markCopies(rows);
  return rows;
}

/** Whether a row needs the instructor's eye: tampered, a constraint broken, or not a submission. */
export const isFlagged = (row: Pick<GradeRow, "status">) =>
  row.status !== "verified" && !NEUTRAL.has(row.status);

/** One learner: every file they handed in, and the one that counts. */
export interface LearnerLine {
  key: string;
  /** The name and id the line shows: the counted file's, else the latest file's. */
  learner: { name: string; id: string | null };
  /** Every distinct name the learner's files give: more than one is worth a look. */
  names: string[];
  /** The counted attempt, when one is verified. */
  counted: GradeRow | null;
  /** The row that stands for the learner: the counted one, else the latest file for this assignment. */
  shown: GradeRow;
  /** Verified when an attempt counts, else the status of the row shown. */
  status: VerifyStatus;
  /** Files handed in under this learner. */
  attempts: number;
  /** Of them, tampered, breaking a constraint, or not a submission. */
  flagged: number;
  /** Other learners any of this learner's runs are identical to. */
  identicalTo: string[];
}

/** One line per learner, in the order their first file was loaded. */
export function learnerLines(rows: readonly GradeRow[]): LearnerLine[] {
  const groups = new Map<string, GradeRow[]>();
  for (const row of rows) {
    if (row.learnerKey === null) continue;
    groups.set(row.learnerKey, [...(groups.get(row.learnerKey) ?? []), row]);
  }
  return [...groups].map(([key, group]) => {
    const counted = group.find((r) => r.counted) ?? null;
    const latestOf = (list: GradeRow[]) =>
      list.reduce((a, b) =>
        timeOf(b) > timeOf(a) || (timeOf(b) === timeOf(a) && b.key > a.key) ? b : a,
      );
    // Without a verified attempt, the latest file for this assignment says most.
    const forThis = group.filter((r) => r.status !== "other-assignment");
    const shown = counted ?? latestOf(forThis.length ? forThis : group);
    const names = [...new Set(group.map((r) => r.learner?.name ?? ""))].filter(Boolean);
    const identical = new Set(group.flatMap((r) => r.identicalTo.map((m) => m.name)));
    return {
      key,
      learner: { name: shown.learner?.name ?? "", id: shown.learner?.id ?? null },
      names,
      counted,
      shown,
      status: shown.status,
      attempts: group.length,
      flagged: group.filter(isFlagged).length,
      identicalTo: [...identical],
    };
  });
}

export type SortKey = "learner" | "status" | "score" | "submittedAt" | "late" | KeyMetric;
export type SortDir = "asc" | "desc";

/** Most serious first when ascending: what needs the instructor's eye. */
const STATUS_ORDER: Record<VerifyStatus, number> = {
  tampered: 0,
  "constraint-violation": 1,
  invalid: 2,
  "older-model": 3,
  "other-assignment": 4,
  verified: 5,
};

function sortValue(row: GradeRow, key: SortKey): number | string | null {
  switch (key) {
    case "learner":
      return row.learner?.name ?? null;
    case "status":
      return STATUS_ORDER[row.status] * 2 + (row.outranked ? 1 : 0);
    case "score":
      return row.score;
    case "submittedAt":
      return arrival(row).at;
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

export type StatusFilter = "all" | "flagged" | "copies" | VerifyStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ["all", "flagged", "copies", ...STATUSES];
export type TimingFilter = "all" | "late" | "onTime";
export const TIMING_FILTERS: readonly TimingFilter[] = ["all", "late", "onTime"];

export interface RowFilter {
  status: StatusFilter;
  timing: TimingFilter;
  /** Matches the learner's name or id, or the file name (case-insensitive). */
  query: string;
  /** Show the attempts that do not count (and files that name nobody's counted attempt). */
  showOthers: boolean;
}

export const ALL_ROWS: RowFilter = { status: "all", timing: "all", query: "", showOthers: true };

export function filterRows(rows: readonly GradeRow[], filter: RowFilter): GradeRow[] {
  const q = filter.query.normalize("NFKC").trim().toLowerCase();
  const shown = filter.showOthers
    ? null
    : new Set(learnerLines(rows).map((line) => line.shown.key));
  return rows.filter((row) => {
    if (shown && row.learnerKey !== null && !shown.has(row.key)) return false;
    if (
      filter.status === "flagged"
        ? !isFlagged(row)
        : filter.status === "copies"
          ? row.identicalTo.length === 0
          : filter.status !== "all" && row.status !== filter.status
    )
      return false;
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
  /** Learners by the status of their line, plus files that name no learner. */
  statusCounts: Record<VerifyStatus, number>;
  learners: number;
  /** Learners with a counted (verified) attempt. */
  verified: number;
  passed: number;
  late: number;
  /** Learners with at least one flagged file. */
  flaggedLearners: number;
  /** Learners whose run is identical to another learner's. */
  copies: number;
  /** Files beyond each learner's line (other attempts). */
  otherAttempts: number;
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
  const lines = learnerLines(rows);
  const counted = lines.flatMap((l) => (l.counted ? [l.counted] : []));
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    VerifyStatus,
    number
  >;
  for (const line of lines) statusCounts[line.status] += 1;
  for (const row of rows) if (row.learnerKey === null) statusCounts[row.status] += 1;
  const scoreBins = Array.from({ length: 10 }, () => 0);
  for (const r of counted) scoreBins[Math.min(9, Math.floor((r.score ?? 0) / 10))]! += 1;
  const uses = new Map<string, number>();
  for (const r of counted)
    for (const lever of r.leversUsed) uses.set(lever, (uses.get(lever) ?? 0) + 1);
  const order = LEVERS.map((l) => l.name as string);
  const nums = (pick: (r: GradeRow) => number | null | undefined) =>
    counted.map(pick).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return {
    statusCounts,
    learners: lines.length,
    verified: counted.length,
    passed: counted.filter((r) => r.passed).length,
    late: counted.filter((r) => r.late === true).length,
    flaggedLearners: lines.filter((l) => l.flagged > 0).length,
    copies: lines.filter((l) => l.identicalTo.length > 0).length,
    otherAttempts: rows.length - lines.length - rows.filter((r) => r.learnerKey === null).length,
    scoreBins,
    score: spread(nums((r) => r.score)),
    members: spread(nums((r) => r.final?.members)),
    retention: spread(nums((r) => r.final?.retentionW4)),
    points: counted.map((r) => ({
      label: r.learner?.name ?? r.file,
      members: r.final?.members ?? 0,
      retention: r.final?.retentionW4 ?? null,
    })),
    leverUse: [...uses]
      .map(([lever, learners]) => ({ lever, learners }))
      .sort((a, b) => b.learners - a.learners || order.indexOf(a.lever) - order.indexOf(b.lever)),
  };
}
