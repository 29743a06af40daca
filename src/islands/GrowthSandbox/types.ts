/** Shapes shared by the sandbox's components. */

/** A translator over the `sandbox.*` strings (makeT from src/i18n/t.ts). */
export type T = (key: string, values?: Record<string, string | number>) => string;

/** A module as lever and event links need it. */
export interface ModuleRef {
  number: number;
  slug: string;
  title: string;
}
