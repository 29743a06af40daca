import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import type { MentorComment as StoredComment } from "../../schemas/feedback";
import { dateStamp, downloadText } from "../../lib/browser-files";
import {
  classFeedbackFile,
  fileSafe,
  gradebookCsv,
  gradebookJson,
} from "../../grading/gradebook/export";
import type { GradeRow, LearnerLine } from "../../grading/gradebook/gradebook";

interface Props {
  lang: Lang;
  t: T;
  assignment: Assignment;
  rows: GradeRow[];
  lines: LearnerLine[];
  comments: Readonly<Record<string, StoredComment>>;
  mentor: string;
  verifying: boolean;
  onClear: () => void;
}

/** Exports (CSV, JSON, the class's feedback as one file) and clearing the class, with a confirmation. */
export function GradeActions(p: Props) {
  const { lang, t, assignment } = p;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const exportFile = (kind: "csv" | "json") =>
    kind === "csv"
      ? downloadText(
          `${assignment.id}-grades-${dateStamp()}.csv`,
          gradebookCsv(p.rows, assignment, t, lang),
          "text/csv;charset=utf-8",
        )
      : downloadText(
          `${assignment.id}-gradebook-${dateStamp()}.json`,
          gradebookJson(p.rows, assignment, t, lang, new Date().toISOString()),
        );

  const exportFeedback = () => {
    if (!p.mentor.trim()) {
      document.getElementById("in-mentor")?.focus();
      return setMessage({ ok: false, text: t("instructor.comment.needMentor") });
    }
    const file = classFeedbackFile(
      p.lines,
      p.comments,
      assignment,
      p.mentor,
      new Date().toISOString(),
    );
    if (!file) return setMessage({ ok: false, text: t("instructor.grade.noFeedback") });
    downloadText(
      `feedback-${fileSafe(assignment.id)}-${dateStamp()}.json`,
      JSON.stringify(file, null, 2) + "\n",
    );
    setMessage({ ok: true, text: t("instructor.grade.feedbackDone", { n: file.learners.length }) });
  };

  return (
    <section class="in-section" aria-labelledby="in-gb-exports">
      <h2 id="in-gb-exports">{t("instructor.grade.exportsTitle")}</h2>
      <p class="in-actions">
        <button type="button" class="btn" onClick={() => exportFile("csv")} disabled={p.verifying}>
          {t("instructor.grade.exportCsv")}
        </button>
        <button type="button" class="btn" onClick={() => exportFile("json")} disabled={p.verifying}>
          {t("instructor.grade.exportJson")}
        </button>
        <button type="button" class="btn" onClick={exportFeedback}>
          {t("instructor.grade.exportFeedback")}
        </button>
      </p>
      <p class="muted in-hint">{t("instructor.grade.exportHint")}</p>
      <p class="muted in-hint">{t("instructor.grade.feedbackHint")}</p>
      {message && (
        <p class={message.ok ? "in-ok" : "in-bad"} role="status">
          {message.text}
        </p>
      )}
      {confirming ? (
        <div class="notice in-notice-warn" role="alert">
          <p>
            {t("instructor.grade.clearConfirm", {
              title: assignment.title[lang],
              n: p.rows.length,
            })}
          </p>
          <p class="in-actions">
            <button
              type="button"
              class="btn btn-small"
              onClick={() => {
                setConfirming(false);
                p.onClear();
              }}
            >
              {t("instructor.grade.clearYes")}
            </button>
            <button
              type="button"
              class="btn btn-small btn-primary"
              onClick={() => setConfirming(false)}
            >
              {t("instructor.grade.clearNo")}
            </button>
          </p>
        </div>
      ) : (
        <p class="in-actions">
          <button type="button" class="btn" onClick={() => setConfirming(true)}>
            {t("instructor.grade.clear")}
          </button>
        </p>
      )}
    </section>
  );
}
