import { SOP_KINDS, TEAM_ROLES } from "../../../schemas/plan-options";
import { teamHours } from "../../../grading/checks";
import { NumberField, Section, SelectField, TextField, useEditor } from "../fields";
import type { ScenarioOption } from "../../../planner/view";
import { List, useOptions } from "./shared";

export function Team({ scenarios }: { scenarios: readonly ScenarioOption[] }) {
  const { plan, t } = useEditor();
  const o = useOptions();
  const hours = teamHours(plan);
  const scenario = scenarios.find((s) => s.id === plan.scenario);
  return (
    <Section id="team" title={t("planner.s.team")} help={t("planner.sh.team")}>
      <List
        path="team.members"
        rows={plan.team.members}
        name="member"
        make={(id) => ({ id, role: "community-manager" as const, name: "", hoursPerWeek: null })}
        first="role"
      >
        {(_row, base) => (
          <>
            <SelectField
              path={`${base}.role`}
              label={t("planner.f.member.role")}
              options={o("role", TEAM_ROLES)}
            />
            <TextField path={`${base}.name`} label={t("planner.f.member.name")} maxLength={200} />
            <NumberField
              path={`${base}.hoursPerWeek`}
              label={t("planner.f.member.hoursPerWeek")}
              rule={{ min: 0, max: 168 }}
              unit={t("planner.unit.hoursPerWeek")}
            />
          </>
        )}
      </List>
      <p class="pl-total" aria-live="polite">
        {scenario
          ? t("planner.team.totalVsScenario", {
              hours,
              budget: scenario.budget.hoursPerWeek,
              scenario: scenario.name,
            })
          : t("planner.team.total", { hours })}
      </p>
      <h3>{t("planner.f.team.sops")}</h3>
      <List
        path="team.sops"
        rows={plan.team.sops}
        name="sop"
        make={(id) => ({ id, kind: "publishing" as const, name: "", steps: "" })}
        first="kind"
      >
        {(_row, base) => (
          <>
            <SelectField
              path={`${base}.kind`}
              label={t("planner.f.sop.kind")}
              options={o("sop", SOP_KINDS)}
            />
            <TextField path={`${base}.name`} label={t("planner.f.sop.name")} maxLength={200} />
            <TextField
              path={`${base}.steps`}
              label={t("planner.f.sop.steps")}
              multiline
              class="wide"
            />
          </>
        )}
      </List>
    </Section>
  );
}
