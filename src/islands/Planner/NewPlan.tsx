import { useState } from "preact/hooks";
import type { T } from "../../i18n/t";
import type { ExampleView, ScenarioOption } from "../../planner/view";

export type NewPlanChoice =
  | { kind: "blank"; scenario: string; name: string }
  | { kind: "example"; example: ExampleView; name: string };

/** Starting a plan: blank (for a chosen case community) or from one of the example plans. */
export function NewPlan({
  t,
  examples,
  scenarios,
  defaultScenario,
  onCreate,
  onCancel,
}: {
  t: T;
  examples: readonly ExampleView[];
  scenarios: readonly ScenarioOption[];
  defaultScenario: string;
  onCreate: (choice: NewPlanChoice) => void;
  onCancel?: () => void;
}) {
  const [start, setStart] = useState("blank");
  const [scenario, setScenario] = useState(defaultScenario);
  const [name, setName] = useState("");
  const example = examples.find((e) => e.scenario === start);
  const defaultName = example ? example.plan.name : t("planner.new.defaultName");
  return (
    <form
      class="pl-new card"
      onSubmit={(e) => {
        e.preventDefault();
        const chosen = name.trim() || defaultName;
        onCreate(
          example
            ? { kind: "example", example, name: chosen }
            : { kind: "blank", scenario, name: chosen },
        );
      }}
    >
      <fieldset>
        <legend>{t("planner.new.start")}</legend>
        <label class="pl-radio">
          <input
            type="radio"
            name="pl-start"
            value="blank"
            checked={start === "blank"}
            onChange={() => setStart("blank")}
          />
          {t("planner.new.blank")}
        </label>
        {examples.map((e) => (
          <label class="pl-radio" key={e.scenario}>
            <input
              type="radio"
              name="pl-start"
              value={e.scenario}
              checked={start === e.scenario}
              onChange={() => setStart(e.scenario)}
            />
            {t("planner.new.example", { name: e.name })}
          </label>
        ))}
      </fieldset>
      {!example && (
        <div class="pl-field">
          <label for="pl-new-scenario">{t("planner.f.scenario")}</label>
          <select
            id="pl-new-scenario"
            value={scenario}
            onChange={(e) => setScenario(e.currentTarget.value)}
          >
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="pl-field">
        <label for="pl-new-name">{t("planner.new.name")}</label>
        <input
          id="pl-new-name"
          type="text"
          maxLength={200}
          value={name}
          placeholder={defaultName}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <p class="pl-actions">
        <button type="submit" class="btn btn-primary">
          {t("planner.new.create")}
        </button>
        {onCancel && (
          <button type="button" class="btn" onClick={onCancel}>
            {t("planner.cancel")}
          </button>
        )}
      </p>
    </form>
  );
}
