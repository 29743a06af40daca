/**
 * The plan as a document: one outline feeds both the print view (PlanDocument.tsx) and the
 * Markdown export, so the two always say the same thing. Pure; labels come from `t`.
 */
import type { Plan } from "../schemas/plan";
import { DAYS, STAGES, VALUES } from "../schemas/plan-options";
import type { T } from "../i18n/t";
import { lengthUnit } from "./plan-edit";

/** The plan's sections in order: the form, the section list, the print view and the export. */
export const SECTIONS = [
  "positioning",
  "personas",
  "value",
  "communityType",
  "platform",
  "rules",
  "coldStart",
  "calendar",
  "contentReview",
  "events",
  "feedback",
  "segmentation",
  "referral",
  "monetization",
  "risk",
  "kpis",
  "team",
  "lifecycle",
] as const;
export type SectionId = (typeof SECTIONS)[number];

export type Block =
  | { kind: "fields"; rows: [label: string, value: string][] }
  | { kind: "table"; head: string[]; rows: string[][] }
  | { kind: "heading"; text: string };

export interface OutlineSection {
  id: SectionId;
  title: string;
  blocks: Block[];
}

export interface Outline {
  title: string;
  sections: OutlineSection[];
}

/** A score line for the end of the document. */
export interface ScoreLine {
  rubric: string;
  score: string;
  detail: string;
}

const DASH = "—";
const show = (v: string | number | null | undefined) =>
  v === null || v === undefined || String(v).trim() === "" ? DASH : String(v);

