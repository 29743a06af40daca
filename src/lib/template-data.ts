/** The templates of content/templates with what building them needs: rule values, links, footers. */
import { getCollection } from "astro:content";
import type { Lang } from "../schemas/common";
import type { Template } from "../schemas/template";
import { useT } from "../i18n";
import { localizedPath } from "./paths";
import { expandRuleTokens, templateFileName, type RuleValues } from "./templates";

/** Every template, in module order, then by id. */
export async function allTemplates(): Promise<Template[]> {
  return (await getCollection("templates"))
    .map((entry) => entry.data)
    .sort((a, b) => a.module - b.module || a.id.localeCompare(b.id));
}

/** Platform-rule values by row id, for {rule:id} tokens. */
export async function ruleValues(): Promise<RuleValues> {
  return new Map((await getCollection("platformRules")).map((r) => [r.id, r.data.value]));
}

/** Where a template's file is served in a language, e.g. /zh-cn/templates/group-rules.txt. */
export function templateHref(lang: Lang, t: Pick<Template, "id" | "format">): string {
  return `${localizedPath(lang, "templates")}${templateFileName(t)}`;
}

/** The last line of a text template: the course, the module and the page it came from. */
export function templateFooter(lang: Lang, module: number): string {
  return useT(lang)("templates.fileFooter", { module: String(module).padStart(2, "0") });
}

/** A template's summary with its rule tokens filled in, as pages show it. */
export function templateSummary(t: Template, lang: Lang, rules: RuleValues): string {
  return expandRuleTokens(t.summary[lang], lang, rules);
}
