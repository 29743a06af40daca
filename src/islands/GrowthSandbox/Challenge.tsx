import { useRef, useState } from "preact/hooks";
import type { Assignment } from "../../schemas/assignment";
import { assignmentRule } from "../../grading/rules";
import type { UiLang } from "../../sandbox/format";
import { GoalList } from "./Report";
import type { T } from "../../i18n/t";
import type { GoalLine } from "../../sandbox/view";
import type { Learner, SubmitState } from "../../sandbox/types";

const nameNoteId = "sbx-name-needed";

function formatDue(lang: UiLang, iso: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** A challenge: the brief, the due date, the goals as a live checklist, and Submit. */
export function ChallengePanel(p: {
  lang: UiLang;
  t: T;
  assignment: Assignment;
  /** Module assignments have no deadline of their own. */
  selfPaced: boolean;
  lines: GoalLine[];
  percent: number;
  finished: boolean;
  learner: Learner | null;
  submit: SubmitState;
  /** With personal seeds: the learner's own seed, or null until a name (or a listed id) is given. */
  personalSeed: number | null;
  currency: string;
  now: Date;
  readOnly: boolean;
  onLearner: (learner: Learner) => void;
  /** Submits; `learner` when the name was typed but not yet saved. */
  onSubmit: (learner?: Learner) => void;
  onLeave: () => void;
}) {
  const { t, lang, assignment } = p;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(p.learner?.name ?? "");
  const [id, setId] = useState(p.learner?.id ?? "");
  const overdue = !p.selfPaced && new Date(assignment.due).getTime() < p.now.getTime();
  const passPct = Math.round(assignment.passMark * 100);
  const askName = !p.learner || editing;
  const [nameNeeded, setNameNeeded] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const typed = (): Learner | null =>
    name.trim() ? { name: name.trim(), ...(id.trim() ? { id: id.trim() } : {}) } : null;
  // Submit takes the name as typed: saving it first is not a step the learner has to know about.
  const submit = () => {
    if (!askName) return p.onSubmit();
    const who = typed();
    if (!who) {
      setNameNeeded(true);
      nameRef.current?.focus();
      return;
    }
    p.onLearner(who);
    setEditing(false);
    setNameNeeded(false);
    p.onSubmit(who);
  };

  return (
    <section class="sbx-card sbx-challenge" aria-labelledby="sbx-challenge-title">
      <p class="sbx-kicker">
        {t(p.readOnly ? "sandbox.challenge.reviewKicker" : "sandbox.challenge.kicker")}
      </p>
      <h2 id="sbx-challenge-title" class="sbx-card-title">
        {assignment.title[lang]}
      </h2>
      {assignment.languages && !assignment.languages.includes(lang) && (
        <p class="muted">
          {t(`sandbox.challenge.writtenIn.${assignment.languages[0] ?? "zh-cn"}`)}
        </p>
      )}
      <p>{assignment.instructions[lang]}</p>
      {assignment.personalSeeds && (
        <p class="sbx-personal-seed" data-seed={p.personalSeed ?? undefined}>
          {p.personalSeed !== null
            ? t(
                assignment.learnerIds
                  ? "sandbox.challenge.seedById"
                  : "sandbox.challenge.seedByName",
                {
                  seed: p.personalSeed,
                },
              )
            : t(
                assignment.learnerIds && p.learner?.id
                  ? "sandbox.challenge.idNotListed"
                  : "sandbox.challenge.seedNeedsName",
              )}
        </p>
      )}
      <p class="sbx-meta">
        {p.selfPaced ? (
          <span>{t("sandbox.challenge.selfPaced")}</span>
        ) : (
          <span class={overdue ? "sbx-overdue" : ""}>
            {t("sandbox.challenge.due", { date: formatDue(lang, assignment.due) })}
            {overdue && <> · {t("sandbox.challenge.overdue")}</>}
          </span>
        )}{" "}
        ·{" "}
        <span>
          {passPct >= 100
            ? t("sandbox.challenge.passAll")
            : t("sandbox.challenge.passMark", { pass: passPct })}
        </span>
      </p>
      <h3 class="sbx-sub">{t("sandbox.goals.title")}</h3>
      <GoalList
        lang={lang}
        t={t}
        lines={p.lines}
        weeks={assignment.weeks}
        currency={p.currency}
        rule={assignmentRule(assignment)}
      />
      <p class="sbx-score" aria-live="polite">
        {t(p.finished ? "sandbox.challenge.score" : "sandbox.challenge.scoreSoFar", {
          score: p.percent,
          pass: passPct,
        })}
      </p>
      {!p.readOnly && (
        <div class="sbx-submit">
          {askName ? (
            <form
              class="sbx-learner"
              onSubmit={(e) => {
                e.preventDefault();
                const who = typed();
                if (!who) return;
                p.onLearner(who);
                setEditing(false);
                setNameNeeded(false);
              }}
            >
              <label class="sbx-stack">
                <span>{t("sandbox.challenge.name")}</span>
                <input
                  type="text"
                  required
                  maxLength={200}
                  ref={nameRef}
                  value={name}
                  autoComplete="name"
                  aria-invalid={nameNeeded || undefined}
                  aria-describedby={nameNeeded ? nameNoteId : undefined}
                  onInput={(e) => {
                    setName((e.currentTarget as HTMLInputElement).value);
                    setNameNeeded(false);
                  }}
                />
              </label>
              <label class="sbx-stack">
                <span>{t("sandbox.challenge.learnerId")}</span>
                <input
                  type="text"
                  maxLength={200}
                  value={id}
                  onInput={(e) => setId((e.currentTarget as HTMLInputElement).value)}
                />
              </label>
              <button type="submit" class="btn">
                {t("sandbox.challenge.saveName")}
              </button>
            </form>
          ) : (
            <p>
              {t("sandbox.challenge.as", { name: p.learner?.name ?? "" })}{" "}
              <button type="button" class="sbx-link-button" onClick={() => setEditing(true)}>
                {t("sandbox.challenge.changeName")}
              </button>
            </p>
          )}
          <div class="sbx-row">
            <button type="button" class="btn btn-primary" onClick={submit} disabled={!p.finished}>
              {t("sandbox.challenge.submit")}
            </button>
            <button type="button" class="btn" onClick={p.onLeave}>
              {t("sandbox.challenge.leave")}
            </button>
          </div>
          {!p.finished && <p class="muted">{t("sandbox.challenge.finishFirst")}</p>}
          {nameNeeded && (
            <p class="notice" id={nameNoteId}>
              {t("sandbox.challenge.nameNeeded")}
            </p>
          )}
          <div role="status">
            {p.submit.state === "done" && (
              <p class="sbx-submitted">
                {t(
                  p.submit.passed
                    ? "sandbox.challenge.submittedPass"
                    : "sandbox.challenge.submittedFail",
                  {
                    file: p.submit.fileName,
                    score: p.submit.percent,
                  },
                )}
                {p.submit.recorded && <> {t("sandbox.challenge.recorded")}</>}
              </p>
            )}
            {p.submit.state === "error" && (
              <p class="notice">{t("sandbox.challenge.submitError")}</p>
            )}
            {p.submit.state === "reseeded" && (
              <p class="notice">{t("sandbox.challenge.reseeded")}</p>
            )}
            {p.submit.state === "not-listed" && (
              <p class="notice">{t("sandbox.challenge.idNotListed")}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
