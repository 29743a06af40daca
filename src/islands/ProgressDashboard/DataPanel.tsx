import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../schemas/progress";
import {
  exportProgress,
  importProgress,
  resetProgress,
  restoreProgress,
} from "../../stores/progress-actions";
import { errorText } from "../../i18n/decode-errors";
import { dateStamp, downloadText, readText } from "../../lib/browser-files";
import type { T } from "../../i18n/t";

interface Props {
  progress: Progress;
  t: T;
}

type Message = { ok: boolean; text: string } | null;

/** Export, import (merge) and reset with undo. */
export function DataPanel({ progress, t }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<Progress | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const empty =
    Object.keys(progress.modules).length === 0 && !progress.track && progress.feedback.length === 0;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await readText(file);
    if (text === null)
      return setMessage({
        ok: false,
        text: t("progress.import.refused", { reason: errorText(t, "read") }),
      });
    const result = importProgress(text);
    setUndo(null);
    setMessage(
      result.ok
        ? {
            ok: true,
            text: t("progress.import.done", {
              attempts: result.attemptsAdded,
              results: result.resultsAdded,
              feedback: result.feedbackAdded,
            }),
          }
        : {
            ok: false,
            text: t("progress.import.refused", {
              reason: errorText(t, result.error, result.path),
            }),
          },
    );
  };

  return (
    <section aria-labelledby="data-title" class="dash-section">
      <h2 id="data-title">{t("progress.data.title")}</h2>
      <p class="muted">{t("progress.data.intro")}</p>
      <div class="dash-actions">
        <button
          type="button"
          class="btn btn-primary"
          onClick={() =>
            downloadText(`community-ops-lab-progress-${dateStamp()}.json`, exportProgress())
          }
        >
          {t("progress.export")}
        </button>
        <input
          id="progress-import"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void importFile(input.files?.[0]).then(() => (input.value = ""));
          }}
        />
        <label class="btn" for="progress-import">
          {t("progress.import")}
        </label>
        {!confirming && (
          <button
            type="button"
            class="btn"
            ref={resetRef}
            disabled={empty}
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => cancelRef.current?.focus());
            }}
          >
            {t("progress.reset")}
          </button>
        )}
      </div>
      {confirming && (
        <div class="notice dash-confirm" role="alertdialog" aria-labelledby="reset-q">
          <p id="reset-q">{t("progress.reset.confirm")}</p>
          <div class="dash-actions">
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => {
                const previous = resetProgress();
                setConfirming(false);
                setUndo(previous);
                setMessage(
                  previous
                    ? { ok: true, text: t("progress.reset.done") }
                    : { ok: false, text: t("progress.error.storage") },
                );
              }}
            >
              {t("progress.reset.yes")}
            </button>
            <button
              type="button"
              class="btn"
              ref={cancelRef}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetRef.current?.focus());
              }}
            >
              {t("progress.reset.cancel")}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {message && (
          <p class={message.ok ? "dash-ok" : "dash-bad"}>
            {message.text}{" "}
            {undo && (
              <button
                type="button"
                class="btn"
                onClick={() => {
                  const ok = restoreProgress(undo);
                  setUndo(null);
                  setMessage({
                    ok,
                    text: t(ok ? "progress.reset.undone" : "progress.error.storage"),
                  });
                }}
              >
                {t("progress.reset.undo")}
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
