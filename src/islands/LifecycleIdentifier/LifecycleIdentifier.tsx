import { useState } from "preact/hooks";
import { makeT } from "../../i18n/t";
import { useScopedId, withIdScope, type WidgetIslandProps } from "../widgets/island";
import { fmtNum, fmtPct } from "../../widgets/numbers";
import { ScoreCheck } from "../widgets/ScoreCheck";
import { DataTable } from "../widgets/TableWrap";
import "../widgets/widgets.css";
import {
  COMMUNITIES,
  markCommunity,
  MOVES,
  RULE,
  STAGES,
  type Answer,
  type Community,
  type Move,
  type Stage,
} from "../../widgets/lifecycle";

type Props = WidgetIslandProps;

const W = 240;
const H = 90;

/** Members and weekly actives as lines, with a dashed line at 80% of the WAU peak. */
function Chart({ c }: { c: Community }) {
  const top = Math.max(...c.members, ...c.wau) * 1.1;
  const y = (v: number) => H - (v / top) * H;
  const path = (values: number[]) =>
    values
      .map(
        (v, i) =>
          `${i ? "L" : "M"}${((i / (values.length - 1)) * W).toFixed(1)} ${y(v).toFixed(1)}`,
      )
      .join("");
  const threshold = y(Math.max(...c.wau) * RULE.wauShare);
  return (
    <svg class="w-spark" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
      <rect width={W} height={H} class="w-bar-bg" />
      <path d={`M0 ${threshold}H${W}`} class="w-line-limit" vector-effect="non-scaling-stroke" />
      <path d={path(c.wau)} class="w-line-wau" vector-effect="non-scaling-stroke" />
      <path d={path(c.members)} class="w-line-members" vector-effect="non-scaling-stroke" />
    </svg>
  );
}

function LifecycleIdentifier({ lang, strings }: Props) {
  const t = makeT(strings);
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`widget.lifecycleIdentifier.${key}`, values);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  const id = useScopedId();
  const n = (x: number) => fmtNum(lang, x);
  const pct = (x: number) => fmtPct(lang, x);
  const marks = COMMUNITIES.map((c) => markCommunity(c, answers[c.id] ?? {}));
  const score = marks.reduce((s, m) => s + m.points, 0);
  const unanswered = COMMUNITIES.reduce(
    (s, c) => s + Number(!answers[c.id]?.stage) + Number(!answers[c.id]?.move),
    0,
  );
  const set = (cid: string, patch: Answer) =>
    setAnswers({ ...answers, [cid]: { ...answers[cid], ...patch } });

  return (
    <section class="w" aria-labelledby={id}>
      <h3 id={id}>{w("title")}</h3>
      <p>{w("intro")}</p>
      <ul class="w-note">
        <li>{w("rule.start", { contributors: RULE.startContributors })}</li>
        <li>{w("rule.growth")}</li>
        <li>{w("rule.maturity")}</li>
        <li>{w("rule.decline")}</li>
      </ul>
      <p class="w-legend" aria-hidden="true">
        <span class="w-swatch w-fill-accent" />
        {w("members")} <span class="w-swatch w-fill-mid" />
        {w("wau")} <span class="w-swatch w-fill-warn" />
        {w("limit")}
      </p>
      <ul class="w-cards w-cards-wide">
        {COMMUNITIES.map((c, ci) => {
          const m = marks[ci];
          const a = answers[c.id] ?? {};
          const name = w(`c.${c.id}`);
          const peak = Math.max(...c.wau);
          const growth = m?.detected.growth ?? [];
          return (
            <li key={c.id}>
              <h4 class="w-card-title">{name}</h4>
              <Chart c={c} />
              <p class="w-note">
                {w("summary", {
                  from: n(c.members[0] ?? 0),
                  to: n(c.members[c.members.length - 1] ?? 0),
                  wau: n(c.wau[c.wau.length - 1] ?? 0),
                  peak: n(peak),
                  contributors: n(c.contributors),
                })}
              </p>
              <details>
                <summary>{t("widget.common.dataTable")}</summary>
                <DataTable
                  caption={w("tableCaption", { name })}
                  columns={[w("week"), w("members"), w("growth"), w("wau")]}
                >
                  {c.members.map((members, i) => (
                    <tr key={i}>
                      <th scope="row">{i + 1}</th>
                      <td>{n(members)}</td>
                      <td>{i === 0 ? "—" : pct(growth[i - 1] ?? 0)}</td>
                      <td>{n(c.wau[i] ?? 0)}</td>
                    </tr>
                  ))}
                </DataTable>
              </details>
              <div class="w-field">
                <label for={`${id}${c.id}s`}>{w("stageFor", { name })}</label>
                <select
                  id={`${id}${c.id}s`}
                  value={a.stage ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    set(c.id, { stage: STAGES.find((s) => s === v) });
                  }}
                >
                  <option value="">{t("widget.common.choose")}</option>
                  {STAGES.map((s: Stage) => (
                    <option key={s} value={s}>
                      {w(`stage.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class="w-field">
                <label for={`${id}${c.id}m`}>{w("moveFor", { name })}</label>
                <select
                  id={`${id}${c.id}m`}
                  value={a.move ?? ""}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    set(c.id, { move: MOVES.find((mv) => mv === v) });
                  }}
                >
                  <option value="">{t("widget.common.choose")}</option>
                  {MOVES.map((mv: Move) => (
                    <option key={mv} value={mv}>
                      {w(`move.${mv}`)}
                    </option>
                  ))}
                </select>
              </div>
              {checked && m && m.detected.stage && (
                <div class="w-explain">
                  <p>
                    <strong class={m.stageOk ? "w-good" : "w-bad"}>
                      {m.stageOk ? "✓" : "✗"}{" "}
                      {w("isStage", { stage: w(`stage.${m.detected.stage}`) })}
                    </strong>{" "}
                    {w(`reason.${m.detected.reason}`, {
                      share: pct(m.detected.wauShare),
                      weeks: m.detected.growingWeeks,
                      contributors: c.contributors,
                      recent: growth
                        .slice(-RULE.declineWeeks)
                        .map((g) => pct(g))
                        .join(lang === "en" ? ", " : "、"),
                    })}
                  </p>
                  {c.note && <p>{w(`c.${c.id}.note`)}</p>}
                  <p>
                    <strong class={m.moveOk ? "w-good" : "w-bad"}>{m.moveOk ? "✓" : "✗"}</strong>{" "}
                    {w(`why.${m.detected.stage}`)}
                  </p>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <ScoreCheck
        t={t}
        checked={checked}
        score={score}
        total={COMMUNITIES.length * 2}
        unanswered={unanswered}
        onCheck={() => setChecked(true)}
        onRetry={() => {
          setAnswers({});
          setChecked(false);
        }}
      />
    </section>
  );
}

export default withIdScope(LifecycleIdentifier);
