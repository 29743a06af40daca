import type { ComponentChildren } from "preact";

/** A table of the progress page (column headings, then the rows), scrolling sideways when narrow. */
export function DashTable({
  columns,
  children,
}: {
  columns: readonly string[];
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class="dash-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