export function planOutline(plan: Plan, t: T, scenarioName: string): Outline {
  const opt = (group: string, v: string | null) =>
    v === null ? DASH : t(`planner.o.${group}.${v}`);
  const yes = (b: boolean) => t(b ? "planner.doc.yes" : "planner.doc.no");
  const f = (key: string, value: string | number | null | undefined): [string, string] => [
    t(`planner.f.${key}`),
    show(value),
  ];
  const table = (head: string[], rows: string[][]): Block =>
    rows.length === 0
      ? { kind: "fields", rows: [[t("planner.doc.none"), DASH]] }
      : { kind: "table", head, rows };
  const named = (list: "tiers" | "points" | "badges" | "coreRoles", name: string): Block[] => [
    { kind: "heading", text: t(`planner.f.segmentation.${list}`) },
    table(
      [t(`planner.f.${name}.name`), t(`planner.f.${name}.detail`)],
      plan.segmentation[list].map((r) => [show(r.name), show(r.detail)]),
    ),
  ];
  const p = plan;
  const unitOf = (format: Plan["calendar"]["slots"][number]["format"], length: number | null) => {
    const unit = lengthUnit(format);
    return unit === null || length === null ? DASH : `${length} ${t(`planner.doc.unit.${unit}`)}`;
  };
  const slots = [...p.calendar.slots].sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));

  const sections: OutlineSection[] = [
    {
      id: "positioning",
      title: t("planner.s.positioning"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [t("planner.f.scenario"), scenarioName],
            [t("planner.f.positioning.goal"), opt("goal", p.positioning.goal)],
            f("positioning.line", p.positioning.line),
            f("positioning.slogan", p.positioning.slogan),
            [
              t("planner.f.positioning.horizonWeeks"),
              `${p.positioning.horizonWeeks} ${t("planner.unit.weeks")}`,
            ],
          ],
        },
      ],
    },
    {
      id: "personas",
      title: t("planner.s.personas"),
      blocks: [
        table(
          (["who", "needs", "pains", "whereNow"] as const).map((k) => t(`planner.f.personas.${k}`)),
          p.personas.map((x) => [show(x.who), show(x.needs), show(x.pains), show(x.whereNow)]),
        ),
      ],
    },
    {
      id: "value",
      title: t("planner.s.value"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [t("planner.f.value.core"), opt("value", p.value.core)],
            ...VALUES.map((v): [string, string] => [t(`planner.o.value.${v}`), show(p.value[v])]),
          ],
        },
      ],
    },
    {
      id: "communityType",
      title: t("planner.s.communityType"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [t("planner.f.communityType.category"), opt("category", p.communityType.category)],
            [t("planner.f.communityType.model"), opt("model", p.communityType.model)],
          ],
        },
      ],
    },
    {
      id: "platform",
      title: t("planner.s.platform"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [
              t("planner.f.platform.platform"),
              p.platform.platform === "other"
                ? show(p.platform.otherName)
                : opt("platform", p.platform.platform),
            ],
            f("platform.why", p.platform.why),
          ],
        },
      ],
    },
    {
      id: "rules",
      title: t("planner.s.rules"),
      blocks: [
        {
          kind: "fields",
          rows: [
            f("rules.threshold", p.rules.threshold),
            f("rules.speaking", p.rules.speaking),
            f("rules.banned", p.rules.banned),
            f("rules.rewardsPenalties", p.rules.rewardsPenalties),
            [t("planner.f.rules.enforcement"), opt("enforcement", p.rules.enforcement)],
          ],
        },
      ],
    },
    {
      id: "coldStart",
      title: t("planner.s.coldStart"),
      blocks: [
        {
          kind: "fields",
          rows: [
            f("coldStart.sources", p.coldStart.sources),
            f("coldStart.seedCount", p.coldStart.seedCount),
            f("coldStart.invitation", p.coldStart.invitation),
            f("coldStart.firstWeek", p.coldStart.firstWeek),
            f("coldStart.iceBreakers", p.coldStart.iceBreakers),
            [t("planner.f.coldStart.answerFirstPosts"), yes(p.coldStart.answerFirstPosts)],
          ],
        },
      ],
    },
    {
      id: "calendar",
      title: t("planner.s.calendar"),
      blocks: [
        table(
          [
            t("planner.doc.day"),
            t("planner.cal.time"),
            t("planner.cal.format"),
            t("planner.cal.theme"),
            t("planner.doc.length"),
          ],
          slots.map((s) => [
            t(`planner.day.${s.day}`),
            s.time,
            t(`planner.o.format.${s.format}`),
            show(s.theme),
            unitOf(s.format, s.length),
          ]),
        ),
        {
          kind: "fields",
          rows: [
            [
              t("planner.doc.perDay"),
              DAYS.map(
                (d) =>
                  `${t(`planner.day.${d}`)} ${p.calendar.slots.filter((s) => s.day === d).length}`,
              ).join(" · "),
            ],
            [
              t("planner.f.calendar.peak"),
              p.calendar.peakFrom && p.calendar.peakTo
                ? `${p.calendar.peakFrom}–${p.calendar.peakTo}`
                : DASH,
            ],
            f("calendar.ugc", p.calendar.ugc),
          ],
        },
      ],
    },
    {
      id: "contentReview",
      title: t("planner.s.contentReview"),
      blocks: [
        table(
          [t("planner.doc.order"), t("planner.f.step.role"), t("planner.f.step.who")],
          p.contentReview.steps.map((s, i) => [String(i + 1), opt("review", s.role), show(s.who)]),
        ),
      ],
    },
    {
      id: "events",
      title: t("planner.s.events"),
      blocks: [
        table(
          ["name", "kind", "cadence", "description", "followUp"].map((k) =>
            t(`planner.f.event.${k}`),
          ),
          p.events.map((e) => [
            show(e.name),
            opt("eventKind", e.kind),
            opt("cadence", e.cadence),
            show(e.description),
            show(e.followUp),
          ]),
        ),
      ],
    },
    {
      id: "feedback",
      title: t("planner.s.feedback"),
      blocks: [
        {
          kind: "fields",
          rows: [
            f("feedback.channel", p.feedback.channel),
            [
              t("planner.f.feedback.responseHours"),
              p.feedback.responseHours === null
                ? DASH
                : `${p.feedback.responseHours} ${t("planner.unit.hours")}`,
            ],
          ],
        },
      ],
    },
    {
      id: "segmentation",
      title: t("planner.s.segmentation"),
      blocks: [
        ...named("tiers", "tier"),
        ...named("points", "pointsRule"),
        ...named("badges", "badge"),
        ...named("coreRoles", "coreRole"),
        { kind: "fields", rows: [f("segmentation.wakeUp", p.segmentation.wakeUp)] },
      ],
    },
    {
      id: "referral",
      title: t("planner.s.referral"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [t("planner.f.referral.mode"), opt("referral", p.referral.mode)],
            [t("planner.f.referral.antiCheat"), yes(p.referral.antiCheat)],
            f("referral.antiCheatMeasures", p.referral.antiCheatMeasures),
            f("referral.fromWeek", p.referral.fromWeek),
            f("referral.adBudgetPerWeek", p.referral.adBudgetPerWeek),
          ],
        },
        table(
          [t("planner.f.referralTier.invites"), t("planner.f.referralTier.reward")],
          p.referral.tiers.map((r) => [show(r.invites), show(r.reward)]),
        ),
      ],
    },
    {
      id: "monetization",
      title: t("planner.s.monetization"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [t("planner.f.monetization.model"), opt("money", p.monetization.model)],
            [
              t("planner.f.monetization.price"),
              p.monetization.price === null
                ? DASH
                : `${p.monetization.price}${p.monetization.priceNote ? ` (${p.monetization.priceNote})` : ""}`,
            ],
            f("monetization.fromWeek", p.monetization.fromWeek),
            [t("planner.f.monetization.intensity"), opt("intensity", p.monetization.intensity)],
            f("monetization.valueFirst", p.monetization.valueFirst),
          ],
        },
      ],
    },
    {
      id: "risk",
      title: t("planner.s.risk"),
      blocks: [
        {
          kind: "fields",
          rows: [
            [
              t("planner.f.risk.monitoringHours"),
              p.risk.monitoringHours === null
                ? DASH
                : `${p.risk.monitoringHours} ${t("planner.unit.hoursPerDay")}`,
            ],
            f("risk.monitoringWho", p.risk.monitoringWho),
            [t("planner.f.risk.sensitiveAutomated"), yes(p.risk.sensitiveAutomated)],
            [t("planner.f.risk.sensitiveHuman"), yes(p.risk.sensitiveHuman)],
            f("risk.sensitiveProcess", p.risk.sensitiveProcess),
            [
              t("planner.f.risk.responseMinutes"),
              p.risk.responseMinutes === null
                ? DASH
                : `${p.risk.responseMinutes} ${t("planner.unit.minutes")}`,
            ],
            [t("planner.f.risk.copyrightRegister"), yes(p.risk.copyrightRegister)],
            f("risk.copyrightNote", p.risk.copyrightNote),
            f("risk.privacy", p.risk.privacy),
          ],
        },
        { kind: "heading", text: t("planner.f.risk.escalation") },
        table(
          [t("planner.doc.order"), t("planner.f.level.trigger"), t("planner.f.level.action")],
          p.risk.escalation.map((x, i) => [String(i + 1), show(x.trigger), show(x.action)]),
        ),
        { kind: "fields", rows: [f("risk.holdingStatement", p.risk.holdingStatement)] },
        { kind: "heading", text: t("planner.f.risk.timeline") },
        table(
          [t("planner.f.timelineStep.minute"), t("planner.f.timelineStep.action")],
          p.risk.timeline.map((x) => [show(x.minute), show(x.action)]),
        ),
      ],
    },
    {
      id: "kpis",
      title: t("planner.s.kpis"),
      blocks: [
        table(
          ["metric", "kind", "baseline", "target", "deadlineWeek"].map((k) =>
            t(`planner.f.kpi.${k}`),
          ),
          p.kpis.map((k) => [
            k.metric === "other" ? show(k.customName) : opt("metric", k.metric),
            opt("kpiKind", k.kind),
            show(k.baseline),
            show(k.target),
            show(k.deadlineWeek),
          ]),
        ),
        { kind: "fields", rows: [f("kpiReview", p.kpiReview)] },
      ],
    },
    {
      id: "team",
      title: t("planner.s.team"),
      blocks: [
        table(
          [
            t("planner.f.member.role"),
            t("planner.f.member.name"),
            t("planner.f.member.hoursPerWeek"),
          ],
          p.team.members.map((m) => [opt("role", m.role), show(m.name), show(m.hoursPerWeek)]),
        ),
        { kind: "heading", text: t("planner.f.team.sops") },
        table(
          [t("planner.f.sop.kind"), t("planner.f.sop.name"), t("planner.f.sop.steps")],
          p.team.sops.map((s) => [opt("sop", s.kind), show(s.name), show(s.steps)]),
        ),
      ],
    },
    {
      id: "lifecycle",
      title: t("planner.s.lifecycle"),
      blocks: [
        {
          kind: "fields",
          rows: STAGES.map((s): [string, string] => [
            t(`planner.o.stage.${s}`),
            show(p.lifecycle[s]),
          ]),
        },
      ],
    },
  ];
  return { title: plan.name, sections };
}

