import { useRef, useState } from "preact/hooks";
import type { Progress } from "../../schemas/progress";
import { resetProgress, restoreProgress } from "../../stores/progress-actions";
import type { Before, Imported, LearnerFile, Part } from "../../stores/learner-data";
import { errorText } from "../../i18n/decode-errors";
import { dateStamp, downloadText, readText } from "../../lib/browser-files";
import type { T } from "../../i18n/t";

interface Props {
  progress: Progress;
  t: T;
}

type Message = { ok: boolean; text: string; undo?: "reset" | "import" } | null;

/** A read file waiting for the learner to choose what to bring in. */
interface Pending {
  name: string;
  file: LearnerFile;
  parts: Part[];
  chosen: Part[];
}

/** Export and import of everything the learner keeps here, loaded when first used (it brings the plan schema). */
const learnerData = () => import("../../stores/learner-data");

/** One part of a read file in words: what it holds and what importing it does. */
function partText(t: T, file: LearnerFile, part: Part): string {
  switch (part) {
    case "progress": {
      const modules = Object.values(file.progress!.modules);
      return t("progress.import.part.progress", {
        modules: modules.length,
        attempts: modules.reduce((n, m) => n + m.quizAttempts.length, 0),
      });
    }
    case "plans":
      return (
        t("progress.import.part.plans", { count: file.plans!.plans.length }) +
        (file.plans!.dropped
          ? ` ${t("progress.import.part.dropped", { count: file.plans!.dropped })}`
          : "")
      );
    case "written":
      return (
        t("progress.import.part.written", { count: Object.keys(file.written!.answers).length }) +
        (file.written!.dropped
          ? ` ${t("progress.import.part.dropped", { count: file.written!.dropped })}`
          : "")
      );
    case "sandbox":
      return t("progress.import.part.sandbox");
  }
}

/** What an import did, part by part. */
function importedText(t: T, imported: Imported): string {
  const said = [t("progress.import.doneAll")];
  if (imported.progress) said.push(t("progress.import.done", imported.progress));
  if (imported.plans) said.push(t("progress.import.donePlans", imported.plans));
  if (imported.written) said.push(t("progress.import.doneWritten", imported.written));
  if (imported.sandbox) said.push(t("progress.import.doneSandbox"));
  return said.join(" ");
}

/** Export and import (with a choice of parts, and undo), and reset with undo. */
export function DataPanel({ progress, t }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [undoReset, setUndoReset] = useState<Progress | null>(null);
  const [undoImport, setUndoImport] = useState<Before | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const chooseRef = useRef<HTMLFieldSetElement>(null);
  const empty =
    Object.keys(progress.modules).length === 0 && !progress.track && progress.feedback.length === 0;
  const refused = (reason: string) =>
    setMessage({ ok: false, text: t("progress.import.refused", { reason }) });

  const exportAll = async () => {
    try {
      const { learnerDataText } = await learnerData();
      downloadText(`community-ops-lab-${dateStamp()}.json`, learnerDataText());
    } catch {
      setMessage({ ok: false, text: t("progress.export.failed") });
    }
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    setUndoImport(null);
    setUndoReset(null);
    const text = await readText(file);
    if (text === null) return refused(errorText(t, "read"));
    let read;
    try {
      read = (await learnerData()).readLearnerFile(text);
    } catch {
      return refused(errorText(t, "read"));
    }
    if (!read.ok)
      return refused(
        read.error === "empty" ? t("progress.error.empty") : errorText(t, read.error, read.path),
      );
    const parts = (await learnerData()).partsIn(read.file);
    if (parts.length === 0) {
      const [first] = read.file.unreadable;
      return refused(errorText(t, first!.error, first!.path));
    }
    setMessage(null);
    setPending({ name: file.name, file: read.file, parts, chosen: parts });
    requestAnimationFrame(() => chooseRef.current?.querySelector("input")?.focus());
  };

  const importChosen = async () => {
    if (!pending) return;
    const { importLearnerData } = await learnerData();
    const result = importLearnerData(pending.file, pending.chosen);
    setPending(null);
    if (!result.ok) return setMessage({ ok: false, text: t("progress.error.storage") });
    setUndoImport(result.imported.before);
    setMessage({ ok: true, text: importedText(t, result.imported), undo: "import" });
  };

  const undo = async () => {
    if (message?.undo === "reset" && undoReset) {
      const ok = restoreProgress(undoReset);
      setUndoReset(null);
      setMessage({ ok, text: t(ok ? "progress.reset.undone" : "progress.error.storage") });
    } else if (message?.undo === "import" && undoImport) {
      const ok = (await learnerData()).undoImport(undoImport);
      setUndoImport(null);
      setMessage({ ok, text: t(ok ? "progress.import.undone" : "progress.error.storage") });
    }
  };

  return (
    <section aria-labelledby="data-title" class="dash-section">
      <h2 id="data-title">{t("progress.data.title")}</h2>
      <p class="muted">{t("progress.data.intro")}</p>
      <div class="dash-actions">
        <button type="button" class="btn btn-primary" onClick={() => void exportAll()}>
          {t("progress.export")}
        </button>
        <input
          id="progress-import"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void readFile(input.files?.[0]).then(() => (input.value = ""));
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
      {pending && (
        <div class="notice dash-import">
          <fieldset ref={chooseRef}>
            <legend>{t("progress.import.choose", { file: pending.name })}</legend>
            {pending.parts.map((part) => (
              <label class="dash-part" key={part}>
                <input
                  type="checkbox"
                  name="import-part"
                  value={part}
                  checked={pending.chosen.includes(part)}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    setPending({
                      ...pending,
                      chosen: pending.parts.filter((p) =>
                        p === part ? on : pending.chosen.includes(p),
                      ),
                    });
                  }}
                />
                <span>{partText(t, pending.file, part)}</span>
              </label>
            ))}
          </fieldset>
          {pending.file.unreadable.length > 0 && (
            <ul class="dash-bad">
              {pending.file.unreadable.map((u) => (
                <li key={u.part}>
                  {t("progress.import.unreadable", {
                    part: t(`progress.import.name.${u.part}`),
                    reason: errorText(t, u.error, u.path),
                  })}
                </li>
              ))}
            </ul>
          )}
          <div class="dash-actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={pending.chosen.length === 0}
              onClick={() => void importChosen()}
            >
              {t("progress.import.go")}
            </button>
            <button type="button" class="btn" onClick={() => setPending(null)}>
              {t("progress.import.cancel")}
            </button>
          </div>
        </div>
      )}
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
                setUndoReset(previous);
                setUndoImport(null);
                setMessage(
                  previous
                    ? { ok: true, text: t("progress.reset.done"), undo: "reset" }
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
            {((message.undo === "reset" && undoReset) ||
              (message.undo === "import" && undoImport)) && (
              <button type="button" class="btn" onClick={() => void undo()}>
                {t(message.undo === "reset" ? "progress.reset.undo" : "progress.import.undo")}
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
