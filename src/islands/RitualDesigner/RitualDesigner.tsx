import { useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, parseNum } from "../../widgets/numbers";
import "../widgets/widgets.css";
import {
  ACTORS,
  CADENCES,
  checkPlan,
  EXAMPLE,
  EXAMPLE_EN,
  LIMITS,
  WELCOME_STEPS,
  type Actor,
  type Cadence,
  type Check,
  type CulturePlan,
  type Ritual,
} from "../../widgets/rituals";

type Props = WidgetIslandProps;

interface Draft {
  name: string;
  cadence: Cadence;
  actor: Actor;
  value: number;
  symbol: string;
  minutes: string;
}

const EMPTY_DRAFT: Draft = {
  name: "",
  cadence: "weekly",
  actor: "members",
  value: 0,
  symbol: "",
  minutes: "30",
};
const BLANK: CulturePlan = { values: ["", "", ""], slogan: "", rituals: [], welcome: [], hours: 3 };
const MINUTES_RULE = { min: 0, max: 600, integer: true };
const HOURS_RULE = { min: 0, max: 40 };

/** A labelled drop-down of [value, label] pairs. */
function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChoose: (value: string) => void;
}) {
  return (
    <div class="w-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChoose(e.currentTarget.value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function RitualDesigner({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.ritualDesigner.${key}`, values);
  const example = lang === "en" ? EXAMPLE_EN : EXAMPLE;
  const [plan, setPlan] = useState<CulturePlan>(example);
  const [hours, setHours] = useState(String(example.hours));
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [tried, setTried] = useState(false);
  const [said, setSaid] = useState("");
  const nextId = useRef(example.rituals.length);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useScopedId();
  const sep = lang === "en" ? "; " : "；";

  const parsedHours = parseNum(hours, HOURS_RULE);
  const checked = checkPlan({ ...plan, hours: parsedHours.value ?? 0 });
  const passed = checked.filter((c) => c.ok).length;
  const valueName = (i: number) => plan.values[i]?.trim() || w("noValue");
  const parsedMinutes = parseNum(draft.minutes, MINUTES_RULE);
  const nameMissing = draft.name.trim() === "";

  const add = () => {
    setTried(true);
    if (nameMissing || parsedMinutes.value === undefined) return;
    const ritual: Ritual = {
      id: nextId.current++,
      name: draft.name.trim(),
      cadence: draft.cadence,
      actor: draft.actor,
      value: draft.value,
      symbol: draft.symbol.trim(),
      minutes: parsedMinutes.value,
    };
    setPlan({ ...plan, rituals: [...plan.rituals, ritual] });
    setSaid(w("added", { name: ritual.name }));
    setTried(false);
    setDraft({ ...EMPTY_DRAFT, cadence: draft.cadence, actor: draft.actor });
  };
  const remove = (r: Ritual) => {
    setPlan({ ...plan, rituals: plan.rituals.filter((x) => x.id !== r.id) });
    setSaid(w("removed", { name: r.name }));
    nameRef.current?.focus();
  };
  const restart = (next: CulturePlan, message: string) => {
    setPlan(next);
    setHours(String(next.hours));
    setDraft(EMPTY_DRAFT);
    setTried(false);
    setSaid(message);
  };

  const message = (c: Check): string => {
    const items = c.items
      .map((item) =>
        c.id === "rhythm"
          ? w(`cadence.${item}`)
          : c.id === "welcome"
            ? w(`fix.${item}`)
            : w("quote", { item }),
      )
      .join(sep);
    if (c.id === "slogan") {
      if (!plan.slogan.trim()) return w("check.slogan.empty");
      const unit = /[\u3400-\u9fff]/.test(plan.slogan) ? "Chars" : "Words";
      return w(`check.slogan.${c.ok ? "ok" : "bad"}${unit}`, {
        n: c.figure ?? 0,
        max: unit === "Chars" ? LIMITS.sloganMaxChars : LIMITS.sloganMaxWords,
      });
    }
    if (c.id === "time") {
      return w(`check.time.${c.ok ? "ok" : "bad"}`, {
        n: fmtNum(lang, c.figure ?? 0),
        budget: fmtNum(lang, parsedHours.value ?? 0, 1),
      });
    }
    if (!c.ok && (c.id === "ritualsTied" || c.id === "members") && plan.rituals.length === 0) {
      return w("check.noRituals");
    }
    return w(`check.${c.id}.${c.ok ? "ok" : "bad"}`, {
      n: c.figure ?? 0,
      items,
      max: LIMITS.maxValues,
      steps: LIMITS.maxWelcomeSteps,
    });
  };

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>

      <fieldset>
        <legend>{w("valuesLegend")}</legend>
        <div class="w-grid">
          {plan.values.map((v, i) => (
            <div class="w-field" key={i}>
              <label for={`${id}v${i}`}>{w("valueLabel", { n: i + 1 })}</label>
              <input
                id={`${id}v${i}`}
                type="text"
                maxLength={20}
                value={v}
                onInput={(e) => {
                  const values = [...plan.values];
                  values[i] = e.currentTarget.value;
                  setPlan({ ...plan, values });
                }}
              />
            </div>
          ))}
        </div>
        <div class="w-field">
          <label for={`${id}slogan`}>{w("sloganLabel")}</label>
          <input
            id={`${id}slogan`}
            type="text"
            maxLength={80}
            value={plan.slogan}
            onInput={(e) => setPlan({ ...plan, slogan: e.currentTarget.value })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{w("ritualsLegend")}</legend>
        {plan.rituals.length === 0 ? (
          <p class="w-note">{w("noRitualsYet")}</p>
        ) : (
          <ul class="w-cards">
            {plan.rituals.map((r) => (
              <li key={r.id}>
                <h4 class="w-card-title">{r.name}</h4>
                <p class="w-note">
                  {[
                    w(`cadence.${r.cadence}`),
                    w(`actor.${r.actor}`),
                    w("expresses", { value: valueName(r.value) }),
                    r.symbol ? w("symbolIs", { symbol: r.symbol }) : w("noSymbol"),
                    w("minutesEach", { n: r.minutes }),
                  ].join(" · ")}
                </p>
                <button
                  type="button"
                  class="btn w-remove"
                  aria-label={w("remove", { name: r.name })}
                  onClick={() => remove(r)}
                >
                  {t("widget.common.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="w-grid">
          <div class="w-field">
            <label for={`${id}n`}>{w("nameLabel")}</label>
            <input
              id={`${id}n`}
              ref={nameRef}
              type="text"
              maxLength={40}
              value={draft.name}
              aria-invalid={tried && nameMissing ? "true" : undefined}
              aria-describedby={tried && nameMissing ? `${id}ne` : undefined}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            {tried && nameMissing && (
              <span id={`${id}ne`} class="w-err">
                {w("nameMissing")}
              </span>
            )}
          </div>
          <Choice
            id={`${id}c`}
            label={w("cadenceLabel")}
            value={draft.cadence}
            options={CADENCES.map((c) => [c, w(`cadence.${c}`)])}
            onChoose={(v) =>
              setDraft({ ...draft, cadence: CADENCES.find((c) => c === v) ?? "weekly" })
            }
          />
          <Choice
            id={`${id}a`}
            label={w("actorLabel")}
            value={draft.actor}
            options={ACTORS.map((a) => [a, w(`actor.${a}`)])}
            onChoose={(v) =>
              setDraft({ ...draft, actor: ACTORS.find((a) => a === v) ?? "members" })
            }
          />
          <Choice
            id={`${id}vv`}
            label={w("ritualValueLabel")}
            value={String(draft.value)}
            options={[
              ...plan.values.flatMap((v, i): [string, string][] =>
                v.trim() ? [[String(i), v.trim()]] : [],
              ),
              ["-1", w("noValue")],
            ]}
            onChoose={(v) => setDraft({ ...draft, value: Number(v) })}
          />
          <div class="w-field">
            <label for={`${id}s`}>{w("symbolLabel")}</label>
            <input
              id={`${id}s`}
              type="text"
              maxLength={30}
              value={draft.symbol}
              onInput={(e) => setDraft({ ...draft, symbol: e.currentTarget.value })}
            />
          </div>
          <NumField
            label={w("minutesLabel")}
            value={draft.minutes}
            onValue={(minutes) => setDraft({ ...draft, minutes })}
            parsed={tried ? parsedMinutes : { value: 0 }}
            rule={MINUTES_RULE}
            t={t}
          />
        </div>
        <div class="w-actions">
          <button type="button" class="btn btn-primary" onClick={add}>
            {w("add")}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{w("welcomeLegend", { steps: LIMITS.maxWelcomeSteps })}</legend>
        {WELCOME_STEPS.map((step) => (
          <label key={step} class="w-option">
            <input
              type="checkbox"
              checked={plan.welcome.includes(step)}
              onChange={(e) =>
                setPlan({
                  ...plan,
                  welcome: e.currentTarget.checked
                    ? WELCOME_STEPS.filter((s) => s === step || plan.welcome.includes(s))
                    : plan.welcome.filter((s) => s !== step),
                })
              }
            />
            {w(`step.${step}`)}
          </label>
        ))}
      </fieldset>

      <NumField
        label={w("hoursLabel")}
        value={hours}
        onValue={setHours}
        parsed={parsedHours}
        rule={HOURS_RULE}
        t={t}
      />

      <div class="w-actions">
        <button type="button" class="btn" onClick={() => restart(BLANK, w("blankDone"))}>
          {w("blank")}
        </button>
        <button type="button" class="btn" onClick={() => restart(example, w("resetDone"))}>
          {t("widget.common.reset")}
        </button>
      </div>

      <p class="w-result" aria-live="polite">
        {said && `${said} `}
        {w("passed", { passed, total: checked.length })}
      </p>
      <ul class="w-check">
        {checked.map((c) => (
          <li key={c.id}>
            <span class={`w-mark ${c.ok ? "w-good" : "w-bad"}`} aria-hidden="true">
              {c.ok ? "✓" : "✗"}
            </span>
            <span class="visually-hidden">{c.ok ? w("okMark") : w("badMark")}</span>
            {message(c)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default withIdScope(RitualDesigner);
