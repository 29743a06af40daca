import { useEffect, useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import { DataTable } from "../widgets/TableWrap";
import "../widgets/widgets.css";
import {
  analyzeFunnel,
  checkStages,
  COUNT_RULE,
  EXAMPLE_COUNTS,
  MAX_STAGES,
  MIN_STAGES,
  isPending,
  propagate,
  settle,
  type StageInput,
} from "../../widgets/funnel";

type Props = WidgetIslandProps;

type Row = StageInput & { id: number; fresh?: boolean };

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
    setRows(settle(rows.map((r) => (r.id === id ? { ...r, ...patch } : r))));
  // The counts when the learner started editing a field: what-if scaling works from these, so
  // the half-typed values in between never compound.
  const base = useRef<string[]>([]);
  const setCount = (index: number, count: string) => {
    const from = base.current.length === rows.length ? base.current : rows.map((r) => r.count);
    const counts = whatIf
      ? propagate(from, index, count)
      : rows.map((r, i) => (i === index ? count : r.count));
    setRows(settle(rows.map((r, i) => ({ ...r, count: counts[i] ?? r.count }))));
  };
  const add = () => {
    const id = nextId.current++;
    focusId.current = id;
    setRows([...rows, { id, name: "", count: "", fresh: true }]);
  };
  const remove = (id: number) => {
    setRows(rows.filter((r) => r.id !== id));
    addRef.current?.focus();
  };

  // Every row's own check for its fields; the funnel from the rows that count (not a step just
  // added and still empty).
  const { checks } = checkStages(rows);
  const counted = rows.filter((r) => !isPending(r));
  const pending = counted.length < rows.length;
  const analysed = checkStages(counted);
  const counts = analysed.checks.map((c) => c.count.value ?? 0);
  const funnel = analysed.ok ? analyzeFunnel(counts) : null;
  const drop = funnel?.biggestDrop ?? null;
  const name = (i: number) => counted[i]?.name.trim() ?? "";
  const full = rows.length >= MAX_STAGES;
  const maxNoteId = `${headingId}max`;
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
  if (pending) summary += " " + w("pending");

  return (
    <section class="w" aria-labelledby={headingId}>
      <h3 id={headingId}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <ol class="w-rows">
        {rows.map((row, i) => {
          const inputId = `${headingId}n${row.id}`;
          const check = isPending(row) ? undefined : checks[i];
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
                parsed={checks[i]?.count ?? { error: "empty" }}
                hideError={check === undefined}
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
          aria-disabled={full ? "true" : undefined}
          aria-describedby={full ? maxNoteId : undefined}
          onClick={() => !full && add()}
        >
          {w("add")}
        </button>
        <button type="button" class="btn" onClick={() => setRows(example())}>
          {t("widget.common.reset")}
        </button>
        {full && (
          <span class="muted" id={maxNoteId}>
            {w("max", { max: MAX_STAGES })}
          </span>
        )}
      </div>

      <p class="w-result" aria-live="polite">
        {summary}
      </p>

      {funnel && funnel.overall !== null && (
        <figure class="w-figure">
          <div class="w-funnel" aria-hidden="true">
            {counts.map((count, i) => (
              <div key={counted[i]?.id} class="w-funnel-stage">
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
              <tr key={counted[i]?.id} class={i - 1 === drop ? "w-row-bad" : undefined}>
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
