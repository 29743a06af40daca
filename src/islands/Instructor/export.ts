/**
 * What the gradebook exports: a CSV for spreadsheets and LMS imports (one row per learner — the
 * submission that counts), a JSON file of every checked file, and a learner's mentor feedback
 * file (community-ops-lab/feedback v1, read by the progress page). Pure: text in, text out.
 */
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import {
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  FeedbackSchema,
  type Feedback,
} from "../../schemas/feedback";
import { toCsv, type CsvCell } from "./csv";
import { KEY_METRICS, type GoalOutcome } from "./file-result";
import { countingRows, type GradeRow } from "./gradebook";
import { leverLabel, leverValueText, metricLabel, metricValue, reasonText } from "./reasons";

type T = (key: string, values?: Record<string, string | number>) => string;

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-03-01 14:05" in the instructor's time zone: spreadsheets read it as a date and time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Members ≥ 3000 by week 26". */
export function goalText(
  goal: Pick<GoalOutcome, "metric" | "op" | "value" | "byWeek">,
  t: T,
  lang: Lang,
): string {
  const text = `${metricLabel(goal.metric, lang)} ${goal.op === ">=" ? "≥" : "≤"} ${metricValue(goal.metric, goal.value)}`;
  return goal.byWeek === undefined
    ? text
    : t("instructor.goal.byWeek", { goal: text, week: goal.byWeek });
}

/** Hours, days or minutes late, in words. */
export function lateText(ms: number, t: T): string {
  const minutes = Math.max(1, Math.round(ms / 60000));
  if (minutes < 60) return t("instructor.late.minutes", { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t("instructor.late.hours", { n: hours });
  return t("instructor.late.days", { n: Math.round(hours / 24) });
}

/** The CSV file: one row per learner (the submission that counts), sorted by name. */
export function gradebookCsv(
  rows: readonly GradeRow[],
  assignment: Assignment,
  t: T,
  lang: Lang,
): string {
  const collator = new Intl.Collator(lang === "en" ? "en" : "zh-CN", { numeric: true });
  const learners = countingRows(rows)
    .filter((r) => r.learnerKey !== null)
    .sort(
      (a, b) => collator.compare(a.learner?.name ?? "", b.learner?.name ?? "") || a.key - b.key,
    );
  const header: CsvCell[] = [
    t("instructor.csv.learnerId"),
    t("instructor.csv.name"),
    t("instructor.csv.score"),
    t("instructor.csv.status"),
    t("instructor.csv.passed"),
    t("instructor.csv.late"),
    t("instructor.csv.submittedAt"),
    ...assignment.goals.map((g, i) =>
      t("instructor.csv.goal", { n: i + 1, goal: goalText(g, t, lang) }),
    ),
    ...KEY_METRICS.map((m) => metricLabel(m, lang)),
    t("instructor.csv.levers"),
    t("instructor.csv.reason"),
    t("instructor.csv.file"),
  ];
  const body = learners.map((r): CsvCell[] => [
    r.learner?.id ?? "",
    r.learner?.name ?? "",
    r.score,
    t(`instructor.status.${r.status}`),
    r.passed === null ? "" : t(r.passed ? "instructor.yes" : "instructor.no"),
    r.late === null
      ? ""
      : r.late
        ? `${t("instructor.yes")} (${lateText(r.lateBy ?? 0, t)})`
        : t("instructor.no"),
    r.createdAt ? localDateTime(r.createdAt) : "",
    ...assignment.goals.map((_, i) => {
      const g = r.goals?.[i];
      if (!g) return "";
      return `${t(g.met ? "instructor.goal.met" : "instructor.goal.notMet")} (${metricValue(g.metric, g.actual)})`;
    }),
    ...KEY_METRICS.map((m) => {
      const v = r.final?.[m];
      return v === null || v === undefined ? "" : v;
    }),
    r.leversUsed.map((l) => leverLabel(l, lang)).join("; "),
    r.reason ? reasonText(r.reason, t, lang) : "",
    r.file,
  ]);
  return toCsv([header, ...body]);
}

export const GRADEBOOK_FORMAT = "community-ops-lab/gradebook";
export const GRADEBOOK_VERSION = 1;

/** The JSON export: every checked file, superseded and unreadable ones too, with reasons worded. */
export function gradebookJson(
  rows: readonly GradeRow[],
  assignment: Assignment,
  t: T,
  lang: Lang,
  exportedAt: string,
): string {
  return (
    JSON.stringify(
      {
        format: GRADEBOOK_FORMAT,
        version: GRADEBOOK_VERSION,
        exportedAt,
        assignment,
        rows: rows.map((r) => ({
          file: r.file,
          learner: r.learner,
          status: r.status,
          superseded: r.superseded,
          score: r.score,
          passed: r.passed,
          late: r.late,
          submittedAt: r.createdAt,
          reason: r.reason ? { ...r.reason, text: reasonText(r.reason, t, lang) } : null,
          goals: r.goals,
          final: r.final,
          leversUsed: r.leversUsed,
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

/** A mentor's comment on one learner, as the gradebook keeps it. */
export interface MentorComment {
  text: string;
  /** "NN-slug" when the comment is about a module. */
  moduleId?: string;
  updatedAt: string;
}

/** The assignment's title in both languages, for the feedback file (the learner may read either). */
export function bilingualTitle(assignment: Assignment): string {
  const { "zh-cn": zh, en } = assignment.title;
  return zh === en ? zh : `${zh} / ${en}`;
}

/** A learner's feedback file, or null when the comment is empty or the file would not be valid. */
export function feedbackFile(
  learner: { name: string; id: string | null },
  assignment: Assignment,
  mentor: string,
  comment: MentorComment,
  createdAt: string,
): Feedback | null {
  const feedback = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    learner: learner.id ? { name: learner.name, id: learner.id } : { name: learner.name },
    assignment: { id: assignment.id, title: bilingualTitle(assignment).slice(0, 500) },
    mentor: { name: mentor.trim() },
    comments: [
      {
        ...(comment.moduleId ? { moduleId: comment.moduleId } : {}),
        text: comment.text.trim(),
        createdAt: comment.updatedAt,
      },
    ],
    createdAt,
  };
  const parsed = FeedbackSchema.safeParse(feedback);
  return parsed.success ? parsed.data : null;
}

/** A file name made of safe characters: letters (any script), digits, - and _. */
export function fileSafe(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "learner"
  );
}

/** The assignment's file: its id is the name, since submissions and the gradebook refer to it. */
export const assignmentFileName = (a: Assignment) => `${a.id}.json`;
export const assignmentFileText = (a: Assignment) => JSON.stringify(a, null, 2) + "\n";

/** One line saying what an assignment asks: scenario, seed, weeks, goals, locked levers, pass mark. */
export function assignmentSummary(a: Assignment, scenarioName: string, t: T, lang: Lang): string {
  const locked = Object.entries(a.locked)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => `${leverLabel(name, lang)} = ${leverValueText(name, v, t)}`);
  return t("instructor.summary", {
    scenario: scenarioName,
    seed: a.seed,
    weeks: a.weeks,
    goals: a.goals.map((g) => goalText(g, t, lang)).join("; "),
    locked: locked.length ? locked.join("; ") : t("instructor.summary.noLocks"),
    pass: Math.round(a.passMark * 1000) / 10,
  });
}
