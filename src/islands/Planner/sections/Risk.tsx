import { STANDARDS } from "../../../grading/checks";
import { CheckField, NumberField, Section, TextField, useEditor } from "../fields";
import { List, PlanText } from "./shared";

/** The first 30 minutes of a crisis, step by step: the minute, and what is done by whom. */
export function TimelineSteps() {
  const { plan, t } = useEditor();
  return (
    <>
      <h3>{t("planner.f.risk.timeline")}</h3>
      <p class="pl-help">{t("planner.h.risk.timeline")}</p>
      <List
        path="risk.timeline"
        rows={plan.risk.timeline}
        name="timelineStep"
        make={(id) => ({ id, minute: null, action: "" })}
        first="minute"
      >
        {(_row, base) => (
          <>
            <NumberField
              path={`${base}.minute`}
              label={t("planner.f.timelineStep.minute")}
              rule={{ min: 0, max: 1440, integer: true }}
              unit={t("planner.unit.minutes")}
            />
            <TextField
              path={`${base}.action`}
              label={t("planner.f.timelineStep.action")}
              maxLength={500}
            />
          </>
        )}
      </List>
    </>
  );
}

export function Risk() {
  const { plan, t } = useEditor();
  const S = STANDARDS;
  return (
    <Section
      id="risk"
      title={t("planner.s.risk")}
      help={t("planner.sh.risk", { hours: S.monitoringHours, minutes: S.crisisMaxMinutes })}
    >
      <div class="pl-grid">
        <NumberField
          path="risk.monitoringHours"
          label={t("planner.f.risk.monitoringHours")}
          rule={{ min: 0, max: 24 }}
          unit={t("planner.unit.hoursPerDay")}
        />
        <PlanText path="risk.monitoringWho" wide={false} />
        <CheckField path="risk.sensitiveAutomated" label={t("planner.f.risk.sensitiveAutomated")} />
        <CheckField path="risk.sensitiveHuman" label={t("planner.f.risk.sensitiveHuman")} />
        <PlanText path="risk.sensitiveProcess" />
        <NumberField
          path="risk.responseMinutes"
          label={t("planner.f.risk.responseMinutes")}
          hint={t("planner.h.risk.responseMinutes")}
          rule={{ min: 0, max: 100000 }}
          unit={t("planner.unit.minutes")}
        />
      </div>
      <h3>{t("planner.f.risk.escalation")}</h3>
      <List
        path="risk.escalation"
        rows={plan.risk.escalation}
        name="level"
        make={(id) => ({ id, trigger: "", action: "" })}
        first="trigger"
        movable
      >
        {(_row, base) => (
          <>
            <TextField
              path={`${base}.trigger`}
              label={t("planner.f.level.trigger")}
              multiline
              maxLength={500}
            />
            <TextField
              path={`${base}.action`}
              label={t("planner.f.level.action")}
              multiline
              maxLength={500}
            />
          </>
        )}
      </List>
      <div class="pl-grid">
        <PlanText path="risk.holdingStatement" hint max={1000} />
      </div>
      <TimelineSteps />
      <div class="pl-grid">
        <CheckField
          path="risk.copyrightRegister"
          label={t("planner.f.risk.copyrightRegister")}
          class="wide"
        />
        <PlanText path="risk.copyrightNote" />
        <PlanText path="risk.privacy" />
      </div>
    </Section>
  );
}
