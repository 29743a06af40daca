import { CheckField, NumberField, Section, useEditor } from "../fields";
import { PlanText } from "./shared";

export function ColdStart() {
  const { t } = useEditor();
  return (
    <Section id="coldStart" title={t("planner.s.coldStart")} help={t("planner.sh.coldStart")}>
      <div class="pl-grid">
        <PlanText path="coldStart.sources" hint />
        <NumberField
          path="coldStart.seedCount"
          label={t("planner.f.coldStart.seedCount")}
          rule={{ min: 0, max: 100000, integer: true }}
          unit={t("planner.unit.people")}
        />
        <PlanText path="coldStart.invitation" hint />
        <PlanText path="coldStart.firstWeek" hint />
        <PlanText path="coldStart.iceBreakers" />
        <CheckField
          path="coldStart.answerFirstPosts"
          label={t("planner.f.coldStart.answerFirstPosts")}
          hint={t("planner.h.coldStart.answerFirstPosts")}
          class="wide"
        />
      </div>
    </Section>
  );
}
