import { getEntry, type CollectionEntry } from "astro:content";

/** The data collections MDX components cite by id. */
type Cited = "caseFigures" | "platformRules" | "templates";

const FILES: Record<Cited, string> = {
  caseFigures: "content/case-figures.yaml",
  platformRules: "content/platform-rules.yaml",
  templates: "content/templates/<id>.yaml",
};

/**
 * The entry an MDX component names, or a build error that says which component named what, and
 * where to add it: a typo in a module must fail the build, never render an empty box.
 */
export async function requireEntry<C extends Cited>(
  collection: C,
  id: string,
  usage: string,
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    throw new Error(
      `${usage}: "${id}" is not in ${FILES[collection]}. Add it there, or use an existing id.`,
    );
  }
  return entry as CollectionEntry<C>;
}
