import type { ComponentChildren } from "preact";

/**
 * A table that may scroll sideways on a narrow screen: the scrolling box is a labelled region
 * that takes keyboard focus, so the part out of view can be reached without a mouse.
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="w-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

interface DataTableProps {
  /** The table's caption, also the label of its scrolling region. */
  caption: string;
  /** Column headings, left to right. */
  columns: readonly string[];
  /** The body rows (`<tr>` elements). */
  children: ComponentChildren;
}

/** A widget's data table (the text alternative of its chart): caption, column headings, rows. */
export function DataTable({ caption, columns, children }: DataTableProps) {
  return (
    <TableWrap label={caption}>
      <table class="w-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}
