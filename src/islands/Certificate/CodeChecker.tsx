import { useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import {
  certificateCode,
  completedModules,
  normalizeCode,
  normalizeName,
} from "../../grading/certificate";
import type { Evidence, ModuleEvidence } from "../../grading/certificate-check";
import { parseProgress } from "../../lib/light/progress";
import type { ModuleInfo } from "../../progress/dashboard";
import { readText } from "../../lib/browser-files";
import { errorText } from "../../i18n/decode-errors";
import { percent } from "../../grading/quiz-view";
import type { T } from "../../i18n/t";

interface Props {
  modules: ModuleInfo[];
  title: (id: string) => string;
  t: T;
  /** The modules' simulation assignments, by module id: their scores can be replayed. */
  simulations: Record<string, Assignment>;
}

type Outcome =
  | { ok: false; text: string }
  | {
      ok: true;
      code: string;
      matches: boolean | null;
      modules: ReturnType<typeof completedModules>;
      /** What each module's assignment score rests on. */
      evidence: ModuleEvidence[];
    };

/** One module's assignment evidence in words. */
function evidenceText(e: Evidence, t: T): string {
  switch (e.kind) {
    case "verified":
      return t("cert.check.evidence.verified", { file: e.file, score: e.percent });
    case "higher-than-files":
      return t("cert.check.evidence.higher", { file: e.file, score: e.percent });
    case "not-verified":
      return t("cert.check.evidence.notVerified", {
        file: e.file,
        status: t(`cert.check.status.${e.status}`),
        reason: e.reason,
      });
    case "other-name":
      return t("cert.check.evidence.otherName", { file: e.file, name: e.name });
    case "no-file":
      return t("cert.check.evidence.noFile");
    case "browser":
      return t("cert.check.evidence.browser");
  }
}

/**
 * For instructors: recompute a certificate's code from the learner's exported progress file and
 * the name on the certificate, and compare it with the code printed there.
 */
export function CodeChecker({ t, title, simulations }: Props) {
  const [text, setText] = useState("");
  const [submissions, setSubmissions] = useState<{ name: string; text: string }[]>([]);
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const check = async (event: Event) => {
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
    const modules = completedModules(parsed.value);
    // The verifier and the engine load only now, for the replay.
    const { certificateEvidence } = await import("../../grading/certificate-check");
    setOutcome({
      ok: true,
      code: expected,
      matches: typed === null ? null : typed === expected,
      modules,
      evidence: certificateEvidence(modules, name, submissions, simulations),
    });
  };

  return (
    <section aria-labelledby="cert-check" class="cert-section no-print">
      <h2 id="cert-check">{t("cert.check.title")}</h2>
      <p class="muted">{t("cert.check.intro")}</p>
      <form class="cert-check" onSubmit={(e) => void check(e)} noValidate>
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
        <label for="check-submissions">{t("cert.check.submissions")}</label>
        <input
          id="check-submissions"
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby="check-submissions-help"
          onChange={async (e) => {
            const files = Array.from((e.currentTarget as HTMLInputElement).files ?? []);
            const read = await Promise.all(
              files.map(async (f) => ({ name: f.name, text: (await readText(f)) ?? "" })),
            );
            setSubmissions(read);
          }}
        />
        <p id="check-submissions-help" class="muted">
          {t("cert.check.submissionsHelp")}
        </p>
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
            <ul class="cert-evidence">
              {outcome.modules.map((m, i) => {
                const e = outcome.evidence[i]?.evidence ?? { kind: "browser" as const };
                return (
                  <li key={m.id} data-evidence={e.kind}>
                    {t("cert.check.moduleScores", {
                      module: title(m.id),
                      quiz: m.quizBest === null ? "—" : percent(m.quizBest),
                      assignment: m.assignmentBest === null ? "—" : percent(m.assignmentBest),
                    })}
                    <span class="cert-evidence-note">{evidenceText(e, t)}</span>
                  </li>
                );
              })}
            </ul>
            <p class="muted">{t("cert.check.quizNote")}</p>
          </>
        )}
      </div>
    </section>
  );
}
