import { DAYS, FORMATS, type CalendarSlot } from "../../schemas/plan";
import { STANDARDS } from "../../grading/checks";
import { newId } from "../../stores/plans";
import { NumberField, SelectField, TextField, TimeField, useEditor } from "./fields";
import { addRow, fieldId, lengthUnit, removeRow } from "../../planner/plan-edit";

const byTime = (a: CalendarSlot, b: CalendarSlot) =>
  a.time.localeCompare(b.time) || a.id.localeCompare(b.id);

/**
 * The weekly content calendar: a block per day, each slot a row of time, format, theme and
 * length (stacked on narrow screens). Weekdays show how many items they hold against the 3–5
 * standard.
 */
export function CalendarEditor() {
  const { plan, change, t } = useEditor();
  const { min, max } = STANDARDS.postsPerWeekday;
  return (
    <div class="pl-week">
      {DAYS.map((day) => {
        const slots = plan.calendar.slots.filter((s) => s.day === day).sort(byTime);
        const weekday = day < 5;
        const ok = slots.length >= min && slots.length <= max;
        const dayName = t(`planner.day.${day}`);
        return (
          <fieldset class="pl-day" key={day}>
            <legend>
              {dayName}{" "}
              <span class={`pl-count ${weekday ? (ok ? "is-ok" : "is-off") : ""}`}>
                {t("planner.cal.count", { n: slots.length })}
              </span>
            </legend>
            {slots.length > 0 && (
              <div class="pl-slot pl-slot-head" aria-hidden="true">
                <span>{t("planner.cal.time")}</span>
                <span>{t("planner.cal.format")}</span>
                <span>{t("planner.cal.theme")}</span>
                <span>{t("planner.doc.length")}</span>
              </div>
            )}
            {slots.map((slot) => {
              const base = `calendar.slots.${slot.id}`;
              const unit = lengthUnit(slot.format);
              return (
                <div class="pl-slot" key={slot.id}>
                  <TimeField path={`${base}.time`} label={t("planner.cal.time")} />
                  <SelectField
                    path={`${base}.format`}
                    label={t("planner.cal.format")}
                    options={FORMATS.map((f) => ({ value: f, label: t(`planner.o.format.${f}`) }))}
                  />
                  <TextField
                    path={`${base}.theme`}
                    label={t("planner.cal.theme")}
                    maxLength={200}
                  />
                  {unit ? (
                    <NumberField
                      path={`${base}.length`}
                      label={t(`planner.cal.length.${unit}`)}
                      rule={{ min: 0, max: 100000 }}
                      unit={t(`planner.cal.unit.${unit}`)}
                    />
                  ) : (
                    <span class="pl-slot-none" />
                  )}
                  <button
                    type="button"
                    class="btn btn-small pl-slot-remove"
                    aria-label={t("planner.cal.remove", { day: dayName, time: slot.time })}
                    onClick={() => change((p) => removeRow(p, "calendar.slots", slot.id))}
                  >
                    {t("planner.cal.removeShort")}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              class="btn btn-small pl-add"
              id={fieldId(`calendar.day.${day}`)}
              onClick={() =>
                change((p) =>
                  addRow(p, "calendar.slots", {
                    id: newId("s"),
                    day,
                    time: "12:00",
                    theme: "",
                    format: "post",
                    length: null,
                  } satisfies CalendarSlot),
                )
              }
            >
              {t("planner.cal.add", { day: dayName })}
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}
