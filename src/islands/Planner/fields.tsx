import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import type { Plan } from "../../schemas/plan";
import { parseNum, type NumRule } from "../../widgets/numbers";
import { numError } from "../widgets/NumField";
import type { T } from "../../i18n/t";
import { fieldId, getField } from "../../planner/plan-edit";
import "./fields.css";

export interface PlanEditor {
  plan: Plan;
  /** Sets one field (see plan-edit.ts for paths). */
  set: (path: string, value: unknown) => void;
  /** Replaces the plan with a changed copy (for list operations). */
  change: (update: (plan: Plan) => Plan) => void;
  t: T;
}

export const EditorContext = createContext<PlanEditor | null>(null);

export function useEditor(): PlanEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("Planner fields must be inside an EditorContext provider");
  return editor;
}

interface FieldProps {
  path: string;
  label: string;
  hint?: string;
  /** Extra class on the wrapper, e.g. "wide" to span the row. */
  class?: string;
}

function Hint({ path, hint }: { path: string; hint?: string }) {
  return hint ? (
    <span class="pl-hint" id={`${fieldId(path)}-hint`}>
      {hint}
    </span>
  ) : null;
}

export function TextField({
  path,
  label,
  hint,
  multiline,
  maxLength = 4000,
  class: cls,
}: FieldProps & { multiline?: boolean; maxLength?: number }) {
  const { plan, set } = useEditor();
  const id = fieldId(path);
  const value = String(getField(plan, path) ?? "");
  const common = {
    id,
    value,
    maxLength,
    "aria-describedby": hint ? `${id}-hint` : undefined,
    onInput: (e: Event) => set(path, (e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`pl-field ${cls ?? ""}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
      <Hint path={path} hint={hint} />
    </div>
  );
}

/**
 * A number that may be left empty (null). What is typed stays on screen while it is not a valid
 * number, with a message; only valid numbers reach the plan, so a stored plan always validates.
 */
export function NumberField({
  path,
  label,
  hint,
  rule,
  unit,
  required,
  class: cls,
}: FieldProps & { rule: NumRule; unit?: string; required?: boolean }) {
  const { plan, set, t } = useEditor();
  const id = fieldId(path);
  const stored = getField(plan, path) as number | null | undefined;
  const [draft, setDraft] = useState(stored == null ? "" : String(stored));
  // An outside change to the stored value (another plan opened, an import) replaces the draft;
  // the learner's own valid typing already matches it, so it is left alone.
  useEffect(() => {
    if ((parseNum(draft, rule).value ?? null) !== (stored ?? null)) {
      setDraft(stored == null ? "" : String(stored));
    }
  }, [stored, plan.id]);
  const parsed = parseNum(draft, rule);
  const error = draft.trim() === "" && !required ? undefined : numError(t, parsed, rule);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-err` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={`pl-field pl-num ${cls ?? ""}`}>
      <label for={id}>{label}</label>
      <span class="pl-num-row">
        <input
          id={id}
          type="text"
          inputMode={rule.integer ? "numeric" : "decimal"}
          autoComplete="off"
          value={draft}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDraft(text);
            if (text.trim() === "") {
              if (!required) set(path, null);
            } else {
              const next = parseNum(text, rule);
              if (next.value !== undefined) set(path, next.value);
            }
          }}
        />
        {unit && <span class="pl-unit">{unit}</span>}
      </span>
      {error && (
        <span class="pl-err" id={`${id}-err`}>
          {error}
        </span>
      )}
      <Hint path={path} hint={hint} />
    </div>
  );
}

export function SelectField<V extends string>({
  path,
  label,
  hint,
  options,
  emptyLabel,
  class: cls,
}: FieldProps & { options: readonly { value: V; label: string }[]; emptyLabel?: string }) {
  const { plan, set } = useEditor();
  const id = fieldId(path);
  const value = getField(plan, path) as V | null;
  return (
    <div class={`pl-field ${cls ?? ""}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          set(path, v === "" ? null : v);
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint path={path} hint={hint} />
    </div>
  );
}

export function CheckField({ path, label, hint, class: cls }: FieldProps) {
  const { plan, set } = useEditor();
  const id = fieldId(path);
  return (
    <div class={`pl-field pl-check ${cls ?? ""}`}>
      <input
        id={id}
        type="checkbox"
        checked={getField(plan, path) === true}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => set(path, e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <Hint path={path} hint={hint} />
    </div>
  );
}

/** A time of day; clearing it is allowed only where the plan accepts no time (`nullable`). */
export function TimeField({
  path,
  label,
  nullable,
  class: cls,
}: FieldProps & { nullable?: boolean }) {
  const { plan, set } = useEditor();
  const id = fieldId(path);
  const value = (getField(plan, path) as string | null) ?? "";
  return (
    <div class={`pl-field pl-time ${cls ?? ""}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        required={!nullable}
        onInput={(e) => {
          const v = e.currentTarget.value;
          if (/^([01]\d|2[0-3]):[0-5]\d$/.test(v)) set(path, v);
          else if (v === "" && nullable) set(path, null);
        }}
      />
    </div>
  );
}

/** A section of the form, with its anchor and a line on what the modules ask of it. */
export function Section({
  id,
  title,
  help,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="pl-section" id={`sec-${id}`} aria-labelledby={`sec-${id}-h`}>
      <h2 id={`sec-${id}-h`} tabIndex={-1}>
        {title}
      </h2>
      {help && <p class="pl-help">{help}</p>}
      {children}
    </section>
  );
}

/**
 * The rows of a list in the plan (personas, events, tiers, …), each in a card with a remove
 * button, and an add button whose id is the list's field id (checks point "add one" at it).
 */
export function RowList<R extends { id: string }>({
  path,
  rows,
  itemLabel,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
  children,
  extra,
}: {
  path: string;
  rows: readonly R[];
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  onAdd: () => void;
  onRemove: (row: R) => void;
  children: (row: R, index: number) => ComponentChildren;
  /** Buttons beside remove (e.g. move up and down). */
  extra?: (row: R, index: number) => ComponentChildren;
}) {
  return (
    <div class="pl-rows">
      {rows.map((row, i) => (
        <fieldset class="pl-row" key={row.id}>
          <legend>{itemLabel(i + 1)}</legend>
          <div class="pl-grid">{children(row, i)}</div>
          <div class="pl-row-actions">
            {extra?.(row, i)}
            <button type="button" class="btn btn-small" onClick={() => onRemove(row)}>
              {removeLabel(i + 1)}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" class="btn btn-small pl-add" id={fieldId(path)} onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}

/**
 * Brings a field into view and focuses it, once the next render has put it on the page. Falls
 * back to the heading of the field's section when the field itself is not there.
 */
export function focusField(path: string): void {
  requestAnimationFrame(() => {
    const target =
      document.getElementById(fieldId(path)) ??
      document.getElementById(`sec-${path.split(".")[0]}-h`);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  });
}
