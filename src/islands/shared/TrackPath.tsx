import type { ModuleRow, TrackView } from "../../progress/dashboard";
import type { T } from "../../i18n/t";
import "./track-path.css";

/**
 * A track's suggested path: each module linked, with how far the learner is and whether the
 * certificate requires it. The progress page and the home page's track cards show the same list.
 */
export function TrackPath({
  track,
  rows,
  title,
  t,
}: {
  track: TrackView;
  rows: readonly ModuleRow[];
  title: (moduleId: string) => string;
  t: T;
}) {
  return (
    <ol class="track-path">
      {track.path.map((id) => {
        const row = rows.find((r) => r.module.id === id);
        return (
          <li key={id} data-state={row?.state ?? "new"}>
            {row ? <a href={row.module.href}>{title(id)}</a> : title(id)}{" "}
            <span class="track-state">
              {t(`progress.state.${row?.state ?? "new"}`)}
              {track.required.includes(id) ? ` · ${t("progress.required")}` : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
