import { STANDARDS } from "../../../grading/checks";
import { CalendarEditor } from "../CalendarEditor";
import { Section, TimeField, useEditor } from "../fields";
import { PlanText } from "./shared";

export function Calendar() {
  const { t } = useEditor();
  const S = STANDARDS;
  return (
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
        <fieldset class="pl-peak wide">
          <legend>{t("planner.f.calendar.peak")}</legend>
          <TimeField path="calendar.peakFrom" label={t("planner.f.calendar.peakFrom")} nullable />
          <TimeField path="calendar.peakTo" label={t("planner.f.calendar.peakTo")} nullable />
        </fieldset>
        <PlanText path="calendar.ugc" hint />
      </div>
    </Section>
  );
}
