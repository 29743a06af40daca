import { useState } from "preact/hooks";
import type { Lang } from "../../schemas/common";
import type { T } from "../../i18n/t";
import { localInputToIso } from "../../grading/gradebook/builder";
import { LIMITS } from "../../grading/gradebook/intake";
import { LIVE_TABLE_MAX, type Gradebook } from "./useGradebook";

interface Props {
  lang: Lang;
  t: T;
  book: Gradebook;
  /** Files loaded before an assignment was chosen. */
  waiting: number;
}

/** How the instructor records when a batch of files arrived. */
type Arrival = "unknown" | "now" | "at";

const MB = 1048576;

/**
 * Step 2 of the gradebook: drop or choose files, say when they arrived (the instructor's own
 * record, which decides lateness), and watch them being verified.
 */
export function FileIntake({ lang, t, book, waiting }: Props) {
  const [dragging, setDragging] = useState(false);
  const [arrival, setArrival] = useState<Arrival>("unknown");
  const [at, setAt] = useState("");
  const [notices, setNotices] = useState<{ tone: "ok" | "warn" | "bad"; text: string }[]>([]);
  const { progress, verifying, elapsed, restored, state } = book;

  const receivedAt = (): string | null | false => {
    if (arrival === "now") return new Date().toISOString();
    if (arrival === "at") return localInputToIso(at) ?? false;
    return null;
  };

  const add = async (files: File[]) => {
    if (!files.length) return;
    const received = receivedAt();
    if (received === false) {
      setNotices([{ tone: "bad", text: t("instructor.grade.arrivalInvalid") }]);
      return;
    }
    const report = await book.addFiles(files, received);
    const out: typeof notices = [];
    if (report.assignment && report.assignmentFile)
      out.push({
        tone: "ok",
        text: t("instructor.grade.assignmentLoaded", {
          file: report.assignmentFile,
          title: report.assignment.title[lang],
        }),
      });
    if (report.capped)
      out.push({
        tone: "warn",
        text: t("instructor.grade.batchCapped", {
          n: report.capped,
          files: LIMITS.files,
          megabytes: LIMITS.bytes / MB,
        }),
      });
    setNotices(out);
  };

  return (
    <section class="in-section" aria-labelledby="in-gb-files">
      <h2 id="in-gb-files">{t("instructor.grade.filesTitle")}</h2>
      <fieldset class="in-fieldset in-arrival">
        <legend>{t("instructor.grade.arrival")}</legend>
        {(["unknown", "now", "at"] as const).map((mode) => (
          <label key={mode} class="in-check">
            <input
              type="radio"
              name="in-arrival"
              value={mode}
              checked={arrival === mode}
              onChange={() => setArrival(mode)}
            />
            <span>{t(`instructor.grade.arrival.${mode}`)}</span>
          </label>
        ))}
        {arrival === "at" && (
          <label class="in-field">
            <span>{t("instructor.grade.arrivalAt")}</span>
            <input
              id="in-arrival-at"
              type="datetime-local"
              value={at}
              onInput={(e) => setAt(e.currentTarget.value)}
            />
          </label>
        )}
        <p class="muted in-hint">{t("instructor.grade.arrivalHint")}</p>
      </fieldset>
      <div
        class={dragging ? "in-drop is-over" : "in-drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add(Array.from(e.dataTransfer?.files ?? []));
        }}
      >
        <p>{t("instructor.grade.drop")}</p>
        <input
          id="in-files"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(e) => {
            const input = e.currentTarget;
            void add(Array.from(input.files ?? [])).then(() => (input.value = ""));
          }}
        />
        <label class="btn btn-primary" for="in-files">
          {t("instructor.grade.choose")}
        </label>
        <p class="muted in-hint">
          {t("instructor.grade.filesHint", {
            size: LIMITS.fileBytes / MB,
            files: LIMITS.files,
            megabytes: LIMITS.bytes / MB,
          })}
        </p>
      </div>
      <div class="in-live" aria-live="polite">
        {notices.map((n, i) => (
          <p key={i} class={`notice in-notice-${n.tone}`}>
            {n.text}
          </p>
        ))}
        {waiting > 0 && (
          <p class="notice in-notice-warn">{t("instructor.grade.waiting", { n: waiting })}</p>
        )}
        {restored > 0 && state.assignment && (
          <p class="muted">{t("instructor.grade.restored", { n: restored })}</p>
        )}
      </div>
      {progress.total > 0 && (
        <div class="in-progress">
          <label for="in-progress-bar">
            {t("instructor.grade.progress", { done: progress.done, total: progress.total })}
          </label>
          <progress id="in-progress-bar" max={progress.total} value={progress.done} />
          {verifying && progress.total > LIVE_TABLE_MAX && (
            <span class="muted">{t("instructor.grade.tableLater")}</span>
          )}
          <span class="muted" role="status">
            {verifying
              ? t("instructor.grade.verifying", { flagged: progress.flagged })
              : elapsed !== null
                ? t("instructor.grade.doneIn", {
                    n: progress.total,
                    seconds: (elapsed / 1000).toFixed(1),
                  })
                : t("instructor.grade.done", { n: progress.total })}
          </span>
        </div>
      )}
    </section>
  );
}
