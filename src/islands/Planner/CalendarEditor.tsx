import { useState } from "preact/hooks";
import { DAYS, FORMATS, MAX_CALENDAR_SLOTS, type CalendarSlot } from "../../schemas/plan";
import { STANDARDS } from "../../grading/checks";
import { newId } from "../../stores/plans";
import { NumberField, SelectField, TextField, TimeField, useEditor } from "./fields";
import {
  addRow,
  clearDay,
  copySlotToWeekdays,
  fieldId,
  lengthUnit,
  removeRow,
  restoreSlots,
} from "../../planner/plan-edit";

/** What the last bulk action did, said under the day it started from; a cleared day can come back. */
type Done = { day: number; text: string; removed?: CalendarSlot[] };

const byTime = (a: CalendarSlot, b: CalendarSlot) =>
  a.time.localeCompare(b.time) || a.id.localeCompare(b.id);

/**
 * The weekly content calendar: a block per day, each slot a row of time, format, theme and
 * length (stacked on narrow screens). Weekdays show how many items they hold against the 3–5
 * standard. Bulk actions: a slot copied to every weekday, a day cleared (with undo).
 */
export function CalendarEditor() {
  const { plan, change, t } = useEditor();
  const { min, max } = STANDARDS.postsPerWeekday;
  const [done, setDone] = useState<Done | null>(null);
  const days = (list: number[]) => list.map((d) => t(`planner.day.${d}`)).join(t("rubric.listSep"));

  const copyToWeekdays = (slot: CalendarSlot) => {
    const result = copySlotToWeekdays(plan, slot.id, () => newId("s"));
    if (result.copied.length) change(() => result.plan);
    const said = [
      result.copied.length
        ? t("planner.cal.copied", { time: slot.time, days: days(result.copied) })
        : t("planner.cal.copiedNone", { time: slot.time }),
      ...(result.taken.length
        ? [t("planner.cal.copyTaken", { time: slot.time, days: days(result.taken) })]
        : []),
      ...(result.full.length
        ? [t("planner.cal.copyFull", { max: MAX_CALENDAR_SLOTS, days: days(result.full) })]
        : []),
    ];
    setDone({ day: slot.day, text: said.join(" ") });
  };
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
                  <span class="pl-slot-actions">
                    {weekday && (
                      <button
                        type="button"
                        class="btn btn-small"
                        aria-label={t("planner.cal.copy", { day: dayName, time: slot.time })}
                        onClick={() => copyToWeekdays(slot)}
                      >
                        {t("planner.cal.copyShort")}
                      </button>
                    )}
                    <button
                      type="button"
                      class="btn btn-small"
                      aria-label={t("planner.cal.remove", { day: dayName, time: slot.time })}
                      onClick={() => change((p) => removeRow(p, "calendar.slots", slot.id))}
                    >
                      {t("planner.cal.removeShort")}
                    </button>
                  </span>
                </div>
              );
            })}
            {done?.day === day && (
              <p class="pl-cal-done" role="status">
                {done.text}{" "}
                {done.removed && (
                  <button
                    type="button"
                    class="btn btn-small"
                    onClick={() => {
                      const removed = done.removed!;
                      change((p) => restoreSlots(p, removed));
                      setDone({ day, text: t("planner.cal.restored", { day: dayName }) });
                    }}
                  >
                    {t("planner.cal.undo")}
                  </button>
                )}
              </p>
            )}
            <span class="pl-day-actions">
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
              {slots.length > 0 && (
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => {
                    const result = clearDay(plan, day);
                    change(() => result.plan);
                    setDone({
                      day,
                      text: t("planner.cal.cleared", { day: dayName, n: result.removed.length }),
                      removed: result.removed,
                    });
                  }}
                >
                  {t("planner.cal.clear", { day: dayName })}
                </button>
              )}
            </span>
          </fieldset>
        );
      })}
    </div>
  );
}
