import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../schemas/common";

export type ModuleEntry = CollectionEntry<"modules">;

/** "zh-cn/01-fundamentals" → { lang: "zh-cn", id: "01-fundamentals" } */
export function splitModuleId(entryId: string): { lang: string; id: string } {
  const [lang = "", id = ""] = entryId.split("/");
  return { lang, id };
}

/**
 * Every module, checked for parity: a module that exists in one language but not the other
 * stops the build with a message naming the missing file.
 */
export async function allModules(): Promise<ModuleEntry[]> {
  const entries = await getCollection("modules");
  const ids = (lang: Lang) =>
    new Set(
      entries.filter((e) => splitModuleId(e.id).lang === lang).map((e) => splitModuleId(e.id).id),
    );
  const zh = ids("zh-cn");
  const en = ids("en");
  const missing = [
    ...[...zh].filter((id) => !en.has(id)).map((id) => `content/modules/en/${id}.mdx`),
    ...[...en].filter((id) => !zh.has(id)).map((id) => `content/modules/zh-cn/${id}.mdx`),
  ];
  if (missing.length > 0) {
    throw new Error(
      `Every module must exist in both languages. Missing: ${missing.join(", ")}. ` +
        `Add the translation, or remove the module from the other language.`,
    );
  }
  for (const entry of entries) {
    const { id } = splitModuleId(entry.id);
    const expected = `${String(entry.data.number).padStart(2, "0")}-${entry.data.slug}`;
    if (id !== expected) {
      throw new Error(
        `content/modules/${entry.id}.mdx: frontmatter says number ${entry.data.number} and slug "${entry.data.slug}", ` +
          `so the file must be named ${expected}.mdx.`,
      );
    }
  }
  return entries;
}

/** The modules of one language in course order. */
export async function modulesFor(lang: Lang): Promise<ModuleEntry[]> {
  return (await allModules())
    .filter((e) => splitModuleId(e.id).lang === lang)
    .sort((a, b) => a.data.number - b.data.number);
}
