/**
 * What the gradebook exports: a CSV for spreadsheets and LMS imports (one line per learner, the
 * attempt that counts), a JSON file of every checked file, and the class's mentor feedback as one
 * file (community-ops-lab/class-feedback, read by each learner's progress page). Pure: text in,
 * text out.
 */
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import {
  CLASS_FEEDBACK_FORMAT,
  CLASS_FEEDBACK_VERSION,
  ClassFeedbackSchema,
  type ClassFeedback,
  type MentorComment,
} from "../../schemas/feedback";
import type { T } from "../../i18n/t";
import { assignmentRule, judgedOverRun, type ScoringRule } from "../rules";
import { toCsv, type CsvCell } from "./csv";
import { KEY_METRICS, type GoalOutcome } from "./file-result";
import { learnerLines, type GradeRow, type LearnerLine } from "./gradebook";
import { leverLabel, metricLabel } from "../../i18n/sim";
import {
  isRatioMetric,
  leverValueText,
  listSeparator,
  metricValue,
  noteText,
  reasonText,
} from "./reasons";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-03-01 14:05" in the instructor's time zone: spreadsheets read it as a date and time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * "Members ≥ 3000 by week 26"; a goal judged over the run says so ("Hours used, busiest 4 weeks'
 * average ≤ 15").
 */
