import { CADENCES, EVENT_KINDS } from "../../../schemas/plan-options";
import { Section, SelectField, TextField, useEditor } from "../fields";
import { List, useOptions } from "./shared";

export function Events() {
  const { plan, t } = useEditor();
  const o = useOptions();
  return (
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
            <TextField path={`${base}.followUp`} label={t("planner.f.event.followUp")} multiline />
          </>
        )}
      </List>
    </Section>
  );
}
