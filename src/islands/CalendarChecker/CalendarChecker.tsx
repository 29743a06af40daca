import { useRef, useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { NumField } from "../widgets/NumField";
import { fmtNum, parseNum } from "../../widgets/numbers";
import "../widgets/widgets.css";
import {
  checkWeek,
  DAYS,
  DEFAULT_PEAKS,
  EXAMPLE,
  FORMATS,
  LIMITS,
  lengthRule,
  perDay,
  SLOTS,
  validateDraft,
  type Draft,
  type Format,
  type Post,
} from "../../widgets/calendar";

type Props = WidgetIslandProps;

const EMPTY: Draft = { day: 3, slot: 2, theme: "", format: "post", length: "" };

function CalendarChecker({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.calendarChecker.${key}`, values);
  const example = (): Post[] =>
    EXAMPLE.map(([day, slot, theme, format, length], id) => ({
      id,
      day,
      slot,
      theme: w(`theme.${theme}`),
      format,
      length,
    }));
  const [posts, setPosts] = useState<Post[]>(example);
  const [peaks, setPeaks] = useState<number[]>(DEFAULT_PEAKS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const [said, setSaid] = useState("");
  const nextId = useRef(EXAMPLE.length);
  const themeRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const id = useScopedId();

  const day = (d: number) => w(`day.${d}`);
  const size = (p: { format: Format; length: number }) =>
    p.format === "poll"
      ? ""
      : w(p.format === "video" ? "minutes" : "chars", { n: fmtNum(lang, p.length, 1) });
  const where = (p: Post) => `${day(p.day)} ${SLOTS[p.slot] ?? ""}`;
  const describe = (p: Post) =>
    [where(p), w("quote", { theme: p.theme }), size(p)].filter(Boolean).join(" ");

  const draftCheck = validateDraft(draft);
  const draftOk = !draftCheck.themeMissing && draftCheck.length !== undefined;
  const save = () => {
    setTried(true);
    if (!draftOk || draftCheck.length === undefined) return;
    const post: Post = {
      id: editing ?? nextId.current++,
      day: draft.day,
      slot: draft.slot,
      theme: draft.theme.trim(),
      format: draft.format,
      length: draftCheck.length,
    };
    setPosts(editing === null ? [...posts, post] : posts.map((p) => (p.id === editing ? post : p)));
    setSaid(w(editing === null ? "added" : "saved", { post: describe(post) }));
    setEditing(null);
    setTried(false);
    setDraft({ ...EMPTY, day: draft.day, slot: draft.slot, format: draft.format });
  };
  const edit = (p: Post) => {
    setEditing(p.id);
    setTried(false);
    setDraft({
      day: p.day,
      slot: p.slot,
      theme: p.theme,
      format: p.format,
      length: p.format === "poll" ? "" : String(p.length),
    });
    themeRef.current?.focus();
  };
  const remove = (p: Post) => {
    setPosts(posts.filter((x) => x.id !== p.id));
    if (editing === p.id) setEditing(null);
    setSaid(w("removed", { post: describe(p) }));
    gridRef.current?.focus();
  };

  const checks = checkWeek(posts, peaks);
  const passed = checks.filter((c) => c.ok).length;
  const counts = perDay(posts);
  const peakList = peaks.map((s) => SLOTS[s]).join(lang === "en" ? ", " : "、");

  const issueText = (checkId: string, issue: { day: number; count?: number; post?: Post }) => {
    if (checkId === "cadence") {
      const count = issue.count ?? 0;
      return w(count > LIMITS.maxPerWeekday ? "issue.tooMany" : "issue.tooFew", {
        day: day(issue.day),
        count,
        diff:
          count > LIMITS.maxPerWeekday
            ? count - LIMITS.maxPerWeekday
            : LIMITS.minPerWeekday - count,
      });
    }
    if (checkId === "peaks") return w("issue.peaks", { day: day(issue.day) });
    return issue.post ? describe(issue.post) : "";
  };

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>

      <fieldset>
        <legend>{w("peaksLegend")}</legend>
        <p class="w-note">{w("peaksNote")}</p>
        <div class="w-inline">
          {SLOTS.map((slot, s) => (
            <label key={slot} class="w-option">
              <input
                type="checkbox"
                checked={peaks.includes(s)}
                onChange={(e) =>
                  setPeaks(
                    e.currentTarget.checked
                      ? [...peaks, s].sort((a, b) => a - b)
                      : peaks.filter((x) => x !== s),
                  )
                }
              />
              {slot}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="w-table-wrap w-cal-wrap" ref={gridRef} tabIndex={-1}>
        <table class="w-table w-cal">
          <caption>{w("gridCaption", { total: posts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{w("dayCol")}</th>
              {SLOTS.map((slot, s) => (
                <th scope="col" key={slot} class={peaks.includes(s) ? "w-peak" : undefined}>
                  {slot}
                  {peaks.includes(s) && <span class="w-peak-tag"> {w("peak")}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DAYS.map((d) => (
              <tr key={d}>
                <th scope="row">
                  {day(d)} <span class="muted">({counts[d] ?? 0})</span>
                </th>
                {SLOTS.map((slot, s) => {
                  const here = posts.filter((p) => p.day === d && p.slot === s);
                  return (
                    <td
                      key={slot}
                      data-label={peaks.includes(s) ? `${slot} · ${w("peak")}` : slot}
                      class={peaks.includes(s) ? "w-peak" : undefined}
                    >
                      {here.length > 0 && (
                        <ul class="w-chips">
                          {here.map((p) => (
                            <li key={p.id} class={`w-chip w-chip-${p.format}`}>
                              <span class="w-chip-fmt">{w(`format.${p.format}`)}</span>
                              <span>{p.theme}</span>
                              {p.format !== "poll" && <span class="w-chip-size">{size(p)}</span>}
                              <span class="w-chip-actions">
                                <button
                                  type="button"
                                  class="w-mini"
                                  aria-label={w("editPost", { post: describe(p) })}
                                  onClick={() => edit(p)}
                                >
                                  ✎
                                </button>
                                <button
                                  type="button"
                                  class="w-mini"
                                  aria-label={w("removePost", { post: describe(p) })}
                                  onClick={() => remove(p)}
                                >
                                  ×
                                </button>
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <fieldset>
        <legend>{w(editing === null ? "addLegend" : "editLegend")}</legend>
        <div class="w-grid">
          <div class="w-field">
            <label for={`${id}d`}>{w("dayLabel")}</label>
            <select
              id={`${id}d`}
              value={draft.day}
              onChange={(e) => setDraft({ ...draft, day: Number(e.currentTarget.value) })}
            >
              {DAYS.map((d) => (
                <option key={d} value={d}>
                  {day(d)}
                </option>
              ))}
            </select>
          </div>
          <div class="w-field">
            <label for={`${id}s`}>{w("slotLabel")}</label>
            <select
              id={`${id}s`}
              value={draft.slot}
              onChange={(e) => setDraft({ ...draft, slot: Number(e.currentTarget.value) })}
            >
              {SLOTS.map((slot, s) => (
                <option key={slot} value={s}>
                  {slot}
                </option>
              ))}
            </select>
          </div>
          <div class="w-field">
            <label for={`${id}t`}>{w("themeLabel")}</label>
            <input
              id={`${id}t`}
              ref={themeRef}
              type="text"
              maxLength={40}
              value={draft.theme}
              aria-invalid={tried && draftCheck.themeMissing ? "true" : undefined}
              aria-describedby={tried && draftCheck.themeMissing ? `${id}te` : undefined}
              onInput={(e) => setDraft({ ...draft, theme: e.currentTarget.value })}
            />
            {tried && draftCheck.themeMissing && (
              <span id={`${id}te`} class="w-err">
                {w("themeMissing")}
              </span>
            )}
          </div>
          <div class="w-field">
            <label for={`${id}f`}>{w("formatLabel")}</label>
            <select
              id={`${id}f`}
              value={draft.format}
              onChange={(e) => {
                const format = FORMATS.find((f) => f === e.currentTarget.value) ?? "post";
                setDraft({ ...draft, format });
              }}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {w(`format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <NumField
            label={w(draft.format === "video" ? "lengthMinutes" : "lengthChars")}
            value={draft.format === "poll" ? "" : draft.length}
            onValue={(length) => setDraft({ ...draft, length })}
            parsed={tried ? parseNum(draft.length, lengthRule(draft.format)) : { value: 0 }}
            rule={lengthRule(draft.format)}
            t={t}
            disabled={draft.format === "poll"}
          />
        </div>
        <div class="w-actions">
          <button type="button" class="btn btn-primary" onClick={save}>
            {w(editing === null ? "add" : "save")}
          </button>
          {editing !== null && (
            <button
              type="button"
              class="btn"
              onClick={() => {
                setEditing(null);
                setTried(false);
                setDraft(EMPTY);
              }}
            >
              {w("cancel")}
            </button>
          )}
          <button
            type="button"
            class="btn"
            onClick={() => {
              setPosts(example());
              setPeaks(DEFAULT_PEAKS);
              setEditing(null);
              setSaid(w("resetDone"));
            }}
          >
            {t("widget.common.reset")}
          </button>
        </div>
      </fieldset>

      <p class="w-result" aria-live="polite">
        {said && `${said} `}
        {w("passed", { passed, total: checks.length })}
      </p>
      <ul class="w-check">
        {checks.map((c) => (
          <li key={c.id}>
            <span class={`w-mark ${c.ok ? "w-good" : "w-bad"}`} aria-hidden="true">
              {c.ok ? "✓" : "✗"}
            </span>
            <strong>
              {w(`check.${c.id}`, {
                min: LIMITS.minPerWeekday,
                max: LIMITS.maxPerWeekday,
                from: LIMITS.longPostMin,
                to: LIMITS.longPostMax,
                short: LIMITS.shortPostMax,
                minutes: LIMITS.videoMaxMinutes,
                peaks: peakList || "—",
              })}
            </strong>
            <span class="visually-hidden">{w(c.ok ? "passes" : "fails")}</span>
            {!c.ok && (
              <>
                {c.id === "peaks" && peaks.length === 0 ? (
                  <p>{w("noPeaks")}</p>
                ) : (
                  <ul>
                    {c.issues.map((issue, i) => (
                      <li key={i}>{issueText(c.id, issue)}</li>
                    ))}
                  </ul>
                )}
                {(c.id !== "peaks" || peaks.length > 0) && (
                  <p class="w-note">{w(`fix.${c.id}`, { peaks: peakList })}</p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default withIdScope(CalendarChecker);
