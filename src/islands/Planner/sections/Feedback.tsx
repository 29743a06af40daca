import { STANDARDS } from "../../../grading/checks";
import { NumberField, Section, useEditor } from "../fields";
import { PlanText } from "./shared";

export function Feedback() {
  const { t } = useEditor();
  return (
    <Section
      id="feedback"
      title={t("planner.s.feedback")}
      help={t("planner.sh.feedback", { max: STANDARDS.feedbackMaxHours })}
    >
      <div class="pl-grid">
        <PlanText path="feedback.channel" />
        <NumberField
          path="feedback.responseHours"
          label={t("planner.f.feedback.responseHours")}
          rule={{ min: 0, max: 10000 }}
          unit={t("planner.unit.hours")}
        />
      </div>
    </Section>
  );
}
