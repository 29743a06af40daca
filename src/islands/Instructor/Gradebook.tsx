import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { $mentorNotes, dismissNotesRecovery, readNotesRecovery } from "../../stores/mentor-notes";
import { classView, learnerLines } from "../../grading/gradebook/gradebook";
import { ClassView } from "./ClassView";
import { FileIntake } from "./FileIntake";
import { GradeActions } from "./GradeActions";
import { GradebookAssignment } from "./GradebookAssignment";
import { GradesPanel } from "./GradesPanel";
import type { ModuleOption, ScenarioOption } from "../../grading/gradebook/builder";
import { RecoveryAlert } from "./RecoveryAlert";
import { LIVE_TABLE_MAX, useGradebook } from "./useGradebook";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  modules: ModuleOption[];
  /** An assignment chosen in the Assignments tab ("Grade submissions"). */
  handed: Assignment | null;
}

/**
 * The gradebook: the official assignment, the class's files (kept in this browser, verified by
 * replay in workers), the grades with each learner's counted attempt, exports, and the class view.
 */
export function Gradebook({ lang, t, scenarios, modules, handed }: Props) {
  const book = useGradebook(handed);
  const notes = useStore($mentorNotes);
  const [notesRecovery, setNotesRecovery] = useState<string | null>(null);
  useEffect(() => setNotesRecovery(readNotesRecovery()), []);

  const { state, rows, progress, verifying } = book;
  const assignment = state.assignment;
  const figures = useMemo(() => classView(rows), [rows]);
  const lines = useMemo(() => learnerLines(rows), [rows]);
  const comments = (assignment && notes.notes[assignment.id]) || {};
  const waiting = assignment ? 0 : state.files.length;

  return (
    <div class="in-gradebook">
      {notesRecovery && (
        <RecoveryAlert
          t={t}
          message={t("instructor.recovery.notes", { key: notesRecovery })}
          onDismiss={() => {
            dismissNotesRecovery();
            setNotesRecovery(null);
          }}
        />
      )}
      {book.storageNote && (
        <RecoveryAlert
          t={t}
          message={t(`instructor.grade.storage.${book.storageNote}`)}
          onDismiss={book.dismissStorageNote}
        />
      )}

      <GradebookAssignment
        lang={lang}
        t={t}
        scenarios={scenarios}
        assignment={assignment}
        onChoose={(a) => void book.open(a)}
      />

      <FileIntake lang={lang} t={t} book={book} waiting={waiting} />

      {assignment && rows.length > 0 && (
        <>
          <GradesPanel
            lang={lang}
            t={t}
            assignment={assignment}
            rows={rows}
            figures={figures}
            countRule={state.countRule}
            onCountRule={book.setCountRule}
            verifying={verifying && progress.total > LIVE_TABLE_MAX}
            comments={comments}
            mentor={notes.mentor}
            modules={modules}
          />
          <GradeActions
            lang={lang}
            t={t}
            assignment={assignment}
            rows={rows}
            lines={lines}
            comments={comments}
            mentor={notes.mentor}
            verifying={verifying}
            onClear={book.clear}
          />
          <section class="in-section" aria-labelledby="in-gb-class">
            <h2 id="in-gb-class">{t("instructor.class.title")}</h2>
            {verifying ? (
              <p class="muted">{t("instructor.class.wait")}</p>
            ) : (
              <ClassView lang={lang} t={t} view={figures} />
            )}
          </section>
        </>
      )}
    </div>
  );
}
