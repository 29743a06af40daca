import { useState } from "preact/hooks";
import { leverSpec, type LeverSpec, type Levers } from "../../sim/index";
import { leverCost, leverHelp, leverLabel, leverOption } from "../../i18n/sim";
import { GROUPS, LEVER_CONTROLS, leverStep } from "../../sandbox/layout";
import { formatLever, type UiLang } from "../../sandbox/format";
import type { LeverValue } from "../../sandbox/session";
import type { T } from "../../i18n/t";
import type { ModuleRef } from "../../sandbox/types";

interface LeverPanelProps {
  lang: UiLang;
  t: T;
  levers: Levers;
  /** Levers fixed by an assignment. */
  locked: readonly string[];
  /** No changes allowed (run over, or a review). */
  readOnly: boolean;
  /** The run has begun: levers read before week 1 only (the seed members) can no longer change. */
  started?: boolean;
  onChange: (name: keyof Levers, value: LeverValue) => void;
  modules: readonly ModuleRef[];
  /** Show only these levers (the compact embed). */
  only?: readonly (keyof Levers)[];
  /** Levers changed for the coming week (shown with a badge). */
  pending?: ReadonlySet<string>;
  /** Prefix for element ids, so two panels on one page never share one. */
  idPrefix?: string;
  /** Where the module links go: "/<lang>/modules/<slug>/". */
  moduleHref: (slug: string) => string;
}

/** Whether the page is laid out in one column (sandbox.css): lever groups then start closed. */
const oneColumn = () =>
  typeof matchMedia === "function" && matchMedia("(max-width: 60rem)").matches;

/**
 * The levers, grouped as the course teaches them, each with its unit, value, explanation, cost and
 * module link. On the full page each group opens and closes (all open on a wide screen, all closed
 * in the one-column layout, so the results are not thousands of pixels down); what the learner
 * opened stays open while the page is.
 */
export function LeverPanel(props: LeverPanelProps) {
  const controls = LEVER_CONTROLS.filter((c) => !props.only || props.only.includes(c.name));
  // Decided once: from then on each group stays as the learner leaves it (the page never sets it again).
  const [startOpen] = useState(() => !oneColumn());
  if (props.only) {
    return (
      <div class="sbx-levers">
        <div class="sbx-lever-group">
          {controls.map((c) => (
            <LeverControl key={c.name} spec={leverSpec(c.name) as LeverSpec} {...props} />
          ))}
        </div>
      </div>
    );
  }
  return (
    <div class="sbx-levers">
      {GROUPS.map((group) => {
        const inGroup = controls.filter((c) => c.group === group);
        if (!inGroup.length) return null;
        const id = `${props.idPrefix ?? "sbx"}-group-${group}`;
        const pending = inGroup.some((c) => props.pending?.has(c.name));
        return (
          <details key={group} class="sbx-lever-group" data-group={group} open={startOpen}>
            <summary>
              <span class="sbx-group-name" id={id}>
                {props.t(`sandbox.group.${group}`)}
              </span>
              <span class="sbx-group-count muted">
                {props.t("sandbox.group.count", { n: inGroup.length })}
              </span>
              {pending && <span class="sbx-badge">{props.t("sandbox.lever.pending")}</span>}
            </summary>
            <div class="sbx-group-body" role="group" aria-labelledby={id}>
              {inGroup.map((c) => (
                <LeverControl key={c.name} spec={leverSpec(c.name) as LeverSpec} {...props} />
              ))}
            </div>
          </details>
        );
      })}
    </div>
  );
}

function LeverControl(props: LeverPanelProps & { spec: LeverSpec }) {
  const { spec, lang, t, levers, locked, readOnly, onChange, idPrefix = "sbx" } = props;
  const id = `${idPrefix}-lever-${spec.name}`;
  const helpId = `${id}-help`;
  const isLocked = locked.includes(spec.name);
  const startOnly = spec.when === "start";
  const disabled = readOnly || isLocked || (startOnly && props.started === true);
  const value = levers[spec.name];
  const module = props.modules.find((m) => m.number === spec.module);
  const shown = formatLever(lang, t, spec.name, value);
  const pending = props.pending?.has(spec.name);

  const help = (
    <p id={helpId} class="sbx-lever-help">
      {leverHelp(t, spec.name)} <span class="muted">{leverCost(t, spec.name)}</span>
      {module && (
        <>
          {" "}
          <a href={props.moduleHref(module.slug)}>
            {t("sandbox.lever.module", { n: module.number, title: module.title })}
          </a>
        </>
      )}
    </p>
  );
  const badges = (
    <>
      {isLocked && <span class="sbx-badge sbx-badge-lock">{t("sandbox.lever.locked")}</span>}
      {startOnly && !isLocked && <span class="sbx-badge">{t("sandbox.lever.startOnly")}</span>}
      {pending && !isLocked && !startOnly && (
        <span class="sbx-badge">{t("sandbox.lever.pending")}</span>
      )}
    </>
  );

  if (spec.kind === "number") {
    return (
      <div class="sbx-lever" data-lever={spec.name}>
        <div class="sbx-lever-head">
          <label for={id}>{leverLabel(t, spec.name)}</label>
          <output for={id} class="sbx-lever-value">
            {shown}
          </output>
          {badges}
        </div>
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={leverStep(spec.name)}
          value={value as number}
          disabled={disabled}
          aria-describedby={helpId}
          aria-valuetext={shown}
          onInput={(e) => onChange(spec.name, Number((e.currentTarget as HTMLInputElement).value))}
        />
        {help}
      </div>
    );
  }
  if (spec.kind === "boolean") {
    return (
      <div class="sbx-lever" data-lever={spec.name}>
        <div class="sbx-lever-head">
          <input
            id={id}
            type="checkbox"
            class="sbx-switch"
            checked={value as boolean}
            disabled={disabled}
            aria-describedby={helpId}
            onChange={(e) => onChange(spec.name, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={id}>{leverLabel(t, spec.name)}</label>
          <span class="sbx-lever-value">{shown}</span>
          {badges}
        </div>
        {help}
      </div>
    );
  }
  const options = spec.kind === "action" ? ["none", ...spec.options] : spec.options;
  return (
    <fieldset
      class="sbx-lever sbx-choice"
      data-lever={spec.name}
      aria-describedby={helpId}
      disabled={disabled}
    >
      <legend class="sbx-lever-head">
        <span>{leverLabel(t, spec.name)}</span> {badges}
      </legend>
      <div class="sbx-options">
        {options.map((option) => (
          <label key={option} class="sbx-option">
            <input
              type="radio"
              name={id}
              value={option}
              checked={value === option}
              onChange={() => onChange(spec.name, option as LeverValue)}
            />
            <span>{leverOption(t, spec.name, option)}</span>
          </label>
        ))}
      </div>
      {help}
    </fieldset>
  );
}
