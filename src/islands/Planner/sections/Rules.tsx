import { Section, SelectField, useEditor } from "../fields";
import { PlanText, useOptions } from "./shared";

/** The four parts of a rule set; the written assignment of module 03 asks for the same. */
export const RULE_FIELDS = [
  "rules.threshold",
  "rules.speaking",
  "rules.banned",
  "rules.rewardsPenalties",
] as const;

export function Rules() {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <Section id="rules" title={t("planner.s.rules")} help={t("planner.sh.rules")}>
      <div class="pl-grid">
        {RULE_FIELDS.map((path) => (
          <PlanText key={path} path={path} hint={path === "rules.rewardsPenalties"} />
        ))}
        <SelectField
          path="rules.enforcement"
          label={t("planner.f.rules.enforcement")}
          options={o("enforcement", ["basic", "strict"] as const)}
          class="wide"
        />
      </div>
    </Section>
  );
}
