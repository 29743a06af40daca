/**
 * Reading a plan by field path. A path is dotted keys, with a row's id standing for its place in
 * a list: "personas.p-3f2a.who". The rubric checks name the fields they judge this way, and the
 * planner focuses and edits fields by the same paths (src/islands/Planner/plan-edit.ts).
 */
import type { Plan } from "../schemas/plan";

type Row = { id: string };
export const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && "id" in v;

export function getField(plan: Plan, path: string): unknown {
  let node: unknown = plan;
  for (const key of path.split(".")) {
    if (Array.isArray(node)) node = node.find((row) => isRow(row) && row.id === key);
    else if (typeof node === "object" && node !== null)
      node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}
