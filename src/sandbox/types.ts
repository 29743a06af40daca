/** Shapes shared by the sandbox's model and its components. */

/** A module as lever and event links need it. */
export interface ModuleRef {
  number: number;
  slug: string;
  title: string;
}

/** Who submits a challenge (with personal seeds, whose world it is). */
export interface Learner {
  name: string;
  id?: string;
}

/** Where a challenge's submission stands. */
export type SubmitState =
  | { state: "none" }
  | { state: "done"; fileName: string; percent: number; passed: boolean; recorded: boolean }
  /** Personal seeds: the name given is another world than the run's; it starts again. */
  | { state: "reseeded" }
  /** Personal seeds with listed ids: the id given is not on the list. */
  | { state: "not-listed" }
  | { state: "error" };
