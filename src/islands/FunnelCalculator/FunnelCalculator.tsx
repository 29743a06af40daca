import { useEffect, useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, fmtPct } from "../widgets/numbers";
import { DataTable } from "../widgets/TableWrap";
import "../widgets/widgets.css";
import {
  analyzeFunnel,
  checkStages,
  COUNT_RULE,
  EXAMPLE_COUNTS,
  MAX_STAGES,
  MIN_STAGES,
  propagate,
  type StageInput,
} from "./funnel";

type Props = WidgetIslandProps;

type Row = StageInput & { id: number };

function FunnelCalculator({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.funnelCalculator.${key}`, values);
  const example = (): Row[] =>
    EXAMPLE_COUNTS.map((n, i) => ({ id: i, name: w(`example.${i}`), count: String(n) }));
  const [rows, setRows] = useState<Row[]>(example);
  const [whatIf, setWhatIf] = useState(false);
  const nextId = useRef(EXAMPLE_COUNTS.length);
  const focusId = useRef<number | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingId = useScopedId();

  useEffect(() => {
    if (focusId.current === null) return;
    document.getElementById(`${headingId}n${focusId.current}`)?.focus();
    focusId.current = null;
  });

  const update = (id: number, patch: Partial<StageInput>) =>
    setRows(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  // The counts when the learner started editing a field: what-if scaling works from these, so
  // the half-typed values in between never compound.
  const base = useRef<string[]>([]);
  const setCount = (index: number, count: string) => {
    const from = base.current.length === rows.length ? base.current : rows.map((r) => r.count);
    const counts = whatIf
      ? propagate(from, index, count)
      : rows.map((r, i) => (i === index ? count : r.count));
    setRows(rows.map((r, i) => ({ ...r, count: counts[i] ?? r.count })));
  };
  const add = () => {
    const id = nextId.current++;
    focusId.current = id;
    setRows([...rows, { id, name: "", count: "" }]);
  };
  const remove = (id: number) => {
    setRows(rows.filter((r) => r.id !== id));
    addRef.current?.focus();
  };

  const { checks, ok } = checkStages(rows);
  const counts = checks.map((c) => c.count.value ?? 0);
  const funnel = ok ? analyzeFunnel(counts) : null;
  const drop = funnel?.biggestDrop ?? null;
  const name = (i: number) => rows[i]?.name.trim() ?? "";
  const n = (x: number) => fmtNum(lang, x);
  const pct = (x: number | null) => (x === null ? "—" : fmtPct(lang, x));

  let summary = t("widget.common.fixInputs");
  if (funnel && funnel.overall === null) summary = w("zeroTop");
  else if (funnel) {
    summary = w("overall", {
      rate: pct(funnel.overall),
      last: n(counts[counts.length - 1] ?? 0),
      first: n(counts[0] ?? 0),
    });
    if (drop !== null)
      summary +=
        " " +
        w("biggestDrop", {
          from: name(drop),
          to: name(drop + 1),
          rate: pct(funnel.steps[drop]?.rate ?? null),
        });
  }

  return (
    <section class="w" aria-labelledby={headingId}>
      <h3 id={headingId}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <ol class="w-rows">
        {rows.map((row, i) => {
          const inputId = `${headingId}n${row.id}`;
          const check = checks[i];
          return (
            <li key={row.id} class="w-row">
              <div class="w-field w-grow">
                <label for={inputId}>{w("stageName", { n: i + 1 })}</label>
                <input
                  id={inputId}
                  type="text"
                  maxLength={40}
                  value={row.name}
                  aria-invalid={check?.nameMissing ? "true" : undefined}
                  aria-describedby={check?.nameMissing ? `${inputId}e` : undefined}
                  onInput={(e) => update(row.id, { name: e.currentTarget.value })}
                />
                {check?.nameMissing && (
                  <span id={`${inputId}e`} class="w-err">
                    {w("nameMissing")}
                  </span>
                )}
              </div>
              <NumField
                label={w("stageCount", { n: i + 1 })}
                value={row.count}
                onValue={(count) => setCount(i, count)}
                onFocus={() => (base.current = rows.map((r) => r.count))}
                parsed={check?.count ?? { error: "empty" }}
                rule={COUNT_RULE}
                t={t}
              />
              <button
                type="button"
                class="btn w-remove"
                disabled={rows.length <= MIN_STAGES}
                aria-label={w("remove", { n: i + 1, name: row.name.trim() })}
                onClick={() => remove(row.id)}
              >
                {t("widget.common.remove")}
              </button>
            </li>
          );
        })}
      </ol>
      <label class="w-option">
        <input
          type="checkbox"
          checked={whatIf}
          onChange={(e) => setWhatIf(e.currentTarget.checked)}
        />
        {w("whatIf")}
      </label>
      <div class="w-actions">
        <button
          ref={addRef}
          type="button"
          class="btn"
          disabled={rows.length >= MAX_STAGES}
          onClick={add}
        >
          {w("add")}
        </button>
        <button type="button" class="btn" onClick={() => setRows(example())}>
          {t("widget.common.reset")}
        </button>
        {rows.length >= MAX_STAGES && <span class="muted">{w("max", { max: MAX_STAGES })}</span>}
      </div>

      <p class="w-result" aria-live="polite">
        {summary}
      </p>

      {funnel && funnel.overall !== null && (
        <figure class="w-figure">
          <div class="w-funnel" aria-hidden="true">
            {counts.map((count, i) => (
              <div key={rows[i]?.id} class="w-funnel-stage">
                {i > 0 && (
                  <span class={i - 1 === drop ? "w-step w-bad" : "w-step"}>
                    ↓ {pct(funnel.steps[i - 1]?.rate ?? null)}
                  </span>
                )}
                <span class="w-funnel-label">
                  {name(i)} · {n(count)}
                </span>
                <svg class="w-bar" viewBox="0 0 100 8" preserveAspectRatio="none">
                  <rect width="100" height="8" class="w-bar-bg" />
                  <rect
                    width={Math.max(0.5, Math.min(1, funnel.ofTop[i] ?? 0) * 100)}
                    height="8"
                    class={i - 1 === drop ? "w-bar-fg w-bar-bad" : "w-bar-fg"}
                  />
                </svg>
              </div>
            ))}
          </div>
          <DataTable
            caption={w("tableCaption")}
            columns={[w("colStage"), w("colCount"), w("colStep"), w("colTop")]}
          >
            {counts.map((count, i) => (
              <tr key={rows[i]?.id} class={i - 1 === drop ? "w-row-bad" : undefined}>
                <th scope="row">{name(i)}</th>
                <td>{n(count)}</td>
                <td>
                  {i === 0 ? "—" : pct(funnel.steps[i - 1]?.rate ?? null)}
                  {i - 1 === drop && <strong class="w-tag">{w("dropTag")}</strong>}
                </td>
                <td>{pct(funnel.ofTop[i] ?? null)}</td>
              </tr>
            ))}
          </DataTable>
          {funnel.rising.map((s) => (
            <p key={s} class="w-warn">
              {w("rising", { from: name(s), to: name(s + 1) })}
            </p>
          ))}
          {drop !== null && <p class="muted">{w("hint")}</p>}
        </figure>
      )}
    </section>
  );
}

export default withIdScope(FunnelCalculator);
