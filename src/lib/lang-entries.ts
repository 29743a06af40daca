import { getCollection } from "astro:content";

/** Static paths for a collection whose entry ids are "<lang>/<id>": one page per entry. */
export async function langEntryPaths<C extends "cases" | "breakdowns">(collection: C) {
  return (await getCollection(collection)).map((entry) => {
    const [lang, id] = entry.id.split("/");
    return { params: { lang, id }, props: { entry } };
  });
}
