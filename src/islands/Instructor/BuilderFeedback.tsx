import type { PanelNotice } from "../../grading/gradebook/assignments-state";
import type { FormProblem } from "../../grading/gradebook/builder";
import type { T } from "../../i18n/t";
import { fieldId, problemText } from "./AssignmentBuilder";

/** What to fix before the form can be saved, each a link to its field. */
export function FormProblems({ t, problems }: { t: T; problems: readonly FormProblem[] }) {
  if (!problems.length) return null;
  return (
    <div class="notice in-notice-bad" role="group" aria-labelledby="in-problems-title">
      <p id="in-problems-title">{t("instructor.builder.fix", { n: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <a
              href={`#${fieldId(p.field)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(p.field))?.focus();
              }}
            >
              {problemText(p, t)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Saving would change how earlier submissions are graded: save anyway, save a copy, or keep editing. */
export function GradingConfirm(p: {
  t: T;
  onSaveAnyway: () => void;
  onSaveCopy: () => void;
  onKeepEditing: () => void;
}) {
  const { t } = p;
  return (
    <div class="notice in-notice-warn" role="alert">
      <p id="in-confirm-text">{t("instructor.builder.gradingChange")}</p>
      <p class="in-actions">
        <button type="button" class="btn btn-small" onClick={p.onSaveAnyway}>
          {t("instructor.builder.saveAnyway")}
        </button>
        <button type="button" class="btn btn-small btn-primary" onClick={p.onSaveCopy}>
          {t("instructor.builder.saveCopy")}
        </button>
        <button type="button" class="btn btn-small" onClick={p.onKeepEditing}>
          {t("instructor.builder.keepEditing")}
        </button>
      </p>
    </div>
  );
}

/** The notice under the form (saved, deleted with undo, imported with its report), read aloud. */
export function PanelNoticeView(p: {
  t: T;
  notice: PanelNotice | null;
  onUndo: (undo: NonNullable<PanelNotice["undo"]>) => void;
}) {
  const { t, notice } = p;
  return (
    <div class="in-live" aria-live="polite">
      {notice && (
        <div class={`notice in-notice-${notice.tone}`}>
          <p>{t(notice.key, notice.values)}</p>
          {notice.list && (
            <ul>
              {notice.list.map((line, j) => (
                <li key={j}>{line}</li>
              ))}
            </ul>
          )}
          {notice.undo && (
            <button type="button" class="btn btn-small" onClick={() => p.onUndo(notice.undo!)}>
              {t("instructor.list.undo")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
