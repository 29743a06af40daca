import type { APIRoute } from "astro";
import { LANGS } from "../../../i18n";
import { allTemplates, ruleValues, templateFooter } from "../../../lib/template-data";
import { templateFile, templateFileName, type TemplateFile } from "../../../lib/templates";

/** Every template as a file in both languages, built once at build time. */
export async function getStaticPaths() {
  const templates = await allTemplates();
  const rules = await ruleValues();
  return LANGS.flatMap((lang) =>
    templates.map((t) => ({
      params: { lang, file: templateFileName(t) },
      props: { file: templateFile(t, lang, rules, templateFooter(lang, t.module)) },
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: TemplateFile };
  return new Response(file.body, { headers: { "Content-Type": file.contentType } });
};
