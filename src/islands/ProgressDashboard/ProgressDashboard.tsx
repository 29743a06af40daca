import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { makeT, type Strings } from "../../i18n/t";
import type { Track } from "../../schemas/common";
import { $progress } from "../../stores/progress";
import { chooseTrack } from "../../stores/progress-actions";
import { RecoveryNotice } from "../RecoveryNotice/RecoveryNotice";
import { percent } from "../../grading/quiz-view";
import {
  moduleRows,
  nextStep,
  summary,
  type ModuleInfo,
  type TrackView,
} from "../../progress/dashboard";
import { ScoreChart } from "./ScoreChart";
import { FeedbackPanel } from "./FeedbackPanel";
import { DataPanel } from "./DataPanel";
import "./dashboard.css";

interface Props {
  lang: string;
  modules: ModuleInfo[];
  tracks: TrackView[];
  /** Link to the certificate page. */
  certificateHref: string;
  strings: Strings;
}

export default function ProgressDashboard({
  lang,
  modules,
  tracks,
  certificateHref,
  strings,
}: Props) {
  const t = makeT(strings);
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  if (!mounted) {
    return <p class="muted">{t("progress.loading")}</p>;
  }

  const rows = moduleRows(progress, modules);
  const totals = summary(rows);
  const track = tracks.find((x) => x.id === progress.track);
  const next = nextStep(progress, modules, track?.path);
  const requiredDone = track
    ? track.required.filter((id) => progress.modules[id]?.completedAt).length
    : 0;
  const title = (id: string) => {
    const m = modules.find((x) => x.id === id);
    return m
      ? t("progress.moduleTitle", { number: String(m.number).padStart(2, "0"), title: m.title })
      : id;
  };

  return (
    <div class="dashboard">
      <RecoveryNotice strings={strings} />

      <section aria-labelledby="overview-title" class="dash-section">
        <h2 id="overview-title">{t("progress.overview")}</h2>
        <p class="dash-big">
          {t("progress.completedCount", { done: totals.completed, total: totals.total })}
        </p>
        <div
          class="dash-bar"
          role="progressbar"
          aria-label={t("progress.overview")}
          aria-valuemin={0}
          aria-valuemax={totals.total}
          aria-valuenow={totals.completed}
        >
          <span style={`width:${totals.total ? (100 * totals.completed) / totals.total : 0}%`} />
        </div>
        <p class="muted">
          {t("progress.readCount", { read: totals.read, attempts: totals.attempts })}
        </p>
        {next ? (
          <p class="dash-next">
            <strong>{t("progress.next")}</strong>{" "}
            <a
              href={next.action === "finish" ? `${next.module.href}#assignment` : next.module.href}
            >
              {t(next.action === "finish" ? "progress.nextFinish" : "progress.nextStart", {
                title: title(next.module.id),
              })}
            </a>
          </p>
        ) : (
          <p class="dash-next">
            <strong>{t("progress.allDone")}</strong>{" "}
            <a href={certificateHref}>{t("progress.toCertificate")}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="track-title" class="dash-section">
        <h2 id="track-title">{t("progress.track")}</h2>
        <fieldset class="dash-tracks">
          <legend>{t("progress.trackChoose")}</legend>
          {tracks.map((option) => (
            <label class="dash-track" key={option.id}>
              <input
                type="radio"
                name="track"
                value={option.id}
                checked={progress.track === option.id}
                onChange={() => chooseTrack(option.id as Track)}
              />
              <span>
                <strong>{option.name}</strong>
                <span class="muted"> — {option.who}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {track ? (
          <>
            <p>{track.focus}</p>
            <p>
              {t("progress.requiredCount", { done: requiredDone, total: track.required.length })}{" "}
              <a href={certificateHref}>{t("progress.toCertificate")}</a>
            </p>
            <h3>{t("progress.path")}</h3>
            <ol class="dash-path">
              {track.path.map((id) => {
                const row = rows.find((r) => r.module.id === id);
                return (
                  <li key={id} data-state={row?.state ?? "new"}>
                    {row ? <a href={row.module.href}>{title(id)}</a> : title(id)}{" "}
                    <span class="dash-state">
                      {t(`progress.state.${row?.state ?? "new"}`)}
                      {track.required.includes(id) ? ` · ${t("progress.required")}` : ""}
                    </span>
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <p class="muted">{t("progress.noTrack")}</p>
        )}
      </section>

      <section aria-labelledby="modules-title" class="dash-section">
        <h2 id="modules-title">{t("progress.modules")}</h2>
        <div class="table-wrap">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{t("progress.col.module")}</th>
                <th scope="col">{t("progress.col.state")}</th>
                <th scope="col">{t("progress.col.quiz")}</th>
                <th scope="col">{t("progress.col.assignment")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.module.id} data-module={row.module.id} data-state={row.state}>
                  <th scope="row">
                    <a href={row.module.href}>{title(row.module.id)}</a>
                  </th>
                  <td>{t(`progress.state.${row.state}`)}</td>
                  <td>
                    {row.quizBest === undefined
                      ? "—"
                      : t("progress.quizBest", {
                          score: percent(row.quizBest),
                          attempts: row.attempts,
                        })}
                  </td>
                  <td>
                    {t(`assignment.status.${row.assignment}`)}
                    {row.assignmentBest !== undefined && ` · ${percent(row.assignmentBest)}`}
                    {row.written && (
                      <span class="dash-written">
                        {t("progress.written", {
                          status: t(`assignment.status.${row.written.status}`),
                        })}
                        {row.written.best !== undefined && ` · ${percent(row.written.best)}`}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <ScoreChart lang={lang} progress={progress} title={title} t={t} />
      <FeedbackPanel lang={lang} progress={progress} title={title} t={t} />
      <DataPanel progress={progress} t={t} />
    </div>
  );
}
