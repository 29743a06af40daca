/** Translation helpers with no dictionary attached: safe to import from islands. */
export type Strings = Record<string, string>;

/**
 * Replaces {name} placeholders with values. `{name|one|other}` picks a word by the value's number
 * ("{n} {n|file|files}"): English needs it, Chinese strings never use it.
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) =>
        name in values ? (Number(values[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

/** A translator over one dictionary. A missing key shows the key itself, so it gets noticed. */
export function makeT(strings: Strings) {
  return (key: string, values?: Record<string, string | number>): string =>
    format(strings[key] ?? key, values);
}

/** A translator: what makeT returns, and what components and view code take as `t`. */
export type T = (key: string, values?: Record<string, string | number>) => string;
