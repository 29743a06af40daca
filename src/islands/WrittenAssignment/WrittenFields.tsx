import type { WrittenField } from "../../schemas/plan-options";
import { AntiCheatSwitch, ReferralMode, ReferralTiers } from "../Planner/sections/Referral";
import { TimelineSteps } from "../Planner/sections/Risk";
import { PlanText } from "../Planner/sections/shared";

/** Text fields that have a hint in the planner (`planner.h.<path>`). */
const HINTED = new Set<WrittenField>([
  "rules.rewardsPenalties",
  "coldStart.invitation",
  "coldStart.firstWeek",
  "risk.holdingStatement",
]);

/** One field of a written assignment, as the planner shows it. */
export function WrittenFieldView({ field }: { field: WrittenField }) {
  switch (field) {
    case "referral.mode":
      return (
        <div class="pl-grid">
          <ReferralMode />
        </div>
      );
    case "referral.tiers":
      return <ReferralTiers />;
    case "referral.antiCheat":
      return (
        <div class="pl-grid">
          <AntiCheatSwitch />
        </div>
      );
    case "risk.timeline":
      return <TimelineSteps />;
    default:
      return (
        <div class="pl-grid">
          <PlanText path={field} hint={HINTED.has(field)} />
        </div>
      );
  }
}
