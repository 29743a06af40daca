import { GOALS } from "../../../schemas/plan-options";
import { NumberField, Section, SelectField, useEditor } from "../fields";
import type { ScenarioOption } from "../../../planner/view";
import { PlanText, useOptions } from "./shared";

export function Positioning({ scenarios }: { scenarios: readonly ScenarioOption[] }) {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <Section id="positioning" title={t("planner.s.positioning")} help={t("planner.sh.positioning")}>
      <div class="pl-grid">
        <SelectField
          path="scenario"
          label={t("planner.f.scenario")}
          hint={t("planner.h.scenario")}
          options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          path="positioning.goal"
          label={t("planner.f.positioning.goal")}
          options={o("goal", GOALS)}
          emptyLabel={t("planner.choose")}
        />
        <PlanText path="positioning.line" hint max={300} />
        <PlanText path="positioning.slogan" multiline={false} max={200} wide={false} />
        <NumberField
          path="positioning.horizonWeeks"
          label={t("planner.f.positioning.horizonWeeks")}
          hint={t("planner.h.positioning.horizonWeeks")}
          rule={{ min: 8, max: 104, integer: true }}
          unit={t("planner.unit.weeks")}
          required
        />
      </div>
    </Section>
  );
}