export function goalText(
  goal: Pick<GoalOutcome, "metric" | "op" | "value" | "byWeek">,
  t: T,
  lang: Lang,
  rule: ScoringRule,
): string {
  const label = judgedOverRun(goal.metric, rule)
    ? t("instructor.goal.busiest", { metric: metricLabel(t, goal.metric) })
    : metricLabel(t, goal.metric);
  const text = `${label} ${goal.op === ">=" ? "≥" : "≤"} ${metricValue(goal.metric, goal.value)}`;
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

/** A CSV header for a figure the page shows as a percent: "Score (%)". */
const percentHeader = (label: string, t: T) => t("instructor.csv.percent", { label });

/** A 0–1 ratio as the page shows it, as a number of percent with one decimal (0.4839 → 48.4). */
const asPercent = (ratio: number) => Math.round(ratio * 1000) / 10;

/**
 * The CSV file: one line per learner, sorted by name. The score is the counted verified attempt's
 * (empty when none is verified); attempts and flagged files are counted beside it; percents are
 * written as the page shows them, in columns named as percent; several items in one cell are
 * joined the way the language joins them.
 */
export function gradebookCsv(
  rows: readonly GradeRow[],
  assignment: Assignment,
  t: T,
  lang: Lang,
): string {
  const collator = new Intl.Collator(lang === "en" ? "en" : "zh-CN", { numeric: true });
  const lines = learnerLines(rows).sort(
    (a, b) => collator.compare(a.learner.name, b.learner.name) || a.shown.key - b.shown.key,
  );
  const sep = listSeparator(lang);
  const header: CsvCell[] = [
    t("instructor.csv.learnerId"),
    t("instructor.csv.name"),
    percentHeader(t("instructor.csv.score"), t),
    t("instructor.csv.status"),
    t("instructor.csv.passed"),
    t("instructor.csv.attempts"),
    t("instructor.csv.flagged"),
    t("instructor.csv.identical"),
    t("instructor.csv.late"),
    t("instructor.csv.lateBasis"),
    t("instructor.csv.receivedAt"),
    t("instructor.csv.reportedAt"),
    ...assignment.goals.map((g, i) =>
      t("instructor.csv.goal", {
        n: i + 1,
        goal: goalText(g, t, lang, assignmentRule(assignment)),
      }),
    ),
    ...KEY_METRICS.map((m) =>
      isRatioMetric(m) ? percentHeader(metricLabel(t, m), t) : metricLabel(t, m),
    ),
    t("instructor.csv.levers"),
    t("instructor.csv.reason"),
    t("instructor.csv.file"),
  ];
  const body = lines.map((line): CsvCell[] => {
    const r = line.shown;
    const counted = line.counted;
    const notes = [
      ...(r.reason ? [reasonText(r.reason, t, lang)] : []),
      ...r.notes.map((n) => noteText(n, t)),
      ...(line.names.length > 1
        ? [t("instructor.table.names", { names: line.names.join(sep) })]
        : []),
    ];
    return [
      line.learner.id ?? "",
      line.learner.name,
      counted?.score ?? null,
      t(`instructor.status.${line.status}`),
      counted ? t(counted.passed ? "instructor.yes" : "instructor.no") : "",
      line.attempts,
      line.flagged,
      line.identicalTo.join(sep),
      r.late === null
        ? ""
        : r.late
          ? t("instructor.csv.lateCell", { late: lateText(r.lateBy ?? 0, t) })
          : t("instructor.no"),
      r.lateBasis ? t(`instructor.csv.basis.${r.lateBasis}`) : "",
      r.receivedAt ? localDateTime(r.receivedAt) : "",
      r.createdAt ? localDateTime(r.createdAt) : "",
      ...assignment.goals.map((_, i) => {
        const g = counted?.goals?.[i];
        if (!g) return "";
        return t("instructor.csv.goalCell", {
          result: t(g.met ? "instructor.goal.met" : "instructor.goal.notMet"),
          value: metricValue(g.metric, g.actual),
        });
      }),
      ...KEY_METRICS.map((m) => {
        const v = counted?.final?.[m];
        if (v === null || v === undefined) return "";
        return isRatioMetric(m) ? asPercent(v) : v;
      }),
      (counted ?? r).leversUsed.map((l) => leverLabel(t, l)).join(sep),
      notes.join(sep),
      r.file,
    ];
  });
  return toCsv([header, ...body]);
}

export const GRADEBOOK_FORMAT = "community-ops-lab/gradebook";
export const GRADEBOOK_VERSION = 2;

/** The JSON export: every checked file, with its status and whether it counts, reasons worded. */
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
          counted: r.counted,
          score: r.score,
          replayedScore: r.replayedScore,
          passed: r.passed,
          late: r.late,
          lateBasis: r.lateBasis,
          receivedAt: r.receivedAt,
          reportedAt: r.createdAt,
          reason: r.reason ? { ...r.reason, text: reasonText(r.reason, t, lang) } : null,
          notes: r.notes.map((n) => ({ ...n, text: noteText(n, t) })),
          identicalTo: r.identicalTo,
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

/** The assignment's title in both languages, for feedback (the learner may read either). */
export function bilingualTitle(assignment: Assignment): string {
  const { "zh-cn": zh, en } = assignment.title;
  return zh === en ? zh : `${zh} / ${en}`;
}

/**
 * The whole class's feedback as one file (community-ops-lab/class-feedback): every learner with a
 * comment, once each. Each learner loads it on their progress page, which keeps only their own
 * comment. Null when no learner has a comment.
 */
export function classFeedbackFile(
  lines: readonly Pick<LearnerLine, "key" | "learner">[],
  comments: Readonly<Record<string, MentorComment | undefined>>,
  assignment: Assignment,
  mentor: string,
  createdAt: string,
): ClassFeedback | null {
  const learners = lines.flatMap((line) => {
    const comment = comments[line.key];
    const text = comment?.text.trim();
    if (!comment || !text) return [];
    return [
      {
        learner: line.learner.id
          ? { name: line.learner.name, id: line.learner.id }
          : { name: line.learner.name },
        comments: [
          {
            ...(comment.moduleId ? { moduleId: comment.moduleId } : {}),
            text,
            createdAt: comment.updatedAt,
          },
        ],
      },
    ];
  });
  if (!learners.length) return null;
  const parsed = ClassFeedbackSchema.safeParse({
    format: CLASS_FEEDBACK_FORMAT,
    version: CLASS_FEEDBACK_VERSION,
    assignment: { id: assignment.id, title: bilingualTitle(assignment).slice(0, 500) },
    mentor: { name: mentor.trim() },
    learners,
    createdAt,
  });
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
    .map(([name, v]) => `${leverLabel(t, name)} = ${leverValueText(name, v, t)}`);
  return t("instructor.summary", {
    scenario: scenarioName,
    seed: a.seed,
    weeks: a.weeks,
    goals: a.goals.map((g) => goalText(g, t, lang, assignmentRule(a))).join(listSeparator(lang)),
    locked: locked.length ? locked.join(listSeparator(lang)) : t("instructor.summary.noLocks"),
    pass: Math.round(a.passMark * 1000) / 10,
  });
}
