import { useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { fmtNum } from "../../widgets/numbers";
import { ScoreCheck } from "../widgets/ScoreCheck";
import "../widgets/widgets.css";
import { isTier, mark, MEMBERS, RULE, TIERS, type Tier } from "../../widgets/segments";

type Props = WidgetIslandProps;

function SegmentSorter({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.segmentSorter.${key}`, values);
  const [answers, setAnswers] = useState<Partial<Record<string, Tier>>>({});
  const [checked, setChecked] = useState(false);
  const id = useScopedId();
  const marked = mark(answers);
  const tierName = (tier: Tier) => w(`tier.${tier}`);

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <h4>{w("ruleTitle")}</h4>
      <ol>
        <li>{w("rule.dormant", { days: RULE.dormantMaxDays })}</li>
        <li>
          {w("rule.core", { days: RULE.coreMinDays, contributions: RULE.coreMinContributions })}
        </li>
        <li>
          {w("rule.active", {
            days: RULE.activeMinDays,
            contributions: RULE.activeMinContributions,
          })}
        </li>
        <li>{w("rule.ordinary")}</li>
      </ol>
      <p class="w-note">{w("ruleNote")}</p>

      <ul class="w-cards">
        {marked.results.map((r) => {
          const m = r.member;
          const name = w(`m.${m.id}.name`);
          const selectId = `${id}${m.id}`;
          return (
            <li key={m.id}>
              <h4 class="w-card-title">{name}</h4>
              <p class="w-note">{w(`m.${m.id}.desc`)}</p>
              <dl class="w-dl w-dl-num">
                <dt>{w("activeDays")}</dt>
                <dd>{fmtNum(lang, m.activeDays)}</dd>
                <dt>{w("contributions")}</dt>
                <dd>{fmtNum(lang, m.contributions)}</dd>
                <dt>{w("spend")}</dt>
                <dd>¥{fmtNum(lang, m.spend)}</dd>
                {m.joinedDaysAgo !== undefined && (
                  <>
                    <dt>{w("joined")}</dt>
                    <dd>{w("daysAgo", { days: m.joinedDaysAgo })}</dd>
                  </>
                )}
                {m.followers !== undefined && (
                  <>
                    <dt>{w("followers")}</dt>
                    <dd>{fmtNum(lang, m.followers)}</dd>
                  </>
                )}
              </dl>
              <div class="w-field">
                <label for={selectId}>{w("tierFor", { name })}</label>
                <select
                  id={selectId}
                  value={r.answer ?? ""}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    const next = { ...answers };
                    if (isTier(value)) next[m.id] = value;
                    else delete next[m.id];
                    setAnswers(next);
                  }}
                >
                  <option value="">{t("widget.common.choose")}</option>
                  {TIERS.map((tier) => (
                    <option key={tier} value={tier}>
                      {tierName(tier)}
                    </option>
                  ))}
                </select>
              </div>
              {checked && (
                <p class="w-explain">
                  <strong class={r.ok ? "w-good" : "w-bad"}>
                    {r.ok ? `✓ ${t("widget.common.correct")}` : `✗ ${t("widget.common.wrong")}`}
                  </strong>{" "}
                  {r.ok ? "" : w("should", { tier: tierName(r.tier) }) + " "}
                  {w(`reason.${r.reason}`, {
                    days: m.activeDays,
                    contributions: m.contributions,
                    coreDays: RULE.coreMinDays,
                    coreContributions: RULE.coreMinContributions,
                    activeDays: RULE.activeMinDays,
                    activeContributions: RULE.activeMinContributions,
                    dormantDays: RULE.dormantMaxDays,
                  })}
                  {r.notes.map(
                    (note) =>
                      " " +
                      w(note, {
                        spend: fmtNum(lang, m.spend),
                        days: m.joinedDaysAgo ?? 0,
                        followers: fmtNum(lang, m.followers ?? 0),
                      }),
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <ScoreCheck
        t={t}
        checked={checked}
        score={marked.score}
        total={MEMBERS.length}
        unanswered={marked.unanswered}
        onCheck={() => setChecked(true)}
        onRetry={() => {
          setAnswers({});
          setChecked(false);
        }}
      />
      {checked && <p>{w("care")}</p>}
    </section>
  );
}

export default withIdScope(SegmentSorter);
