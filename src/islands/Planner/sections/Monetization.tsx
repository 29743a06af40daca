import { STANDARDS } from "../../../grading/checks";
import { INTENSITIES, MONETIZATION_MODELS } from "../../../schemas/plan-options";
import { NumberField, Section, SelectField, useEditor } from "../fields";
import { PlanText, useOptions } from "./shared";

export function Monetization() {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <Section
      id="monetization"
      title={t("planner.s.monetization")}
      help={t("planner.sh.monetization", { week: STANDARDS.monetizationFromWeek })}
    >
      <div class="pl-grid">
        <SelectField
          path="monetization.model"
          label={t("planner.f.monetization.model")}
          options={o("money", MONETIZATION_MODELS)}
        />
        <SelectField
          path="monetization.intensity"
          label={t("planner.f.monetization.intensity")}
          options={o("intensity", INTENSITIES)}
        />
        <NumberField
          path="monetization.price"
          label={t("planner.f.monetization.price")}
          rule={{ min: 0, max: 10000000 }}
        />
        <PlanText path="monetization.priceNote" multiline={false} max={200} wide={false} />
        <NumberField
          path="monetization.fromWeek"
          label={t("planner.f.monetization.fromWeek")}
          rule={{ min: 0, max: 104, integer: true }}
        />
        <PlanText path="monetization.valueFirst" hint />
      </div>
    </Section>
  );
}
