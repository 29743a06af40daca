import { useState } from "preact/hooks";
import {
  certificateCode,
  completedModules,
  normalizeCode,
  normalizeName,
} from "../../grading/certificate";
import { parseProgress } from "../../schemas/progress-codec";
import type { ModuleInfo } from "../ProgressDashboard/dashboard";
import { readText } from "../../lib/browser-files";
import { errorText } from "../RecoveryNotice/errors";
import { percent } from "../Quiz/view";
import type { T } from "./Certificate";

interface Props {
  modules: ModuleInfo[];
  title: (id: string) => string;
  t: T;
}

type Outcome =
  | { ok: false; text: string }
  | {
      ok: true;
      code: string;
      matches: boolean | null;
      modules: ReturnType<typeof completedModules>;
    };

/**
 * For instructors: recompute a certificate's code from the learner's exported progress file and
 * the name on the certificate, and compare it with the code printed there.
 */
export function CodeChecker({ t, title }: Props) {
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const check = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setOutcome({ ok: false, text: t("cert.check.noFile") });
    if (!normalizeName(name)) return setOutcome({ ok: false, text: t("cert.check.noName") });
    const parsed = parseProgress(text);
    if (!parsed.ok) {
      return setOutcome({
        ok: false,
        text: t("cert.check.badFile", { reason: errorText(t, parsed.error, parsed.path) }),
      });
    }
    const expected = certificateCode(parsed.value, name);
    const typed = code.trim() ? normalizeCode(code) : null;
    if (typed === "") return setOutcome({ ok: false, text: t("cert.check.badCode") });
    setOutcome({
      ok: true,
      code: expected,
      matches: typed === null ? null : typed === expected,
      modules: completedModules(parsed.value),
    });
  };

  return (
    <section aria-labelledby="cert-check" class="cert-section no-print">
      <h2 id="cert-check">{t("cert.check.title")}</h2>
      <p class="muted">{t("cert.check.intro")}</p>
      <form class="cert-check" onSubmit={check} noValidate>
        <label for="check-file">{t("cert.check.file")}</label>
        <input
          id="check-file"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (!file) return;
            const content = await readText(file);
            if (content === null)
              setOutcome({
                ok: false,
                text: t("cert.check.badFile", { reason: errorText(t, "read") }),
              });
            else setText(content);
          }}
        />
        <label for="check-text">{t("cert.check.paste")}</label>
        <textarea
          id="check-text"
          rows={5}
          spellcheck={false}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <label for="check-name">{t("cert.check.name")}</label>
        <input
          id="check-name"
          type="text"
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="check-code">{t("cert.check.code")}</label>
        <input
          id="check-code"
          type="text"
          autoComplete="off"
          spellcheck={false}
          placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
          value={code}
          onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)}
        />
        <p>
          <button type="submit" class="btn btn-primary">
            {t("cert.check.run")}
          </button>
        </p>
      </form>
      <div aria-live="polite" class="cert-outcome">
        {outcome && !outcome.ok && <p class="cert-error">{outcome.text}</p>}
        {outcome?.ok && (
          <>
            <p>
              {t("cert.check.computed")} <code>{outcome.code}</code>
            </p>
            {outcome.matches !== null && (
              <p class={outcome.matches ? "cert-match" : "cert-error"}>
                {t(outcome.matches ? "cert.check.match" : "cert.check.mismatch")}
              </p>
            )}
            <p>{t("cert.check.covers", { count: outcome.modules.length })}</p>
            <ul>
              {outcome.modules.map((m) => (
                <li key={m.id}>
                  {t("cert.check.moduleScores", {
                    module: title(m.id),
                    quiz: m.quizBest === null ? "—" : percent(m.quizBest),
                    assignment: m.assignmentBest === null ? "—" : percent(m.assignmentBest),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
