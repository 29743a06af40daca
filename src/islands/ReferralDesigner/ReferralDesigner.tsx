import { useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import "../widgets/widgets.css";
import {
  ASSUMPTIONS,
  EXAMPLE,
  FIELD_RULES,
  MAX_TIERS,
  readForm,
  simulateReferral,
  toForm,
  type Model,
  type ReferralForm,
  type ScalarField,
} from "../../widgets/referral";

type Props = WidgetIslandProps;

function ReferralDesigner({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.referralDesigner.${key}`, values);
  const example = () => toForm(EXAMPLE, [w("tier.coupon"), w("tier.vip")]);
  const [form, setForm] = useState<ReferralForm>(example);
  const addRef = useRef<HTMLButtonElement>(null);
  const id = useScopedId();
  const { scalars, tiers, input } = readForm(form);
  const result = input ? simulateReferral(input) : null;
  const other = input
    ? simulateReferral({ ...input, model: input.model === "cash" ? "tiered" : "cash" })
    : null;

  const otherValid =
    form.model === "tiered"
      ? scalars.cashPerHead.error === undefined
      : tiers.every((tier) => tier.invites.error === undefined && tier.cost.error === undefined);
  const n = (x: number, d = 0) => fmtNum(lang, x, d);
  const pct = (x: number) => fmtPct(lang, x);
  const yuan = (x: number) => `¥${fmtNum(lang, x, x < 100 ? 1 : 0)}`;
  const field = (f: ScalarField) => (
    <NumField
      label={w(`f.${f}`)}
      value={form[f]}
      onValue={(v) => setForm({ ...form, [f]: v })}
      parsed={scalars[f]}
      rule={FIELD_RULES[f]}
      t={t}
    />
  );
  const setTier = (i: number, patch: Partial<ReferralForm["tiers"][number]>) =>
    setForm({
      ...form,
      tiers: form.tiers.map((tier, j) => (j === i ? { ...tier, ...patch } : tier)),
    });
  const tierName = (i: number) => form.tiers[i]?.label.trim() || w("tierN", { n: i + 1 });

  let summary = t("widget.common.fixInputs");
  if (result)
    summary = w("summary", {
      k: n(result.k, 2),
      below: w(result.k < 1 ? "below" : "above"),
      genuine: n(result.genuine),
      cpg: result.costPerGenuine === null ? "—" : yuan(result.costPerGenuine),
    });

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <div class="w-grid">
        {field("members")}
        {field("participation")}
        {field("invitesPerMember")}
        {field("conversion")}
      </div>
      <fieldset>
        <legend>{w("model")}</legend>
        {(["tiered", "cash"] as Model[]).map((m) => (
          <label key={m} class="w-option">
            <input
              type="radio"
              name={`${id}m`}
              checked={form.model === m}
              onChange={() => setForm({ ...form, model: m })}
            />
            {w(`model.${m}`)}
          </label>
        ))}
        {form.model === "cash" ? (
          <div class="w-grid">{field("cashPerHead")}</div>
        ) : (
          <ol class="w-rows">
            {form.tiers.map((tier, i) => (
              <li key={i} class="w-row">
                <div class="w-field w-grow">
                  <label for={`${id}t${i}`}>{w("tierLabel", { n: i + 1 })}</label>
                  <input
                    id={`${id}t${i}`}
                    type="text"
                    maxLength={30}
                    value={tier.label}
                    onInput={(e) => setTier(i, { label: e.currentTarget.value })}
                  />
                </div>
                <NumField
                  label={w("tierInvites", { n: i + 1 })}
                  value={tier.invites}
                  onValue={(invites) => setTier(i, { invites })}
                  parsed={tiers[i]?.invites ?? { error: "empty" }}
                  rule={FIELD_RULES.tierInvites}
                  t={t}
                />
                <NumField
                  label={w("tierCost", { n: i + 1 })}
                  value={tier.cost}
                  onValue={(cost) => setTier(i, { cost })}
                  parsed={tiers[i]?.cost ?? { error: "empty" }}
                  rule={FIELD_RULES.tierCost}
                  t={t}
                />
                <button
                  type="button"
                  class="btn w-remove"
                  disabled={form.tiers.length <= 1}
                  aria-label={w("removeTier", { name: tierName(i) })}
                  onClick={() => {
                    setForm({ ...form, tiers: form.tiers.filter((_, j) => j !== i) });
                    addRef.current?.focus();
                  }}
                >
                  {t("widget.common.remove")}
                </button>
              </li>
            ))}
          </ol>
        )}
        {form.model === "tiered" && (
          <div class="w-actions">
            <button
              ref={addRef}
              type="button"
              class="btn"
              disabled={form.tiers.length >= MAX_TIERS}
              onClick={() =>
                setForm({ ...form, tiers: [...form.tiers, { label: "", invites: "", cost: "" }] })
              }
            >
              {w("addTier")}
            </button>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{w("cheat")}</legend>
        <label class="w-option">
          <input
            type="checkbox"
            checked={form.antiCheat}
            onChange={(e) => setForm({ ...form, antiCheat: e.currentTarget.checked })}
          />
          {w("antiCheat")}
        </label>
        <div class="w-grid">{field("fakeShare")}</div>
      </fieldset>
      <div class="w-actions">
        <button type="button" class="btn" onClick={() => setForm(example())}>
          {t("widget.common.reset")}
        </button>
      </div>

      <p class="w-result" aria-live="polite">
        {summary}
      </p>
      {result && input && (
        <>
          <dl class="w-dl w-dl-result">
            <dt>{w("r.genuine")}</dt>
            <dd>{n(result.genuine)}</dd>
            <dt>{w("r.fake")}</dt>
            <dd>
              {n(result.fake)} ({pct(result.fakeShare)})
            </dd>
            <dt>{w("r.k")}</dt>
            <dd>
              <strong class={result.k < 1 ? undefined : "w-bad"}>
                {n(result.k, 2)} {result.k < 1 ? "< 1" : "≥ 1"}
              </strong>
            </dd>
            <dt>{w("r.apparentK")}</dt>
            <dd>{n(result.apparentK, 2)}</dd>
            <dt>{w("r.cost")}</dt>
            <dd>{yuan(result.cost)}</dd>
            <dt>{w("r.cpg")}</dt>
            <dd>{result.costPerGenuine === null ? "—" : yuan(result.costPerGenuine)}</dd>
            <dt>{w("r.cascade")}</dt>
            <dd>{result.cascade === null ? w("r.unbounded") : n(result.cascade)}</dd>
          </dl>
          <h4>{w("why")}</h4>
          <ul>
            <li>
              {w(input.antiCheat ? "formulaFriction" : "formula", {
                p: pct(input.participation),
                i: n(input.invitesPerMember, 1),
                c: pct(input.conversion),
                friction: n(1 - ASSUMPTIONS.antiCheatFriction, 2),
                k: n(result.k, 2),
              })}
            </li>
            <li>
              {result.cascade === null
                ? w("kAbove")
                : w("kBelow", { genuine: n(result.genuine), cascade: n(result.cascade) })}
            </li>
            <li>
              {input.antiCheat
                ? w("fakesOn", {
                    catch: pct(ASSUMPTIONS.antiCheatCatch),
                    friction: pct(ASSUMPTIONS.antiCheatFriction),
                    fake: n(result.fake),
                  })
                : w(input.model === "cash" ? "fakesCash" : "fakesOff", {
                    fake: n(result.fake),
                    cost: yuan(result.fakeCost),
                  })}
            </li>
            <li>
              {input.model === "cash"
                ? w("cashCost", {
                    cash: yuan(input.cashPerHead),
                    counted: n(result.genuine + result.fake),
                  })
                : w("tierReach", {
                    list: input.tiers
                      .map((tier, i) =>
                        w("reachItem", {
                          name: tierName(i),
                          invites: tier.invites,
                          share: pct(result.tierReach[i] ?? 0),
                        }),
                      )
                      .join(lang === "en" ? "; " : "；"),
                  })}
            </li>
            {other && other.costPerGenuine !== null && otherValid && (
              <li>
                {w(input.model === "cash" ? "compareTiered" : "compareCash", {
                  cpg: yuan(other.costPerGenuine),
                  cash: yuan(input.cashPerHead),
                })}
              </li>
            )}
          </ul>
          <p class="w-note">{w("assumptions")}</p>
        </>
      )}
    </section>
  );
}

export default withIdScope(ReferralDesigner);
