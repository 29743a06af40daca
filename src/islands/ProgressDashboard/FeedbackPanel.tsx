import { useState } from "preact/hooks";
import type { Progress } from "../../schemas/progress";
import { parseFeedback } from "../../schemas/progress-codec";
import { addFeedback, removeFeedback } from "../../stores/progress-actions";
import { errorText } from "../RecoveryNotice/errors";
import { readText } from "../../lib/browser-files";
import { formatDate } from "./format";
import type { T } from "./ProgressDashboard";

interface Props {
  lang: string;
  progress: Progress;
  title: (moduleId: string) => string;
  t: T;
}

/** Mentor feedback files (community-ops-lab/feedback v1) the learner loads from their instructor. */
export function FeedbackPanel({ lang, progress, title, t }: Props) {
  const [messages, setMessages] = useState<{ ok: boolean; text: string }[]>([]);

  const load = async (files: FileList | null) => {
    const out: { ok: boolean; text: string }[] = [];
    for (const file of Array.from(files ?? [])) {
      const text = await readText(file);
      const parsed = text === null ? null : parseFeedback(text);
      if (parsed?.ok) {
        const saved = addFeedback(parsed.value);
        out.push({
          ok: saved,
          text: saved
            ? t("progress.feedback.loaded", { file: file.name })
            : t("progress.error.storage"),
        });
      } else {
        const reason = parsed ? errorText(t, parsed.error, parsed.path) : errorText(t, "read");
        out.push({ ok: false, text: t("progress.feedback.refused", { file: file.name, reason }) });
      }
    }
    setMessages(out);
  };

  return (
    <section aria-labelledby="feedback-title" class="dash-section">
      <h2 id="feedback-title">{t("progress.feedback.title")}</h2>
      <p class="muted">{t("progress.feedback.intro")}</p>
      <p>
        <input
          id="feedback-file"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void load(input.files).then(() => (input.value = ""));
          }}
        />
        <label class="btn" for="feedback-file">
          {t("progress.feedback.load")}
        </label>
      </p>
      <div aria-live="polite">
        {messages.map((m, i) => (
          <p key={i} class={m.ok ? "dash-ok" : "dash-bad"}>
            {m.text}
          </p>
        ))}
      </div>
      {progress.feedback.length === 0 ? (
        <p class="muted">{t("progress.feedback.none")}</p>
      ) : (
        progress.feedback.map((f, i) => (
          <article class="dash-feedback card" key={i}>
            <h3>
              {t("progress.feedback.from", {
                mentor: f.mentor.name,
                date: formatDate(lang, f.createdAt),
              })}
            </h3>
            <p class="muted">
              {t("progress.feedback.for", { learner: f.learner.name })}
              {f.assignment && ` · ${f.assignment.title}`}
            </p>
            <ul>
              {f.comments.map((c, j) => (
                <li key={j}>
                  {c.moduleId && <strong>{title(c.moduleId)}: </strong>}
                  <span class="dash-comment">{c.text}</span>
                </li>
              ))}
            </ul>
            <button type="button" class="btn" onClick={() => removeFeedback(f)}>
              {t("progress.feedback.remove")}
            </button>
          </article>
        ))
      )}
    </section>
  );
}
