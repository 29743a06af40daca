import { useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import { DataTable } from "../widgets/TableWrap";
import "../widgets/widgets.css";
import {
  computeNps,
  COUNT_RULE,
  EXAMPLE_COUNTS,
  EXAMPLE_LIST,
  parseAnswers,
  parseCounts,
  SMALL_SAMPLE,
} from "../../widgets/nps";

type Props = WidgetIslandProps;

const GROUPS = [
  { key: "promoters", fill: "w-fill-ok", range: "9–10" },
  { key: "passives", fill: "w-fill-mid", range: "7–8" },
  { key: "detractors", fill: "w-fill-bad", range: "0–6" },
] as const;

function NpsCalculator({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.npsCalculator.${key}`, values);
  const [mode, setMode] = useState<"counts" | "list">("counts");
  const [fields, setFields] = useState(() => EXAMPLE_COUNTS.map(String));
  const [list, setList] = useState(EXAMPLE_LIST);
  const id = useScopedId();

  const fromCounts = parseCounts(fields);
  const fromList = parseAnswers(list);
  const counts = mode === "counts" ? fromCounts.counts : fromList.counts;
  const nps = counts ? computeNps(counts) : null;
  const share = (n: number) => (nps && nps.total > 0 ? n / nps.total : 0);
  const pct = (n: number) => fmtPct(lang, share(n));

  let summary = t("widget.common.fixInputs");
  if (nps && nps.score === null) summary = w("empty");
  else if (nps && nps.score !== null)
    summary = w("result", {
      score: fmtNum(lang, nps.score, 1),
      promoters: pct(nps.promoters),
      passives: pct(nps.passives),
      detractors: pct(nps.detractors),
      total: fmtNum(lang, nps.total),
    });

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <fieldset>
        <legend>{w("mode")}</legend>
        {(["counts", "list"] as const).map((m) => (
          <label key={m} class="w-option">
            <input type="radio" name={`${id}m`} checked={mode === m} onChange={() => setMode(m)} />
            {w(`mode.${m}`)}
          </label>
        ))}
      </fieldset>

      {mode === "counts" ? (
        <fieldset>
          <legend>{w("countsLegend")}</legend>
          <div class="w-grid w-grid-narrow">
            {fields.map((value, score) => (
              <NumField
                key={score}
                label={w("countLabel", { score })}
                value={value}
                onValue={(v) => setFields(fields.map((f, i) => (i === score ? v : f)))}
                parsed={fromCounts.parsed[score] ?? { error: "empty" }}
                rule={COUNT_RULE}
                t={t}
              />
            ))}
          </div>
        </fieldset>
      ) : (
        <div class="w-field">
          <label for={`${id}l`}>{w("listLabel")}</label>
          <textarea
            id={`${id}l`}
            value={list}
            rows={4}
            aria-invalid={fromList.invalid.length > 0 ? "true" : undefined}
            aria-describedby={`${id}h`}
            onInput={(e) => setList(e.currentTarget.value)}
          />
          <span id={`${id}h`} class={fromList.invalid.length > 0 ? "w-err" : "w-note"}>
            {fromList.invalid.length > 0
              ? w("invalid", {
                  count: fromList.invalid.length,
                  list: fromList.invalid.slice(0, 8).join(lang === "en" ? ", " : "、"),
                })
              : w("listHint")}
          </span>
        </div>
      )}
      <div class="w-actions">
        <button
          type="button"
          class="btn"
          onClick={() => {
            setFields(EXAMPLE_COUNTS.map(String));
            setList(EXAMPLE_LIST);
          }}
        >
          {t("widget.common.reset")}
        </button>
      </div>

      <p class="w-result" aria-live="polite">
        {summary}
      </p>

      {nps && nps.score !== null && (
        <figure class="w-figure">
          <div class="w-stack" aria-hidden="true">
            {GROUPS.map((g) => (
              <span key={g.key} class={g.fill} style={`width:${share(nps[g.key]) * 100}%`} />
            ))}
          </div>
          <DataTable
            caption={w("tableCaption")}
            columns={[w("colGroup"), w("colScores"), w("colCount"), w("colShare")]}
          >
            {GROUPS.map((g) => (
              <tr key={g.key}>
                <th scope="row">
                  <span class={`w-swatch ${g.fill}`} aria-hidden="true" />
                  {w(g.key)}
                </th>
                <td>{g.range}</td>
                <td>{fmtNum(lang, nps[g.key])}</td>
                <td>{pct(nps[g.key])}</td>
              </tr>
            ))}
          </DataTable>
          <p>
            {w("formula", {
              promoters: pct(nps.promoters),
              detractors: pct(nps.detractors),
              score: fmtNum(lang, nps.score, 1),
            })}
          </p>
          <p>{w(`band.${nps.band}`)}</p>
          {nps.total < SMALL_SAMPLE && (
            <p class="w-warn">
              {w("small", { total: nps.total, points: fmtNum(lang, nps.oneAnswer ?? 0, 1) })}
            </p>
          )}
        </figure>
      )}
    </section>
  );
}

export default withIdScope(NpsCalculator);
