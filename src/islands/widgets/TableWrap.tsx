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
