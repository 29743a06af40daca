/**
 * What every section of the plan form shares: option lists in the page's language, lists of rows
 * (add focuses the new row's first field), and a text field labelled from its path.
 */
import type { ComponentChildren } from "preact";
import { newId } from "../../../lib/new-id";
import { focusField, RowList, TextField, useEditor } from "../fields";
import { addRow, moveRow, removeRow } from "../../../planner/plan-edit";

/** Options of a select in the page's language (`planner.o.<group>.<value>`). */
export function useOptions() {
  const { t } = useEditor();
  return <V extends string>(group: string, values: readonly V[]) =>
    values.map((value) => ({ value, label: t(`planner.o.${group}.${value}`) }));
}

/** A list of rows: adding one focuses its first field. */
export function List<R extends { id: string }>(props: {
  path: string;
  rows: readonly R[];
  name: string;
  make: (id: string) => R;
  first: string;
  children: (row: R, base: string, index: number) => ComponentChildren;
  movable?: boolean;
}) {
  const { change, t } = useEditor();
  const { path, rows, name, make, first, children, movable } = props;
  const item = (i: number) => t(`planner.row.${name}`, { n: i + 1 });
  return (
    <RowList
      path={path}
      rows={rows}
      itemLabel={(n) => t(`planner.row.${name}`, { n })}
      addLabel={t(`planner.add.${name}`)}
      removeLabel={(n) => t("planner.remove", { item: t(`planner.row.${name}`, { n }) })}
      onAdd={() => {
        const id = newId(name.slice(0, 2));
        change((p) => addRow(p, path, make(id)));
        focusField(`${path}.${id}.${first}`);
      }}
      onRemove={(row) => {
        change((p) => removeRow(p, path, row.id));
        focusField(path);
      }}
      extra={
        movable
          ? (row, i) => (
              <>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i === 0}
                  onClick={() => change((p) => moveRow(p, path, row.id, -1))}
                >
                  {t("planner.moveUp", { item: item(i) })}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i === rows.length - 1}
                  onClick={() => change((p) => moveRow(p, path, row.id, 1))}
                >
                  {t("planner.moveDown", { item: item(i) })}
                </button>
              </>
            )
          : undefined
      }
    >
      {(row, i) => children(row, `${path}.${row.id}`, i)}
    </RowList>
  );
}

/**
 * A text field of the plan labelled `planner.f.<path>`, with the hint `planner.h.<path>` when
 * `hint` is set; multi-line and full width unless told otherwise.
 */
export function PlanText({
  path,
  hint,
  multiline = true,
  wide = true,
  max,
}: {
  path: string;
  hint?: boolean;
  multiline?: boolean;
  wide?: boolean;
  max?: number;
}) {
  const { t } = useEditor();
  return (
    <TextField
      path={path}
      label={t(`planner.f.${path}`)}
      hint={hint ? t(`planner.h.${path}`) : undefined}
      multiline={multiline}
      maxLength={max}
      class={wide ? "wide" : undefined}
    />
  );
}
