import { STANDARDS } from "../../../grading/checks";
import { KPI_KINDS, KPI_METRICS } from "../../../schemas/plan-options";
import { NumberField, Section, SelectField, TextField, useEditor } from "../fields";
import { kpiUnit } from "../../../planner/kpi";
import { List, PlanText, useOptions } from "./shared";

const RANGE = { min: -1000000000, max: 1000000000 };

export function Kpis() {
  const { plan, t } = useEditor();
  const o = useOptions();
  return (
    <Section
      id="kpis"
      title={t("planner.s.kpis")}
      help={t("planner.sh.kpis", { min: STANDARDS.minKpis })}
    >
      <List
        path="kpis"
        rows={plan.kpis}
        name="kpi"
        make={(id) => ({
          id,
          metric: "members" as const,
          customName: "",
          kind: "at-least" as const,
          baseline: null,
          target: null,
          deadlineWeek: null,
        })}
        first="metric"
      >
        {(row, base) => (
          <>
            <SelectField
              path={`${base}.metric`}
              label={t("planner.f.kpi.metric")}
              options={o("metric", KPI_METRICS)}
            />
            {row.metric === "other" && (
              <TextField
                path={`${base}.customName`}
                label={t("planner.f.kpi.customName")}
                maxLength={200}
              />
            )}
            <SelectField
              path={`${base}.kind`}
              label={t("planner.f.kpi.kind")}
              options={o("kpiKind", KPI_KINDS)}
            />
            <NumberField
              path={`${base}.baseline`}
              label={t("planner.f.kpi.baseline")}
              hint={t("planner.h.kpi.baseline")}
              rule={RANGE}
            />
            <NumberField
              path={`${base}.target`}
              label={t("planner.f.kpi.target")}
              hint={
                row.kind === "growth"
                  ? t("planner.h.kpi.growth")
                  : row.metric === "other"
                    ? undefined
                    : t(`planner.h.kpi.${kpiUnit(row.metric)}`)
              }
              rule={RANGE}
            />
            <NumberField
              path={`${base}.deadlineWeek`}
              label={t("planner.f.kpi.deadlineWeek")}
              rule={{ min: 1, max: 104, integer: true }}
            />
          </>
        )}
      </List>
      <div class="pl-grid">
        <PlanText path="kpiReview" hint />
      </div>
    </Section>
  );
}
