/**
 * Where a search result leads. Pagefind splits each page at its headings with ids (its
 * "sub-results"): a module section, a glossary entry. A result whose page title matches the query
 * leads to the page; otherwise to a section whose heading matches, else to the section that
 * matched best: "种子用户" opens the cold-start module at "种子用户：宁少勿滥", "churn" the
 * glossary at its entry, not the top of the page.
 */

/** The word weight Pagefind records for the page title (ModuleHeader's h1 data-pagefind-weight). */
export const TITLE_WEIGHT = 10;

/**
 * A section heading (h2) weighs 6, Pagefind's default, above a module's key terms (5,
 * ModuleTerms.astro): a section whose heading names the query wins over the key-terms list.
 */
export const HEADING_WEIGHT = 6;

interface Located {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { element: string; id: string };
  weighted_locations: Located[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; kicker?: string };
  weighted_locations: Located[];
  sub_results?: PagefindSubResult[];
}

export interface ResultTarget {
  url: string;
  /** The heading of the section the result leads to; absent when it leads to the page. */
  section?: string;
  excerpt: string;
}

const score = (sub: PagefindSubResult) =>
  sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

export function resultTarget(data: PagefindData): ResultTarget {
  const page = { url: data.url, excerpt: data.excerpt };
  if (data.weighted_locations.some((l) => l.weight >= TITLE_WEIGHT)) return page;
  const sections = (data.sub_results ?? []).filter((sub) => sub.anchor);
  if (sections.length === 0) return page;
  const headed = sections.filter((sub) =>
    sub.weighted_locations.some((l) => l.weight >= HEADING_WEIGHT && l.weight < TITLE_WEIGHT),
  );
  const best = (headed.length ? headed : sections).reduce((a, b) => (score(b) > score(a) ? b : a));
  return { url: best.url, section: best.title, excerpt: best.excerpt };
}
