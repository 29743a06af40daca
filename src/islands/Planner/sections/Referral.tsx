import { REFERRAL_MODES } from "../../../schemas/plan-options";
import { CheckField, NumberField, Section, SelectField, TextField, useEditor } from "../fields";
import { List, PlanText, useOptions } from "./shared";

export function ReferralMode() {
  const { t } = useEditor();
  const o = useOptions();
  return (
    <SelectField
      path="referral.mode"
      label={t("planner.f.referral.mode")}
      options={o("referral", REFERRAL_MODES)}
      class="wide"
    />
  );
}

/** The reward tiers: invites needed and the reward. */
export function ReferralTiers() {
  const { plan, t } = useEditor();
  return (
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
  );
}

export function AntiCheatSwitch() {
  const { t } = useEditor();
  return (
    <CheckField path="referral.antiCheat" label={t("planner.f.referral.antiCheat")} class="wide" />
  );
}

export function Referral() {
  const { t } = useEditor();
  return (
    <Section id="referral" title={t("planner.s.referral")} help={t("planner.sh.referral")}>
      <div class="pl-grid">
        <ReferralMode />
      </div>
      <ReferralTiers />
      <div class="pl-grid">
        <AntiCheatSwitch />
        <PlanText path="referral.antiCheatMeasures" />
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
  );
}
