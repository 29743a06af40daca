import { useState } from "preact/hooks";
import type { ClassFeedback } from "../../schemas/feedback";
import type { Progress } from "../../schemas/progress";
import { parseFeedbackFile } from "../../lib/light/progress";
import { feedbackFor } from "../../grading/class-feedback";
import { addFeedback, removeFeedback } from "../../stores/progress-actions";
import { errorText } from "../../i18n/decode-errors";
import { readText } from "../../lib/browser-files";
import { formatDate } from "../../progress/format";
import type { T } from "../../i18n/t";

interface Props {
  lang: string;
  progress: Progress;
  title: (moduleId: string) => string;
  t: T;
}

/**
 * Mentor feedback files the learner loads from their instructor: one learner's
 * (community-ops-lab/feedback), or the whole class's (community-ops-lab/class-feedback), from
 * which the learner takes out only their own comments by typing their name or id.
 */
export function FeedbackPanel({ lang, progress, title, t }: Props) {
  const [messages, setMessages] = useState<{ ok: boolean; text: string }[]>([]);
  /** A class file waiting for the learner to say who they are. */
  const [classFile, setClassFile] = useState<{ file: string; feedback: ClassFeedback } | null>(
    null,
  );
  const [who, setWho] = useState("");

  const take = (event: Event) => {
    event.preventDefault();
    if (!classFile) return;
    const found = feedbackFor(classFile.feedback, who);
    if (!found.ok) {
      setMessages([
        { ok: false, text: t(`progress.feedback.class.${found.code}`, { who: who.trim() }) },
      ]);
      return;
    }
    const saved = addFeedback(found.feedback);
    setMessages([
      {
        ok: saved,
        text: saved
          ? t("progress.feedback.loaded", { file: classFile.file })
          : t("progress.error.storage"),
      },
    ]);
    if (saved) setClassFile(null);
  };

  const load = async (files: FileList | null) => {
    const out: { ok: boolean; text: string }[] = [];
    for (const file of Array.from(files ?? [])) {
      const text = await readText(file);
      const parsed = text === null ? null : parseFeedbackFile(text);
      const read = parsed?.ok ? parsed.value : null;
      if (read?.kind === "class") {
        setClassFile({ file: file.name, feedback: read.feedback });
        out.push({
          ok: true,
          text: t("progress.feedback.class.loaded", {
            file: file.name,
            title: read.feedback.assignment.title,
          }),
        });
      } else if (read) {
        const saved = addFeedback(read.feedback);
        out.push({
          ok: saved,
          text: saved
            ? t("progress.feedback.loaded", { file: file.name })
            : t("progress.error.storage"),
        });
      } else {
        const reason =
          parsed && !parsed.ok ? errorText(t, parsed.error, parsed.path) : errorText(t, "read");
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
      {classFile && (
        <form class="dash-class-feedback" onSubmit={take}>
          <label for="feedback-who">{t("progress.feedback.class.who")}</label>
          <input
            id="feedback-who"
            type="text"
            autoComplete="name"
            value={who}
            onInput={(e) => setWho((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="btn">
            {t("progress.feedback.class.take")}
          </button>
        </form>
      )}
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
