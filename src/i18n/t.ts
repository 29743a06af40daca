/** Translation helpers with no dictionary attached: safe to import from islands. */
export type Strings = Record<string, string>;

/** Replaces {name} placeholders with values. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator over one dictionary. A missing key shows the key itself, so it gets noticed. */
export function makeT(strings: Strings) {
  return (key: string, values?: Record<string, string | number>): string =>
    format(strings[key] ?? key, values);
}
