import { PLATFORMS } from "../../../schemas/plan-options";
import { Section, SelectField, useEditor } from "../fields";
import { PlanText, useOptions } from "./shared";

export function Platform() {
  const { plan, t } = useEditor();
  const o = useOptions();
  return (
    <Section id="platform" title={t("planner.s.platform")} help={t("planner.sh.platform")}>
      <div class="pl-grid">
        <SelectField
          path="platform.platform"
          label={t("planner.f.platform.platform")}
          options={o("platform", PLATFORMS)}
          emptyLabel={t("planner.choose")}
        />
        {plan.platform.platform === "other" && (
          <PlanText path="platform.otherName" multiline={false} max={200} wide={false} />
        )}
        <PlanText path="platform.why" hint />
      </div>
    </Section>
  );
}
