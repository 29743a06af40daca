import { REVIEW_ROLES } from "../../../schemas/plan-options";
import { Section, SelectField, TextField, useEditor } from "../fields";
import { List, useOptions } from "./shared";

export function ContentReview() {
  const { plan, t } = useEditor();
  const o = useOptions();
  return (
    <Section
      id="contentReview"
      title={t("planner.s.contentReview")}
      help={t("planner.sh.contentReview")}
    >
      <List
        path="contentReview.steps"
        rows={plan.contentReview.steps}
        name="step"
        make={(id) => ({ id, role: "ops-lead" as const, who: "" })}
        first="role"
        movable
      >
        {(_row, base) => (
          <>
            <SelectField
              path={`${base}.role`}
              label={t("planner.f.step.role")}
              options={o("review", REVIEW_ROLES)}
            />
            <TextField path={`${base}.who`} label={t("planner.f.step.who")} maxLength={200} />
          </>
        )}
      </List>
    </Section>
  );
}
