/**
 * The plan form: one component per section (./sections), in the order of `SECTIONS`, which the
 * section list, the print view and the Markdown export share.
 */
import type { ComponentType } from "preact";
import type { SectionId } from "../../planner/outline";
import { SECTIONS } from "../../planner/outline";
import { Calendar } from "./sections/Calendar";
import { ColdStart } from "./sections/ColdStart";
import { CommunityType } from "./sections/CommunityType";
import { ContentReview } from "./sections/ContentReview";
import { Events } from "./sections/Events";
import { Feedback } from "./sections/Feedback";
import { Kpis } from "./sections/Kpis";
import { Lifecycle } from "./sections/Lifecycle";
import { Monetization } from "./sections/Monetization";
import { Personas } from "./sections/Personas";
import { Platform } from "./sections/Platform";
import { Positioning } from "./sections/Positioning";
import { Referral } from "./sections/Referral";
import { Risk } from "./sections/Risk";
import { Rules } from "./sections/Rules";
import { Segmentation } from "./sections/Segmentation";
import { Team } from "./sections/Team";
import { Value } from "./sections/Value";
import type { ScenarioOption } from "../../planner/view";

type SectionProps = { scenarios: readonly ScenarioOption[] };

const FORM: Record<SectionId, ComponentType<SectionProps>> = {
  positioning: Positioning,
  personas: Personas,
  value: Value,
  communityType: CommunityType,
  platform: Platform,
  rules: Rules,
  coldStart: ColdStart,
  calendar: Calendar,
  contentReview: ContentReview,
  events: Events,
  feedback: Feedback,
  segmentation: Segmentation,
  referral: Referral,
  monetization: Monetization,
  risk: Risk,
  kpis: Kpis,
  team: Team,
  lifecycle: Lifecycle,
};

export function PlanForm({ scenarios }: SectionProps) {
  return (
    <div class="pl-form">
      {SECTIONS.map((id) => {
        const Part = FORM[id];
        return <Part key={id} scenarios={scenarios} />;
      })}
    </div>
  );
}
