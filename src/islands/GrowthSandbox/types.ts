/** Shapes shared by the sandbox's components. */

/** A module as lever and event links need it. */
export interface ModuleRef {
  number: number;
  slug: string;
  title: string;
}
