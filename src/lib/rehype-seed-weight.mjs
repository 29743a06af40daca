// The course says "seed" for two things: seed users, a cold-start concept (种子用户, 种子成员), and
// the random seed that fixes a sandbox run (种子 2024, 同一种子, the same seed). Search should find
// the concept, so the random-seed phrases in module and case text are wrapped in a span that
// Pagefind weighs at a tenth of ordinary text: they stay readable and in excerpts, but a query
// for 种子用户 or "seed users" no longer ranks a page by how often it mentions running seeds.
// Only unambiguous phrases are matched; a bare 种子 / "seeds" may mean the people and is left alone.

/** Phrases that name the sandbox's random seed, never seed users. */
export const RANDOM_SEED =
  /随机种子|多种子|同一?种子|(?:指定|好看的|别的|一批|每个|挑)种子|种子\s*\d+|种子(?:下|里|上|运行|重放|范围|放进|再跑|多跑|跑一)|\b(?:random|same|assigned|other|many|flattering|fixed|personal)\s+seeds?\b|\bseeds?\s+\d+\b|\bbatch of seeds\b|\bacross seeds\b|\bsame-seed\b/gi;

/** A text value split into plain text and weighted spans around each random-seed phrase. */
export function splitSeedPhrases(value) {
  const parts = [];
  let last = 0;
  for (const match of value.matchAll(RANDOM_SEED)) {
    if (match.index > last) parts.push({ type: "text", value: value.slice(last, match.index) });
    parts.push({
      type: "element",
      tagName: "span",
      properties: { dataPagefindWeight: "0.1" },
      children: [{ type: "text", value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last === 0) return null;
  if (last < value.length) parts.push({ type: "text", value: value.slice(last) });
  return parts;
}

export default function rehypeSeedWeight() {
  return (tree) => {
    const visit = (node) => {
      if (!node.children || (node.type === "element" && node.tagName === "code")) return;
      node.children = node.children.flatMap((child) => {
        if (child.type === "text") return splitSeedPhrases(child.value) ?? [child];
        visit(child);
        return [child];
      });
    };
    visit(tree);
  };
}
