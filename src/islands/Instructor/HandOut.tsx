import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import type { Lang } from "../../schemas/common";
import { assignmentUrl } from "../../lib/share-url";
import { assignmentFileName, assignmentFileText } from "../../grading/gradebook/export";
import { downloadText } from "../../lib/browser-files";
import type { T } from "../../i18n/t";

interface Props {
  lang: Lang;
  t: T;
  assignment: Assignment;
  /** The form holds changes not saved yet: the link is the saved version's. */
  stale: boolean;
  onGrade: () => void;
  copy: (text: string) => Promise<boolean>;
}

const LINK_LANGS: Lang[] = ["zh-cn", "en"];

/** What to hand out for a saved assignment: its link in each language, its file, and a preview. */
export function HandOut({ lang, t, assignment, stale, onGrade, copy }: Props) {
  const [copied, setCopied] = useState<{ lang: Lang; ok: boolean } | null>(null);
  const href = (l: Lang) => assignmentUrl(l, assignment);
  const full = (l: Lang) => (typeof location === "undefined" ? href(l) : location.origin + href(l));

  return (
    <section class="in-handout card" aria-labelledby="in-handout-title">
      <h3 id="in-handout-title">
        {t("instructor.handout.title", { title: assignment.title[lang] })}
      </h3>
      {stale && <p class="in-field-warn">{t("instructor.handout.stale")}</p>}
      <p class="muted in-hint">{t("instructor.handout.hint")}</p>
      {LINK_LANGS.map((l) => (
        <div key={l} class="in-link-row">
          <label for={`in-link-${l}`}>{t(`instructor.handout.link.${l}`)}</label>
          <span class="in-inline">
            <input
              id={`in-link-${l}`}
              type="text"
              readOnly
              value={full(l)}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              class="btn btn-small"
              onClick={async () => {
                const ok = await copy(full(l));
                setCopied({ lang: l, ok });
                if (!ok) {
                  const input = document.getElementById(`in-link-${l}`) as HTMLInputElement | null;
                  input?.focus();
                  input?.select();
                }
              }}
            >
              {t("instructor.handout.copy")}
            </button>
            <a class="btn btn-small" href={href(l)} target="_blank" rel="noopener">
              {t("instructor.handout.preview")}
              <span class="visually-hidden"> {t("instructor.newTab")}</span>
            </a>
          </span>
        </div>
      ))}
      <p class="in-live" aria-live="polite">
        {copied &&
          (copied.ok ? t("instructor.handout.copied") : t("instructor.handout.copyFailed"))}
      </p>
      <p class="in-actions">
        <button
          type="button"
          class="btn btn-small"
          onClick={() =>
            downloadText(assignmentFileName(assignment), assignmentFileText(assignment))
          }
        >
          {t("instructor.handout.download")}
        </button>
        <button type="button" class="btn btn-small btn-primary" onClick={onGrade}>
          {t("instructor.handout.grade")}
        </button>
      </p>
    </section>
  );
}
