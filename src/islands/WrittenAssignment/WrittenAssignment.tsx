import { useEffect, useMemo, useState } from "preact/hooks";
import { makeT, type Strings } from "../../i18n/t";
import type { Plan } from "../../schemas/plan";
import type { WrittenField } from "../../schemas/plan-options";
import type { AssignmentKind } from "../../schemas/progress";
import { scorePlan } from "../../grading/rubric";
import { $progress, recordAssignment } from "../../stores/progress";
import { assignmentStatus } from "../../stores/progress-ops";
import {
  $written,
  dismissWrittenRecovery,
  readWrittenRecovery,
  recoveredWrittenText,
  saveAnswer,
} from "../../stores/written";
import { CriterionItem, rank } from "../Planner/CriterionItem";
import { EditorContext, type PlanEditor } from "../Planner/fields";
import { setField } from "../../planner/plan-edit";
import type { RubricView } from "../../planner/view";
import { UnreadableDataNotice } from "../RecoveryNotice/UnreadableDataNotice";
import { percent } from "../../grading/quiz-view";
import { useStore } from "@nanostores/preact";
import { answerOf, planWithAnswer } from "../../planner/written-answer";
import { WrittenFieldView } from "./WrittenFields";
import "./written.css";

interface Props {
  moduleId: string;
  /** The written rubric in the page's language (criteria only; exemplars are on the page). */
  rubric: RubricView;
  /** A blank plan the answer is laid onto for scoring. */
  blank: Plan;
  fields: WrittenField[];
  passMark: number;
  /** The module's assignments: it is complete when each has passed. */
  requires: AssignmentKind[];
  /** The asked-for fields' labels and hints in both languages: pasting them earns nothing. */
  echoes: Record<string, string[]>;
  /** The exemplars' texts by field: copying them earns nothing either. */
  examples: Record<string, string[]>;
  strings: Strings;
}

const recoveryStore = {
  read: readWrittenRecovery,
  backupText: recoveredWrittenText,
  dismiss: dismissWrittenRecovery,
};

/**
 * A module's short written assignment: the plan fields it asks for, saved as they are typed,
 * checked live against the written rubric, and recorded in the learner's progress on submit.
 */
export default function WrittenAssignment({
  moduleId,
  rubric,
  blank,
  fields,
  passMark,
  requires,
  echoes,
  examples,
  strings,
}: Props) {
  const t = makeT(strings);
  const written = useStore($written);
  const progress = useStore($progress);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  // Progress lives in this browser: the status is shown once it has been read here.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const answer = written.answers[moduleId]?.fields;
  const plan = useMemo(() => planWithAnswer(blank, fields, answer ?? {}), [blank, fields, answer]);
  const score = useMemo(
    () => scorePlan(rubric, plan, { passMark, echoes, examples }),
    [rubric, plan, passMark, echoes, examples],
  );
  const status = assignmentStatus(progress.modules[moduleId], "written");

  /** Changes the answer as stored now (not as last rendered: typing can outrun rendering). */
  const update = (change: (plan: Plan) => Plan) => {
    const stored = $written.get().answers[moduleId]?.fields ?? {};
    const next = change(planWithAnswer(blank, fields, stored));
    setSaveFailed(!saveAnswer(moduleId, answerOf(next, fields)));
    setRecorded(null);
  };
  const editor: PlanEditor = {
    plan,
    t,
    set: (path, value) => update((p) => setField(p, path, value)),
    change: update,
  };

  const submit = () => {
    const ok = recordAssignment(
      moduleId,
      { kind: "written", score: score.score, passed: score.passed },
      requires,
    );
    setRecorded(
      ok
        ? t(score.passed ? "written.recordedPass" : "written.recordedFail", {
            score: percent(score.score),
            mark: percent(passMark),
          })
        : t("written.saveFailed"),
    );
  };

  return (
    <div class="written">
      <UnreadableDataNotice
        store={recoveryStore}
        fileName="community-ops-lab-written-unreadable.json"
        title={t("written.recovery.title")}
        body={(found) =>
          found.dropped > 0
            ? t("written.recovery.some", { n: found.dropped })
            : t("written.recovery.whole")
        }
        download={t("written.recovery.download")}
        dismiss={t("written.recovery.dismiss")}
      />
      <EditorContext.Provider value={editor}>
        <div class="written-fields">
          {fields.map((field) => (
            <WrittenFieldView key={field} field={field} />
          ))}
        </div>
      </EditorContext.Provider>
      <p class="written-saved muted" role={saveFailed ? "alert" : undefined}>
        {t(saveFailed ? "written.saveFailed" : "written.saved")}
      </p>
      <div class="written-result">
        <p
          class={`written-score ${score.passed ? "is-pass" : "is-fail"}`}
          aria-live="polite"
          aria-atomic="true"
        >
          <span class="written-pct">{percent(score.score)}</span>{" "}
          {t(score.passed ? "rubric.passed" : "rubric.notYet", { mark: percent(passMark) })}
        </p>
        <ol class="pl-criteria">
          {[...score.criteria]
            .sort((a, b) => rank(a) - rank(b))
            .map((c) => (
              <CriterionItem key={c.id} c={c} rubric={rubric} t={t} />
            ))}
        </ol>
      </div>
      <p class="written-actions">
        <button type="button" class="btn btn-primary" onClick={submit}>
          {t("written.submit")}
        </button>
      </p>
      {recorded && (
        <p role="status" class="written-recorded">
          {recorded}
        </p>
      )}
      <p class="written-status" data-status={mounted ? status.status : undefined}>
        {mounted && (
          <>
            <strong>{t(`assignment.status.${status.status}`)}</strong>
            {status.best !== undefined && (
              <>
                {" "}
                · {t("assignment.best", { score: percent(status.best), pass: percent(passMark) })}
              </>
            )}
          </>
        )}
      </p>
    </div>
  );
}
