import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useReducer, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";

import { assignmentUrl } from "../../lib/share-url";
import { copyText, dateStamp, downloadText } from "../../lib/browser-files";
import {
  $assignments,
  deleteAssignment,
  dismissAssignmentsRecovery,
  readAssignmentsRecovery,
  recoveredAssignmentsText,
  restoreAssignment,
  saveAssignment,
  type AssignmentsRecovery,
} from "../../stores/assignments";
import {
  blankForm,
  buildAssignment,
  changesGrading,
  copyForm,
  formFromAssignment,
  sameAssignment,
  sameWorld,
  type FormProblem,
  type ScenarioOption,
} from "../../grading/gradebook/builder";
import {
  initialPanel,
  panelReducer,
  type PanelNotice,
} from "../../grading/gradebook/assignments-state";
import { AssignmentBuilder, fieldId, problemText } from "./AssignmentBuilder";
import { HandOut } from "./HandOut";
import { randomUnit } from "../../lib/random";
import { RecoveryAlert } from "./RecoveryAlert";
import { SavedAssignments } from "./SavedAssignments";
import { DEFAULT_SCENARIO_ID } from "../../lib/scenarios";

interface Props {
  lang: Lang;
  t: T;
  scenarios: ScenarioOption[];
  /** The course modules' own assignments: a new one in the same world is worth a warning. */
  moduleAssignments: readonly Assignment[];
  onGrade: (assignment: Assignment) => void;
}

const focusField = (field: string | undefined) =>
  field && requestAnimationFrame(() => document.getElementById(fieldId(field))?.focus());

/** Builds, keeps and hands out assignments: the form, the saved list, export and import. */
export function AssignmentsPanel({ lang, t, scenarios, moduleAssignments, onGrade }: Props) {
  const saved = useStore($assignments);
  const [state, dispatch] = useReducer(panelReducer, undefined, () =>
    initialPanel(blankForm(DEFAULT_SCENARIO_ID, new Date(), randomUnit)),
  );
  const [recovery, setRecovery] = useState<AssignmentsRecovery | null>(null);
  useEffect(() => setRecovery(readAssignmentsRecovery()), []);

  const { form, editing, tried, confirmGrading, notice } = state;
  const current = saved.assignments.find((a) => a.id === editing) ?? null;
  const result = useMemo(() => buildAssignment(form, new Date()), [form]);
  const problems: FormProblem[] = tried && !result.ok ? result.problems : [];
  const warnings: FormProblem[] = useMemo(() => {
    if (!tried) return [];
    const twin = result.ok
      ? sameWorld(result.assignment, [...saved.assignments, ...moduleAssignments])
      : null;
    return [
      ...result.warnings,
      ...(twin ? [{ field: "seed", key: "sameWorld", values: { title: twin.title[lang] } }] : []),
    ];
  }, [tried, result, saved, moduleAssignments, lang]);
  const dirty = current === null || !result.ok || !sameAssignment(result.assignment, current);
  const say = (n: PanelNotice | null) => dispatch({ type: "say", notice: n });

  const validOrShow = (): Assignment | null => {
    dispatch({ type: "tried" });
    if (result.ok) return result.assignment;
    say({ tone: "bad", key: "instructor.builder.fix", values: { n: result.problems.length } });
    focusField(result.problems[0]?.field);
    return null;
  };

  const store = (assignment: Assignment) => {
    if (!saveAssignment(assignment)) return say({ tone: "bad", key: "instructor.error.storage" });
    dispatch({
      type: "saved",
      assignment,
      notice: {
        tone: "ok",
        key: "instructor.builder.saved",
        values: { title: assignment.title[lang] },
      },
    });
  };

  const onSave = () => {
    const assignment = validOrShow();
    if (!assignment) return;
    if (current && changesGrading(current, assignment)) dispatch({ type: "confirm", assignment });
    else store(assignment);
  };

  const onSaveCopy = () => {
    const copy = copyForm(form, new Date(), randomUnit, {
      "zh-cn": t("instructor.builder.copyMark.zh-cn"),
      en: t("instructor.builder.copyMark.en"),
    });
    const built = buildAssignment(copy, new Date());
    dispatch({ type: "change", form: copy });
    dispatch({ type: "tried" });
    if (!built.ok) {
      say({ tone: "bad", key: "instructor.builder.fix", values: { n: built.problems.length } });
      focusField(built.problems[0]?.field);
      return;
    }
    store(built.assignment);
  };

  const onPreview = () => {
    const assignment = validOrShow();
    if (assignment) window.open(assignmentUrl(lang, assignment), "_blank", "noopener");
  };

  const focusTitle = () =>
    requestAnimationFrame(() => document.getElementById("in-builder-title")?.focus());

  const remove = (a: Assignment) => {
    const deleted = deleteAssignment(a.id);
    if (!deleted) return say({ tone: "bad", key: "instructor.error.storage" });
    dispatch({
      type: "deleted",
      id: a.id,
      notice: {
        tone: "ok",
        key: "instructor.list.deleted",
        values: { title: a.title[lang] },
        undo: deleted,
      },
    });
  };

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
            setRecovery(null);
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
          form={form}
          onChange={(next) => dispatch({ type: "change", form: next })}
          problems={problems}
          warnings={warnings}
        />

        {problems.length > 0 && (
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
        )}

        {confirmGrading && (
          <div class="notice in-notice-warn" role="alert">
            <p id="in-confirm-text">{t("instructor.builder.gradingChange")}</p>
            <p class="in-actions">
              <button type="button" class="btn btn-small" onClick={() => store(confirmGrading)}>
                {t("instructor.builder.saveAnyway")}
              </button>
              <button type="button" class="btn btn-small btn-primary" onClick={onSaveCopy}>
                {t("instructor.builder.saveCopy")}
              </button>
              <button
                type="button"
                class="btn btn-small"
                onClick={() => dispatch({ type: "confirm", assignment: null })}
              >
                {t("instructor.builder.keepEditing")}
              </button>
            </p>
          </div>
        )}

        <p class="in-actions in-builder-actions">
          <button type="button" class="btn btn-primary" onClick={onSave}>
            {editing ? t("instructor.builder.saveChanges") : t("instructor.builder.save")}
          </button>
          <button type="button" class="btn" onClick={onPreview}>
            {t("instructor.builder.preview")}
          </button>
          {editing && (
            <button type="button" class="btn" onClick={onSaveCopy}>
              {t("instructor.builder.saveCopy")}
            </button>
          )}
          <button
            type="button"
            class="btn"
            onClick={() => {
              dispatch({ type: "new", form: blankForm(form.scenario, new Date(), randomUnit) });
              focusTitle();
            }}
          >
            {t("instructor.builder.new")}
          </button>
        </p>

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
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => {
                    if (restoreAssignment(notice.undo!))
                      say({
                        tone: "ok",
                        key: "instructor.list.restored",
                        values: { title: notice.undo!.assignment.title[lang] },
                      });
                  }}
                >
                  {t("instructor.list.undo")}
                </button>
              )}
            </div>
          )}
        </div>

        {current && (
          <HandOut
            lang={lang}
            t={t}
            assignment={current}
            stale={dirty}
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
        onEdit={(a) => {
          dispatch({ type: "edit", id: a.id, form: formFromAssignment(a) });
          focusTitle();
        }}
        onGrade={onGrade}
        onDelete={remove}
        say={say}
      />
    </div>
  );
}
