/**
 * A text as a filter compares it: full-width forms folded (ＫＰＩ → kpi), lower case, and no
 * spaces, hyphens or middle dots, so "k因子" finds "K 因子" and "a/b test" finds "A/B test".
 */
export function filterKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_·・]+/gu, "");
}
