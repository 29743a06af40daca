import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useReducer, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { assignmentUrl } from "../../lib/share-url";
import {
  $assignments,
  deleteAssignment,
  readAssignmentsRecovery,
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
} from "../../grading/gradebook/builder";
import {
  initialPanel,
  panelReducer,
  type PanelNotice,
} from "../../grading/gradebook/assignments-state";
import { randomUnit } from "../../lib/random";
import { DEFAULT_SCENARIO_ID } from "../../lib/scenarios";
import { fieldId } from "./AssignmentBuilder";

const focusField = (field: string | undefined) =>
  field && requestAnimationFrame(() => document.getElementById(fieldId(field))?.focus());
const focusTitle = () =>
  requestAnimationFrame(() => document.getElementById("in-builder-title")?.focus());

/**
 * The Assignments tab's model: the form's state (grading/gradebook/assignments-state.ts), the
 * saved assignments, what the form would build and what is wrong with it, and the actions —
 * save (asking first when saving would change how earlier submissions are graded), save a copy,
 * preview, new, edit, delete with undo.
 */
export function useAssignmentsPanel(lang: Lang, t: T, moduleAssignments: readonly Assignment[]) {
  const saved = useStore($assignments);
  const [state, dispatch] = useReducer(panelReducer, undefined, () =>
    initialPanel(blankForm(DEFAULT_SCENARIO_ID, new Date(), randomUnit)),
  );
  const [recovery, setRecovery] = useState<AssignmentsRecovery | null>(null);
  useEffect(() => setRecovery(readAssignmentsRecovery()), []);

  const { form, editing, tried, confirmGrading } = state;
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

  return {
    ...state,
    saved,
    current,
    problems,
    warnings,
    dirty,
    recovery,
    dismissRecovery: () => setRecovery(null),
    say,
    change: (next: typeof form) => dispatch({ type: "change", form: next }),
    save: onSave,
    saveCopy: onSaveCopy,
    saveAnyway: () => confirmGrading && store(confirmGrading),
    keepEditing: () => dispatch({ type: "confirm", assignment: null }),
    preview: onPreview,
    newForm: () => {
      dispatch({ type: "new", form: blankForm(form.scenario, new Date(), randomUnit) });
      focusTitle();
    },
    edit: (a: Assignment) => {
      dispatch({ type: "edit", id: a.id, form: formFromAssignment(a) });
      focusTitle();
    },
    remove,
    undo: (undo: NonNullable<PanelNotice["undo"]>) => {
      if (restoreAssignment(undo))
        say({
          tone: "ok",
          key: "instructor.list.restored",
          values: { title: undo.assignment.title[lang] },
        });
    },
  };
}
