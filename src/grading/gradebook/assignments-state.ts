/**
 * The Assignments tab's state as a pure reducer: the builder's form, which saved assignment it
 * edits, whether problems are shown yet, a pending "this changes grading" confirmation and the
 * notice under the form. The island holds it with useReducer; storage stays in the island.
 */
import type { Assignment } from "../../schemas/assignment";
import type { BuilderForm } from "./builder";

/** A notice as keys and values; the island words it in the page's language. */
export interface PanelNotice {
  tone: "ok" | "warn" | "bad";
  key: string;
  values?: Record<string, string | number>;
  /** Lines under it (an import's file-by-file report), already worded. */
  list?: string[];
  /** A deleted assignment that "undo" puts back. */
  undo?: { assignment: Assignment; index: number };
}

export interface PanelState {
  form: BuilderForm;
  /** The saved assignment the form edits; null for a new one. */
  editing: string | null;
  /** Problems show once the instructor first tries to save or preview. */
  tried: boolean;
  /** Saving would change how earlier submissions are graded: asked first. */
  confirmGrading: Assignment | null;
  notice: PanelNotice | null;
}

export type PanelAction =
  | { type: "change"; form: BuilderForm }
  /** A fresh form (new assignment). */
  | { type: "new"; form: BuilderForm }
  /** Edit a saved assignment with this form. */
  | { type: "edit"; id: string; form: BuilderForm }
  | { type: "tried" }
  | { type: "confirm"; assignment: Assignment | null }
  /** Saved under its id: the form now edits it. */
  | { type: "saved"; assignment: Assignment; notice: PanelNotice }
  | { type: "deleted"; id: string; notice: PanelNotice }
  | { type: "say"; notice: PanelNotice | null };

export const initialPanel = (form: BuilderForm): PanelState => ({
  form,
  editing: null,
  tried: false,
  confirmGrading: null,
  notice: null,
});

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case "change":
      return { ...state, form: action.form };
    case "new":
      return initialPanel(action.form);
    case "edit":
      return { ...initialPanel(action.form), editing: action.id };
    case "tried":
      return { ...state, tried: true };
    case "confirm":
      return { ...state, confirmGrading: action.assignment };
    case "saved":
      return {
        ...state,
        editing: action.assignment.id,
        confirmGrading: null,
        notice: action.notice,
      };
    case "deleted":
      return {
        ...state,
        editing: state.editing === action.id ? null : state.editing,
        notice: action.notice,
      };
    case "say":
      return { ...state, notice: action.notice };
  }
}
