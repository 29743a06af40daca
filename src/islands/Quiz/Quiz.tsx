import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { makeT, type Strings } from "../../i18n/t";
import {
  displayOrder,
  isAnswered,
  parseNumber,
  scoreQuiz,
  type Answer,
  type QuizResult,
} from "../../grading/quiz";
import { passes } from "../../grading/pass";
import {
  $progress,
  markRead,
  recordAssignment,
  recordQuizAttempt,
  startAssignment,
} from "../../stores/progress";
import { LazyRecoveryNotice } from "../RecoveryNotice/LazyRecoveryNotice";
import { OrderList } from "./OrderList";
import { ItemFeedback } from "./ItemFeedback";
import {
  answersFromForm,
  fieldName,
  gradable,
  percent,
  type ViewItem,
} from "../../grading/quiz-view";
import type { AssignmentKind } from "../../schemas/progress";
import "./quiz.css";

interface Props {
  moduleId: string;
  items: ViewItem[];
  passMark: number;
  /** Set when the module's assignment is this quiz: the pass mark that completes the module. */
  assignmentPassMark?: number;
  /** The module's assignments (this quiz, and a written one if it has it): all must pass. */
  requires?: AssignmentKind[];
  strings: Strings;
}

export default function Quiz({
  moduleId,
  items,
  passMark,
  assignmentPassMark,
  requires,
  strings,
}: Props) {
  const t = makeT(strings);
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  const record = progress.modules[moduleId];
  const attemptsSoFar = mounted ? (record?.quizAttempts.length ?? 0) : 0;
  const [result, setResult] = useState<QuizResult | null>(null);
  // The attempt being answered: the next one after those stored, fixed while it is on screen.
  const [attempt, setAttempt] = useState(1);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<number[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const firstRef = useRef<HTMLOListElement>(null);
  const missingRef = useRef<HTMLParagraphElement>(null);
  const started = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const base = `quiz-${moduleId}`;

  useEffect(() => {
    // Keep whatever was picked or typed in the page before the island woke up.
    const form = formRef.current;
    if (form) {
      const entries = [...new FormData(form)].flatMap(([k, v]) =>
        typeof v === "string" ? [[k, v] as [string, string]] : [],
      );
      const early = answersFromForm(entries, items, base, parseNumber);
      if (Object.keys(early.answers).length) {
        if (assignmentPassMark !== undefined) startAssignment(moduleId);
        started.current = true;
        setAnswers(early.answers);
        setTexts(early.texts);
      }
    }
    setMounted(true);
    // The island hydrates when it scrolls into view: the learner has reached the end of the module.
    markRead(moduleId);
  }, [moduleId]);

  useEffect(() => {
    if (mounted && !result) setAttempt(attemptsSoFar + 1);
  }, [mounted]);

  const orders = useMemo(
    () => Object.fromEntries(items.map((item) => [item.id, displayOrder(gradable(item), attempt)])),
    [items, attempt],
  );

  const answer = (id: string, value: Answer) => {
    if (!started.current && assignmentPassMark !== undefined) startAssignment(moduleId);
    started.current = true;
    setAnswers((current) => ({ ...current, [id]: value }));
    setMissing([]);
  };

  const answerOf = (item: ViewItem): Answer =>
    item.type === "order" && answers[item.id] === undefined ? orders[item.id] : answers[item.id];

  const submit = (event: Event) => {
    event.preventDefault();
    const open = items.flatMap((item, i) =>
      isAnswered(gradable(item), answerOf(item)) ? [] : [i + 1],
    );
    if (open.length) {
      setMissing(open);
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    const full = Object.fromEntries(items.map((item) => [item.id, answerOf(item)]));
    const scored = scoreQuiz(items.map(gradable), full, passMark);
    const at = new Date().toISOString();
    let saved = recordQuizAttempt(moduleId, scored, at);
    if (assignmentPassMark !== undefined) {
      saved =
        recordAssignment(
          moduleId,
          {
            kind: "quiz",
            score: scored.score,
            passed: passes(scored.score, assignmentPassMark),
            at,
          },
          requires,
        ) && saved;
    }
    setSaveFailed(!saved);
    setResult(scored);
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setAttempt(Math.max(attempt, record?.quizAttempts.length ?? 0) + 1);
    setAnswers({});
    setTexts({});
    setResult(null);
    setSaveFailed(false);
    requestAnimationFrame(() =>
      firstRef.current?.querySelector<HTMLElement>("input, select, button")?.focus(),
    );
  };

  const best = record?.quizBest;
  const done = result !== null;
  const assignmentPassed =
    done && assignmentPassMark !== undefined && passes(result.score, assignmentPassMark);

  return (
    <form class="quiz" onSubmit={submit} noValidate ref={formRef}>
      <LazyRecoveryNotice strings={strings} />
      <p class="quiz-meta">
        {t("quiz.intro", { count: items.length, pass: percent(passMark) })}
        {mounted && best !== undefined && (
          <>
            {" · "}
            {t("quiz.best", { score: percent(best), attempts: attemptsSoFar })}
          </>
        )}
      </p>
      <ol class="quiz-items" ref={firstRef}>
        {items.map((item, index) => {
          const id = fieldName.item(base, item.id);
          const order = orders[item.id] ?? [];
          const legend = (
            <legend>
              <span class="quiz-number">{t("quiz.question", { n: index + 1 })}</span>
              <span class="quiz-prompt">{item.prompt}</span>
              <span class="quiz-hint">{t(`quiz.hint.${item.type}`)}</span>
            </legend>
          );
          return (
            <li
              key={`${attempt}-${item.id}`}
              id={id}
              class={missing.includes(index + 1) ? "quiz-item open" : "quiz-item"}
            >
              <fieldset
                disabled={done}
                aria-describedby={item.type === "multiple" ? `${id}-rule` : undefined}
              >
                {legend}
                {(item.type === "single" || item.type === "multiple") &&
                  order.map((optionId) => {
                    const option = item.options.find((o) => o.id === optionId)!;
                    const chosen =
                      item.type === "single"
                        ? answers[item.id] === option.id
                        : ((answers[item.id] as string[] | undefined) ?? []).includes(option.id);
                    return (
                      <label class="quiz-choice" key={option.id}>
                        <input
                          type={item.type === "single" ? "radio" : "checkbox"}
                          name={id}
                          value={option.id}
                          checked={chosen}
                          onChange={(e) => {
                            if (item.type === "single") return answer(item.id, option.id);
                            const current = (answers[item.id] as string[] | undefined) ?? [];
                            answer(
                              item.id,
                              (e.currentTarget as HTMLInputElement).checked
                                ? [...current, option.id]
                                : current.filter((c) => c !== option.id),
                            );
                          }}
                        />
                        <span>{option.text}</span>
                      </label>
                    );
                  })}
                {item.type === "multiple" && (
                  <p class="quiz-rule" id={`${id}-rule`}>
                    {t("quiz.rule.multiple")}
                  </p>
                )}
                {item.type === "order" && (
                  <OrderList
                    order={(answers[item.id] as string[] | undefined) ?? order}
                    texts={Object.fromEntries(item.options.map((o) => [o.id, o.text]))}
                    onChange={(next) => answer(item.id, next)}
                    disabled={done}
                    t={t}
                  />
                )}
                {item.type === "match" && (
                  <div class="quiz-match">
                    {item.pairs.map((pair) => (
                      <label class="quiz-match-row" key={pair.id}>
                        <span class="quiz-match-left">{pair.left}</span>
                        <select
                          name={fieldName.match(base, item.id, pair.id)}
                          value={
                            ((answers[item.id] as Record<string, string> | undefined) ?? {})[
                              pair.id
                            ] ?? ""
                          }
                          aria-label={t("quiz.matchLabel", { item: pair.left })}
                          onChange={(e) =>
                            answer(item.id, {
                              ...((answers[item.id] as Record<string, string> | undefined) ?? {}),
                              [pair.id]: (e.currentTarget as HTMLSelectElement).value,
                            })
                          }
                        >
                          <option value="">{t("quiz.matchChoose")}</option>
                          {order.map((rightId) => (
                            <option value={rightId} key={rightId}>
                              {item.pairs.find((p) => p.id === rightId)!.right}
                            </option>
                          ))}
                        </select>
                      </label>
                    ))}
                  </div>
                )}
                {item.type === "numeric" && (
                  <div class="quiz-numeric">
                    <label for={`${id}-n`}>{t("quiz.answerLabel")}</label>
                    <input
                      id={`${id}-n`}
                      name={fieldName.numeric(base, item.id)}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={texts[item.id] ?? ""}
                      aria-describedby={`${id}-nerr`}
                      aria-invalid={
                        texts[item.id] && parseNumber(texts[item.id]!) === null ? "true" : undefined
                      }
                      onInput={(e) => {
                        const text = (e.currentTarget as HTMLInputElement).value;
                        setTexts((current) => ({ ...current, [item.id]: text }));
                        answer(item.id, parseNumber(text));
                      }}
                    />
                    {item.unit && <span class="quiz-unit">{item.unit}</span>}
                    <span id={`${id}-nerr`} class="quiz-error" aria-live="polite">
                      {texts[item.id] && parseNumber(texts[item.id]!) === null
                        ? t("quiz.notNumber")
                        : ""}
                    </span>
                  </div>
                )}
              </fieldset>
              {done && (
                <ItemFeedback
                  item={item}
                  answer={answerOf(item)}
                  score={result.items[item.id] ?? 0}
                  t={t}
                />
              )}
            </li>
          );
        })}
      </ol>
      {missing.length > 0 && (
        <p class="quiz-missing" tabIndex={-1} ref={missingRef} role="alert">
          {t("quiz.missing", { list: missing.join(t("quiz.listSeparator")) })}
        </p>
      )}
      {!done && (
        <p>
          <button type="submit" class="btn btn-primary">
            {t("quiz.submit")}
          </button>
        </p>
      )}
      {done && (
        <div
          class={result.passed ? "quiz-result pass" : "quiz-result fail"}
          tabIndex={-1}
          ref={resultRef}
          role="status"
        >
          <p class="quiz-score">{t("quiz.score", { score: percent(result.score) })}</p>
          <p>{t(result.passed ? "quiz.passed" : "quiz.notPassed", { pass: percent(passMark) })}</p>
          {items.some((item) => item.type === "multiple") && <p>{t("quiz.resultMultiple")}</p>}
          {assignmentPassed && (
            <p>
              {t(
                // A module with a written assignment too is complete only when both have passed.
                record?.completedAt ? "quiz.assignmentDone" : "quiz.assignmentDoneWritten",
              )}
            </p>
          )}
          {saveFailed && <p class="quiz-error">{t("quiz.saveFailed")}</p>}
          <button type="button" class="btn" onClick={retry}>
            {t("quiz.retry")}
          </button>
        </div>
      )}
    </form>
  );
}
