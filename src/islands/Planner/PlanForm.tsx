import type { ComponentChildren } from "preact";
import {
  CADENCES,
  CATEGORIES,
  EVENT_KINDS,
  GOALS,
  INTENSITIES,
  KPI_KINDS,
  KPI_METRICS,
  MODELS,
  MONETIZATION_MODELS,
  PLATFORMS,
  REFERRAL_MODES,
  REVIEW_ROLES,
  SOP_KINDS,
  STAGES,
  TEAM_ROLES,
  VALUES,
  type Plan,
} from "../../schemas/plan";
import { STANDARDS } from "../../grading/checks";
import { teamHours } from "../../grading/plan-to-run";
import { newId } from "../../stores/plans";
import { CalendarEditor } from "./CalendarEditor";
import {
  CheckField,
  focusField,
  NumberField,
  RowList,
  Section,
  SelectField,
  TextField,
  TimeField,
  useEditor,
} from "./fields";
import { addRow, moveRow, removeRow } from "./plan-edit";
import type { ScenarioOption } from "./view";

/** The form's sections in order: anchors for the section list and the print view. */
export const SECTIONS = [
  "positioning",
  "personas",
  "value",
  "communityType",
  "platform",
  "rules",
  "coldStart",
  "calendar",
  "contentReview",
  "events",
  "feedback",
  "segmentation",
  "referral",
  "monetization",
  "risk",
  "kpis",
  "team",
  "lifecycle",
] as const;

function useOptions() {
  const { t } = useEditor();
  return <V extends string>(group: string, values: readonly V[]) =>
    values.map((value) => ({ value, label: t(`planner.o.${group}.${value}`) }));
}

/** A list of rows: adding one focuses its first field. */
function List<R extends { id: string }>(props: {
  path: string;
  rows: readonly R[];
  name: string;
  make: (id: string) => R;
  first: string;
  children: (row: R, base: string, index: number) => ComponentChildren;
  movable?: boolean;
}) {
  const { change, t } = useEditor();
  const { path, rows, name, make, first, children, movable } = props;
  return (
    <RowList
      path={path}
      rows={rows}
      itemLabel={(n) => t(`planner.row.${name}`, { n })}
      addLabel={t(`planner.add.${name}`)}
      removeLabel={(n) => t("planner.remove", { item: t(`planner.row.${name}`, { n }) })}
      onAdd={() => {
        const id = newId(name.slice(0, 2));
        change((p) => addRow(p, path, make(id)));
        focusField(`${path}.${id}.${first}`);
      }}
      onRemove={(row) => {
        change((p) => removeRow(p, path, row.id));
        focusField(path);
      }}
      extra={
        movable
          ? (row, i) => (
              <>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i === 0}
                  onClick={() => change((p) => moveRow(p, path, row.id, -1))}
                >
                  {t("planner.moveUp", { item: t(`planner.row.${name}`, { n: i + 1 }) })}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={i === rows.length - 1}
                  onClick={() => change((p) => moveRow(p, path, row.id, 1))}
                >
                  {t("planner.moveDown", { item: t(`planner.row.${name}`, { n: i + 1 }) })}
                </button>
              </>
            )
          : undefined
      }
    >
      {(row, i) => children(row, `${path}.${row.id}`, i)}
    </RowList>
  );
}

/** Plain named rows (tiers, points rules, badges, core roles). */
function NamedList({
  list,
  name,
}: {
  list: "tiers" | "points" | "badges" | "coreRoles";
  name: string;
}) {
  const { plan, t } = useEditor();
  return (
    <>
      <h3>{t(`planner.f.segmentation.${list}`)}</h3>
      <p class="pl-help">{t(`planner.h.segmentation.${list}`)}</p>
      <List
        path={`segmentation.${list}`}
        rows={plan.segmentation[list]}
        name={name}
        make={(id) => ({ id, name: "", detail: "" })}
        first="name"
      >
        {(_row, base) => (
          <>
            <TextField path={`${base}.name`} label={t(`planner.f.${name}.name`)} maxLength={200} />
            <TextField
              path={`${base}.detail`}
              label={t(`planner.f.${name}.detail`)}
              multiline
              maxLength={1000}
              class="wide"
            />
          </>
        )}
      </List>
    </>
  );
}

