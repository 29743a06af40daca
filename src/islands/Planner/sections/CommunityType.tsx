import { CATEGORIES, MODELS } from "../../../schemas/plan-options";
import { Section, SelectField, useEditor } from "../fields";
import { useOptions } from "./shared";

export function CommunityType() {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <Section
      id="communityType"
      title={t("planner.s.communityType")}
      help={t("planner.sh.communityType")}
    >
      <div class="pl-grid">
        <SelectField
          path="communityType.category"
          label={t("planner.f.communityType.category")}
          options={o("category", CATEGORIES)}
          emptyLabel={t("planner.choose")}
        />
        <SelectField
          path="communityType.model"
          label={t("planner.f.communityType.model")}
          options={o("model", MODELS)}
          emptyLabel={t("planner.choose")}
        />
      </div>
    </Section>
  );
}