/**
 * Only what `plan` says beyond `blank`: the sections, field rows and tables an excerpt of a plan
 * (an exemplar answer) writes, each table with its heading.
 */
export function excerptOutline(plan: Plan, blank: Plan, t: T): OutlineSection[] {
  const before = planOutline(blank, t, "").sections;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return planOutline(plan, t, "").sections.flatMap((section, i) => {
    const was = before[i]?.blocks ?? [];
    const changed = section.blocks.map((block, j): Block | null => {
      const old = was[j];
      if (block.kind === "heading") return block;
      if (block.kind === "fields" && old?.kind === "fields") {
        const rows = block.rows.filter((row, k) => !same(row, old.rows[k]));
        return rows.length > 0 ? { kind: "fields", rows } : null;
      }
      return same(block, old) ? null : block;
    });
    const shown = (block: Block | null | undefined) => block != null && block.kind !== "heading";
    const blocks = changed.filter(
      (block, j): block is Block =>
        block !== null && (block.kind !== "heading" || shown(changed[j + 1])),
    );
    return blocks.some((b) => b.kind !== "heading") ? [{ ...section, blocks }] : [];
  });
}

/** Escapes what would break a Markdown table cell or start unintended formatting. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

function paragraph(text: string): string {
  return text.replace(/\r?\n/g, "  \n");
}

export function outlineToMarkdown(outline: Outline, score?: ScoreLine): string {
  const out: string[] = [`# ${outline.title}`, ""];
  for (const section of outline.sections) {
    out.push(`## ${section.title}`, "");
    for (const block of section.blocks) {
      if (block.kind === "heading") out.push(`### ${block.text}`, "");
      else if (block.kind === "fields") {
        for (const [label, value] of block.rows) out.push(`- **${label}**: ${paragraph(value)}`);
        out.push("");
      } else {
        out.push(`| ${block.head.map(cell).join(" | ")} |`);
        out.push(`| ${block.head.map(() => "---").join(" | ")} |`);
        for (const row of block.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
        out.push("");
      }
    }
  }
  if (score) out.push("---", "", `**${score.rubric}**: ${score.score}  `, score.detail, "");
  return out.join("\n");
}