export function PlanForm({ scenarios }: { scenarios: readonly ScenarioOption[] }) {
  const { plan, t } = useEditor();
  const o = useOptions();
  const choose = t("planner.choose");
  const S = STANDARDS;
  const hours = teamHours(plan);
  const scenario = scenarios.find((s) => s.id === plan.scenario);
  const text = (
    path: string,
    extra: { hint?: boolean; multiline?: boolean; wide?: boolean; max?: number } = {},
  ) => {
    const [section, field] = path.split(".");
    const key = field === undefined ? section : `${section}.${field}`;
    return (
      <TextField
        path={path}
        label={t(`planner.f.${key}`)}
        hint={extra.hint ? t(`planner.h.${key}`) : undefined}
        multiline={extra.multiline ?? true}
        maxLength={extra.max}
        class={extra.wide === false ? undefined : "wide"}
      />
    );
  };

  return (
    <div class="pl-form">
      <Section
        id="positioning"
        title={t("planner.s.positioning")}
        help={t("planner.sh.positioning")}
      >
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
            emptyLabel={choose}
          />
          {text("positioning.line", { hint: true, max: 300 })}
          {text("positioning.slogan", { multiline: false, max: 200, wide: false })}
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

      <Section id="personas" title={t("planner.s.personas")} help={t("planner.sh.personas")}>
        <List
          path="personas"
          rows={plan.personas}
          name="persona"
          make={(id) => ({ id, who: "", needs: "", pains: "", whereNow: "" })}
          first="who"
        >
          {(_row, base) =>
            (["who", "needs", "pains", "whereNow"] as const).map((f) => (
              <TextField
                key={f}
                path={`${base}.${f}`}
                label={t(`planner.f.personas.${f}`)}
                multiline
              />
            ))
          }
        </List>
      </Section>

      <Section id="value" title={t("planner.s.value")} help={t("planner.sh.value")}>
        <div class="pl-grid">
          <SelectField
            path="value.core"
            label={t("planner.f.value.core")}
            hint={t("planner.h.value.core")}
            options={o("value", VALUES)}
            emptyLabel={choose}
            class="wide"
          />
          {VALUES.map((v) => (
            <TextField key={v} path={`value.${v}`} label={t(`planner.o.value.${v}`)} multiline />
          ))}
        </div>
      </Section>

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
            emptyLabel={choose}
          />
          <SelectField
            path="communityType.model"
            label={t("planner.f.communityType.model")}
            options={o("model", MODELS)}
            emptyLabel={choose}
          />
        </div>
      </Section>

      <Section id="platform" title={t("planner.s.platform")} help={t("planner.sh.platform")}>
        <div class="pl-grid">
          <SelectField
            path="platform.platform"
            label={t("planner.f.platform.platform")}
            options={o("platform", PLATFORMS)}
            emptyLabel={choose}
          />
          {plan.platform.platform === "other" &&
            text("platform.otherName", { multiline: false, max: 200, wide: false })}
          {text("platform.why", { hint: true })}
        </div>
      </Section>

      <Section id="rules" title={t("planner.s.rules")} help={t("planner.sh.rules")}>
        <div class="pl-grid">
          {text("rules.threshold")}
          {text("rules.speaking")}
          {text("rules.banned")}
          {text("rules.rewardsPenalties", { hint: true })}
          <SelectField
            path="rules.enforcement"
            label={t("planner.f.rules.enforcement")}
            options={o("enforcement", ["basic", "strict"] as const)}
            class="wide"
          />
        </div>
      </Section>

      <Section id="coldStart" title={t("planner.s.coldStart")} help={t("planner.sh.coldStart")}>
        <div class="pl-grid">
          {text("coldStart.sources", { hint: true })}
          <NumberField
            path="coldStart.seedCount"
            label={t("planner.f.coldStart.seedCount")}
            rule={{ min: 0, max: 100000, integer: true }}
            unit={t("planner.unit.people")}
          />
          {text("coldStart.invitation")}
          {text("coldStart.iceBreakers")}
          <CheckField
            path="coldStart.answerFirstPosts"
            label={t("planner.f.coldStart.answerFirstPosts")}
            hint={t("planner.h.coldStart.answerFirstPosts")}
            class="wide"
          />
        </div>
      </Section>

      <Section
        id="calendar"
        title={t("planner.s.calendar")}
        help={t("planner.sh.calendar", {
          min: S.postsPerWeekday.min,
          max: S.postsPerWeekday.max,
          cmin: S.articleChars.min,
          cmax: S.articleChars.max,
          vmax: S.videoMaxMinutes,
        })}
      >
        <CalendarEditor />
        <div class="pl-grid">
          <PeakHours />
          {text("calendar.ugc", { hint: true })}
        </div>
      </Section>

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

      <Section id="events" title={t("planner.s.events")} help={t("planner.sh.events")}>
        <List
          path="events"
          rows={plan.events}
          name="event"
          make={(id) => ({
            id,
            name: "",
            kind: "topic" as const,
            cadence: "weekly" as const,
            description: "",
            followUp: "",
          })}
          first="name"
        >
          {(_row, base) => (
            <>
              <TextField
                path={`${base}.name`}
                label={t("planner.f.event.name")}
                maxLength={200}
                class="wide"
              />
              <SelectField
                path={`${base}.kind`}
                label={t("planner.f.event.kind")}
                options={o("eventKind", EVENT_KINDS)}
              />
              <SelectField
                path={`${base}.cadence`}
                label={t("planner.f.event.cadence")}
                options={o("cadence", CADENCES)}
              />
              <TextField
                path={`${base}.description`}
                label={t("planner.f.event.description")}
                multiline
              />
              <TextField
                path={`${base}.followUp`}
                label={t("planner.f.event.followUp")}
                multiline
              />
            </>
          )}
        </List>
      </Section>

      <Section
        id="feedback"
        title={t("planner.s.feedback")}
        help={t("planner.sh.feedback", { max: S.feedbackMaxHours })}
      >
        <div class="pl-grid">
          {text("feedback.channel")}
          <NumberField
            path="feedback.responseHours"
            label={t("planner.f.feedback.responseHours")}
            rule={{ min: 0, max: 10000 }}
            unit={t("planner.unit.hours")}
          />
        </div>
      </Section>

      <Section
        id="segmentation"
        title={t("planner.s.segmentation")}
        help={t("planner.sh.segmentation")}
      >
        <NamedList list="tiers" name="tier" />
        <NamedList list="points" name="pointsRule" />
        <NamedList list="badges" name="badge" />
        <NamedList list="coreRoles" name="coreRole" />
        <div class="pl-grid">{text("segmentation.wakeUp")}</div>
      </Section>

      <Section id="referral" title={t("planner.s.referral")} help={t("planner.sh.referral")}>
        <div class="pl-grid">
          <SelectField
            path="referral.mode"
            label={t("planner.f.referral.mode")}
            options={o("referral", REFERRAL_MODES)}
            class="wide"
          />
        </div>
        <List
          path="referral.tiers"
          rows={plan.referral.tiers}
          name="referralTier"
          make={(id) => ({ id, invites: null, reward: "" })}
          first="invites"
        >
          {(_row, base) => (
            <>
              <NumberField
                path={`${base}.invites`}
                label={t("planner.f.referralTier.invites")}
                rule={{ min: 1, max: 100000, integer: true }}
                unit={t("planner.unit.people")}
              />
              <TextField
                path={`${base}.reward`}
                label={t("planner.f.referralTier.reward")}
                maxLength={300}
              />
            </>
          )}
        </List>
        <div class="pl-grid">
          <CheckField
            path="referral.antiCheat"
            label={t("planner.f.referral.antiCheat")}
            class="wide"
          />
          {text("referral.antiCheatMeasures")}
          <NumberField
            path="referral.fromWeek"
            label={t("planner.f.referral.fromWeek")}
            rule={{ min: 0, max: 104, integer: true }}
          />
          <NumberField
            path="referral.adBudgetPerWeek"
            label={t("planner.f.referral.adBudgetPerWeek")}
            hint={t("planner.h.referral.adBudgetPerWeek")}
            rule={{ min: 0, max: 1000000 }}
          />
        </div>
      </Section>

      <Section
        id="monetization"
        title={t("planner.s.monetization")}
        help={t("planner.sh.monetization", { week: S.monetizationFromWeek })}
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
          {text("monetization.priceNote", { multiline: false, max: 200, wide: false })}
          <NumberField
            path="monetization.fromWeek"
            label={t("planner.f.monetization.fromWeek")}
            rule={{ min: 0, max: 104, integer: true }}
          />
          {text("monetization.valueFirst", { hint: true })}
        </div>
      </Section>

      <Section
        id="risk"
        title={t("planner.s.risk")}
        help={t("planner.sh.risk", { hours: S.monitoringHours, minutes: S.crisisMaxMinutes })}
      >
        <div class="pl-grid">
          <NumberField
            path="risk.monitoringHours"
            label={t("planner.f.risk.monitoringHours")}
            rule={{ min: 0, max: 24 }}
            unit={t("planner.unit.hoursPerDay")}
          />
          {text("risk.monitoringWho", { wide: false })}
          <CheckField
            path="risk.sensitiveAutomated"
            label={t("planner.f.risk.sensitiveAutomated")}
          />
          <CheckField path="risk.sensitiveHuman" label={t("planner.f.risk.sensitiveHuman")} />
          {text("risk.sensitiveProcess")}
          <NumberField
            path="risk.responseMinutes"
            label={t("planner.f.risk.responseMinutes")}
            hint={t("planner.h.risk.responseMinutes")}
            rule={{ min: 0, max: 100000 }}
            unit={t("planner.unit.minutes")}
          />
        </div>
        <h3>{t("planner.f.risk.escalation")}</h3>
        <List
          path="risk.escalation"
          rows={plan.risk.escalation}
          name="level"
          make={(id) => ({ id, trigger: "", action: "" })}
          first="trigger"
          movable
        >
          {(_row, base) => (
            <>
              <TextField
                path={`${base}.trigger`}
                label={t("planner.f.level.trigger")}
                multiline
                maxLength={500}
              />
              <TextField
                path={`${base}.action`}
                label={t("planner.f.level.action")}
                multiline
                maxLength={500}
              />
            </>
          )}
        </List>
        <div class="pl-grid">
          <CheckField
            path="risk.copyrightRegister"
            label={t("planner.f.risk.copyrightRegister")}
            class="wide"
          />
          {text("risk.copyrightNote")}
          {text("risk.privacy")}
        </div>
      </Section>

      <Section
        id="kpis"
        title={t("planner.s.kpis")}
        help={t("planner.sh.kpis", { min: S.minKpis })}
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
                path={`${base}.target`}
                label={t("planner.f.kpi.target")}
                hint={
                  row.kind === "growth"
                    ? t("planner.h.kpi.growth")
                    : row.metric === "other"
                      ? undefined
                      : t(`planner.h.kpi.${kpiUnit(row.metric)}`)
                }
                rule={{ min: -1000000000, max: 1000000000 }}
              />
              <NumberField
                path={`${base}.deadlineWeek`}
                label={t("planner.f.kpi.deadlineWeek")}
                rule={{ min: 1, max: 104, integer: true }}
              />
            </>
          )}
        </List>
        <div class="pl-grid">{text("kpiReview", { hint: true })}</div>
      </Section>

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

      <Section id="lifecycle" title={t("planner.s.lifecycle")} help={t("planner.sh.lifecycle")}>
        <div class="pl-grid">
          {STAGES.map((stage) => (
            <TextField
              key={stage}
              path={`lifecycle.${stage}`}
              label={t(`planner.o.stage.${stage}`)}
              multiline
            />
          ))}
        </div>
      </Section>
    </div>
  );
}

/** The unit a KPI's target is read in, for its hint. */
function kpiUnit(metric: Plan["kpis"][number]["metric"]): "percent" | "count" | "score" | "money" {
  if (
    ["stickiness", "retentionW1", "retentionW4", "retentionW12", "contributorsShare"].includes(
      metric,
    )
  )
    return "percent";
  if (metric === "nps") return "score";
  if (metric === "revenue") return "money";
  return "count";
}

function PeakHours() {
  const { t } = useEditor();
  return (
    <fieldset class="pl-peak wide">
      <legend>{t("planner.f.calendar.peak")}</legend>
      <TimeField path="calendar.peakFrom" label={t("planner.f.calendar.peakFrom")} nullable />
      <TimeField path="calendar.peakTo" label={t("planner.f.calendar.peakTo")} nullable />
    </fieldset>
  );
}
