/** A case community's figures (content/case-figures.yaml) as its page shows them, in one language. */
import type { T } from "../i18n/t";
import type { Lang } from "../schemas/common";
import type { CaseFigures, CasePrice, CaseStage, Figure } from "../schemas/case";

const numberFormat = (lang: Lang) => new Intl.NumberFormat(lang === "en" ? "en-GB" : "zh-CN");

/** "480", "320–360": one number or a range, grouped the way the language writes numbers. */
export function formatFigure(lang: Lang, figure: Figure): string {
  const nf = numberFormat(lang);
  return typeof figure === "number"
    ? nf.format(figure)
    : `${nf.format(figure[0])}–${nf.format(figure[1])}`;
}

/** "299 元" / "¥299", "300 美元" / "US$300". */
export function formatMoney(lang: Lang, t: T, currency: string, figure: Figure): string {
  return t(`caseFigures.money.${currency}`, { n: formatFigure(lang, figure) });
}

/** "299 元 / 年", "¥1,999 a place". */
export function formatPrice(lang: Lang, t: T, currency: string, price: CasePrice): string {
  return t(`caseFigures.per.${price.per}`, {
    money: formatMoney(lang, t, currency, price.amount),
  });
}

/** The stage cards and the page header show. */
export function currentStage(figures: CaseFigures): CaseStage {
  const stage = figures.stages.find((s) => s.current);
  if (!stage) throw new Error(`content/case-figures.yaml: ${figures.id} has no current stage`);
  return stage;
}

/** The size fact under a case's name: "480 人 · 2 个群" / "480 across 2 groups". */
export function sizeFact(lang: Lang, t: T, figures: CaseFigures): string {
  const stage = currentStage(figures);
  const members = formatFigure(lang, stage.members);
  return stage.groups && stage.groups > 1
    ? t("caseFigures.sizeInGroups", { members, groups: stage.groups })
    : t("caseFigures.size", { members });
}

/** Which optional columns the timeline needs: only those some stage fills in. */
export function stageColumns(stages: readonly CaseStage[]) {
  return {
    wau: stages.some((s) => s.wau !== undefined),
    joins: stages.some((s) => s.joinsPerMonth !== undefined),
    revenue: stages.some((s) => s.revenue !== undefined),
  };
}
