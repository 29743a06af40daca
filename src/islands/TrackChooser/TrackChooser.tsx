import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { makeT, type Strings } from "../../i18n/t";
import type { Track } from "../../schemas/common";
import { $progress } from "../../stores/progress";
import { chooseTrack } from "../../stores/progress-actions";
import { moduleRows, nextStep, type ModuleInfo, type TrackView } from "../../progress/dashboard";
import { TrackPath } from "../shared/TrackPath";
import "./track-chooser.css";

interface Props {
  modules: ModuleInfo[];
  tracks: TrackView[];
  progressHref: string;
  strings: Strings;
}

/**
 * The home page's four tracks as cards that choose one: the same choice as the progress page's
 * (the progress store), so either page shows what the other chose. The chosen track's path follows
 * the cards, with how far the learner is on it and the next step.
 */
export default function TrackChooser({ modules, tracks, progressHref, strings }: Props) {
  const t = makeT(strings);
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => setMounted(true), []);

  // The server renders no choice: the stored one is known only in the browser.
  const chosen = mounted ? tracks.find((x) => x.id === progress.track) : undefined;
  const rows = moduleRows(progress, modules);
  const title = (id: string) => {
    const m = modules.find((x) => x.id === id);
    return m
      ? t("progress.moduleTitle", { number: String(m.number).padStart(2, "0"), title: m.title })
      : id;
  };
  const next = chosen ? nextStep(progress, modules, chosen.path) : null;

  return (
    <div class="track-chooser">
      <ul class="tracks">
        {tracks.map((track) => {
          const isChosen = chosen?.id === track.id;
          return (
            <li
              class={isChosen ? "card is-chosen" : "card"}
              id={`track-${track.id}`}
              key={track.id}
            >
              <h3>{track.name}</h3>
              <p>{track.who}</p>
              <p class="muted">{track.focus}</p>
              <p class="path-label">{t("home.trackPath")}</p>
              <ol class="path">
                {track.path.map((id) => {
                  const m = modules.find((x) => x.id === id);
                  const done = mounted && progress.modules[id]?.completedAt !== undefined;
                  return m ? (
                    <li key={id} data-done={done ? "" : undefined}>
                      <a href={m.href} title={m.title}>
                        {String(m.number).padStart(2, "0")}
                        {done && (
                          <span class="visually-hidden"> ({t("progress.state.completed")})</span>
                        )}
                      </a>
                    </li>
                  ) : null;
                })}
              </ol>
              <p class="track-choose">
                <button
                  type="button"
                  class={isChosen ? "btn" : "btn btn-primary"}
                  aria-pressed={isChosen}
                  disabled={!mounted}
                  onClick={() => setFailed(!chooseTrack(track.id as Track))}
                >
                  {t(isChosen ? "home.track.chosen" : "home.track.choose")}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {failed && <p class="track-error">{t("progress.error.storage")}</p>}
        {chosen && (
          <section class="track-mine card" aria-labelledby="track-mine-title">
            <h3 id="track-mine-title">{t("home.track.yours", { track: chosen.name })}</h3>
            {next ? (
              <p>
                <strong>{t("progress.next")}</strong>{" "}
                <a
                  href={
                    next.action === "finish" ? `${next.module.href}#assignment` : next.module.href
                  }
                >
                  {t(next.action === "finish" ? "progress.nextFinish" : "progress.nextStart", {
                    title: title(next.module.id),
                  })}
                </a>
              </p>
            ) : (
              <p>
                <strong>{t("progress.allDone")}</strong>
              </p>
            )}
            <TrackPath track={chosen} rows={rows} title={title} t={t} />
            <p>
              <a href={progressHref}>{t("home.track.toProgress")}</a>
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
