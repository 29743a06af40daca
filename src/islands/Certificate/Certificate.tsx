import { useEffect, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import { useStore } from "@nanostores/preact";
import { makeT, type Strings } from "../../i18n/t";
import {
  certificateCode,
  completedModules,
  normalizeName,
  remainingModules,
} from "../../grading/certificate";
import { $progress } from "../../stores/progress";
import { RecoveryNotice } from "../RecoveryNotice/RecoveryNotice";
import type { ModuleInfo, TrackView } from "../../progress/dashboard";
import { formatDate } from "../../progress/format";
import { percent } from "../../grading/quiz-view";
import { CodeChecker } from "./CodeChecker";
import "./certificate.css";

interface Props {
  lang: string;
  modules: ModuleInfo[];
  /** The modules' simulation assignments, by module id: their scores can be replayed from files. */
  simulations: Record<string, Assignment>;
  tracks: TrackView[];
  progressHref: string;
  strings: Strings;
}

export default function Certificate({
  lang,
  modules,
  simulations,
  tracks,
  progressHref,
  strings,
}: Props) {
  const t = makeT(strings);
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<{ name: string; at: string } | null>(null);
  const [nameError, setNameError] = useState(false);
  useEffect(() => setMounted(true), []);

  const title = (id: string) => {
    const m = modules.find((x) => x.id === id);
    return m
      ? t("cert.moduleTitle", { number: String(m.number).padStart(2, "0"), title: m.title })
      : id;
  };
  const track = tracks.find((x) => x.id === progress.track);
  const remaining = track ? remainingModules(progress, track.required) : [];
  const listed = completedModules(progress);
  const score = (s: number | null) => (s === null ? "—" : percent(s));

  const issue = (event: Event) => {
    event.preventDefault();
    const clean = normalizeName(name);
    if (!clean) return setNameError(true);
    setNameError(false);
    setIssued({ name: clean, at: new Date().toISOString() });
  };

  let body;
  if (!mounted) body = <p class="muted">{t("cert.loading")}</p>;
  else if (!track)
    body = (
      <p>
        {t("cert.noTrack")} <a href={progressHref}>{t("cert.toProgress")}</a>
      </p>
    );
  else if (remaining.length > 0)
    body = (
      <>
        <p>{t("cert.remaining", { track: track.name, count: remaining.length })}</p>
        <ul class="cert-remaining">
          {remaining.map((id) => {
            const m = modules.find((x) => x.id === id);
            return (
              <li key={id}>{m ? <a href={`${m.href}#assignment`}>{title(id)}</a> : title(id)}</li>
            );
          })}
        </ul>
        <p>
          <a href={progressHref}>{t("cert.toProgress")}</a>
        </p>
      </>
    );
  else
    body = (
      <>
        <p class="no-print">{t("cert.ready", { track: track.name })}</p>
        <form class="cert-form no-print" onSubmit={issue} noValidate>
          <label for="cert-name">{t("cert.name")}</label>
          <input
            id="cert-name"
            type="text"
            maxLength={100}
            autoComplete="name"
            value={name}
            aria-invalid={nameError ? "true" : undefined}
            aria-describedby="cert-name-help"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="btn btn-primary">
            {t("cert.issue")}
          </button>
          <p id="cert-name-help" class={nameError ? "cert-error" : "muted"}>
            {t(nameError ? "cert.nameMissing" : "cert.nameHelp")}
          </p>
        </form>
        {issued && (
          <>
            <article class="certificate" aria-labelledby="cert-heading">
              <p class="cert-course">{t("cert.course")}</p>
              <h2 id="cert-heading">{t("cert.heading")}</h2>
              <p>{t("cert.certifies")}</p>
              <p class="cert-name">{issued.name}</p>
              <p>{t("cert.completed", { track: track.name, count: listed.length })}</p>
              <table class="cert-table">
                <thead>
                  <tr>
                    <th scope="col">{t("cert.col.module")}</th>
                    <th scope="col">{t("cert.col.quiz")}</th>
                    <th scope="col">{t("cert.col.assignment")}</th>
                    <th scope="col">{t("cert.col.date")}</th>
                    <th scope="col">{t("cert.col.evidence")}</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">
                        {title(m.id)}
                        {track.required.includes(m.id) ? ` · ${t("cert.required")}` : ""}
                      </th>
                      <td>{score(m.quizBest)}</td>
                      <td>{score(m.assignmentBest)}</td>
                      <td>{formatDate(lang, m.completedAt)}</td>
                      <td>
                        {t(
                          simulations[m.id] ? "cert.evidence.replayable" : "cert.evidence.browser",
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="cert-issued">{t("cert.issuedOn", { date: formatDate(lang, issued.at) })}</p>
              <p class="cert-code">
                {t("cert.code")} <code>{certificateCode(progress, issued.name)}</code>
              </p>
              <p class="cert-self">{t("cert.selfIssued")}</p>
            </article>
            <p class="no-print">
              <button type="button" class="btn btn-primary" onClick={() => print()}>
                {t("cert.print")}
              </button>
            </p>
          </>
        )}
      </>
    );

  return (
    <div class="cert-page">
      <div class="no-print">
        <RecoveryNotice strings={strings} />
      </div>
      <section aria-labelledby="cert-get" class="cert-section">
        <h2 id="cert-get" class="no-print">
          {t("cert.get")}
        </h2>
        {body}
      </section>
      <CodeChecker modules={modules} t={t} title={title} simulations={simulations} />
    </div>
  );
}
