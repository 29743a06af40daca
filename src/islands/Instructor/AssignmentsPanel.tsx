import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { copyText, dateStamp, downloadText } from "../../lib/browser-files";
import { dismissAssignmentsRecovery, recoveredAssignmentsText } from "../../stores/assignments";
import type { ScenarioOption } from "../../grading/gradebook/builder";
import { AssignmentBuilder } from "./AssignmentBuilder";
import { FormProblems, GradingConfirm, PanelNoticeView } from "./BuilderFeedback";
import { HandOut } from "./HandOut";
import { RecoveryAlert } from "./RecoveryAlert";
import { SavedAssignments } from "./SavedAssignments";
import { useAssignmentsPanel } from "./useAssignmentsPanel";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  /** The course modules' own assignments: a new one in the same world is worth a warning. */
  moduleAssignments: readonly Assignment[];
  onGrade: (assignment: Assignment) => void;
}

/** Builds, keeps and hands out assignments: the form, the saved list, export and import. */
export function AssignmentsPanel({ lang, t, scenarios, moduleAssignments, onGrade }: Props) {
  const panel = useAssignmentsPanel(lang, t, moduleAssignments);
  const { editing, current, recovery } = panel;

  return (
    <div class="in-assignments">
      {recovery && (
        <RecoveryAlert
          t={t}
          message={t(recovery.whole ? "instructor.recovery.whole" : "instructor.recovery.some", {
            n: recovery.dropped,
          })}
          onDownload={() => {
            const text = recoveredAssignmentsText(recovery);
            if (text !== null)
              downloadText(`assignments-unreadable-${dateStamp()}.txt`, text, "text/plain");
          }}
          onDismiss={() => {
            dismissAssignmentsRecovery();
            panel.dismissRecovery();
          }}
        />
      )}

      <section class="in-section" aria-labelledby="in-builder-title">
        <h2 id="in-builder-title" tabIndex={-1}>
          {editing
            ? t("instructor.builder.editTitle", { title: current?.title[lang] ?? editing })
            : t("instructor.builder.newTitle")}
        </h2>
        {editing && (
          <p class="muted in-hint">{t("instructor.builder.editHint", { id: editing })}</p>
        )}
        <AssignmentBuilder
          t={t}
          scenarios={scenarios}
          form={panel.form}
          onChange={panel.change}
          problems={panel.problems}
          warnings={panel.warnings}
        />
        <FormProblems t={t} problems={panel.problems} />
        {panel.confirmGrading && (
          <GradingConfirm
            t={t}
            onSaveAnyway={panel.saveAnyway}
            onSaveCopy={panel.saveCopy}
            onKeepEditing={panel.keepEditing}
          />
        )}

        <p class="in-actions in-builder-actions">
          <button type="button" class="btn btn-primary" onClick={panel.save}>
            {editing ? t("instructor.builder.saveChanges") : t("instructor.builder.save")}
          </button>
          <button type="button" class="btn" onClick={panel.preview}>
            {t("instructor.builder.preview")}
          </button>
          {editing && (
            <button type="button" class="btn" onClick={panel.saveCopy}>
              {t("instructor.builder.saveCopy")}
            </button>
          )}
          <button type="button" class="btn" onClick={panel.newForm}>
            {t("instructor.builder.new")}
          </button>
        </p>

        <PanelNoticeView t={t} notice={panel.notice} onUndo={panel.undo} />

        {current && (
          <HandOut
            lang={lang}
            t={t}
            assignment={current}
            stale={panel.dirty}
            onGrade={() => onGrade(current)}
            copy={copyText}
          />
        )}
      </section>

      <SavedAssignments
        lang={lang}
        t={t}
        scenarios={scenarios}
        editing={editing}
        onEdit={panel.edit}
        onGrade={onGrade}
        onDelete={panel.remove}
        say={panel.say}
      />
    </div>
  );
}
