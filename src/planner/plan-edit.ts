/**
 * Reading and changing a plan by field path, without mutating it. A path is dotted keys, with a
 * row's id standing for its place in a list: "personas.p-3f2a.who". The same paths name the
 * fields the rubric checks point at (src/grading/checks.ts), so "fix this" can focus them.
 */
import type { CalendarSlot, Plan } from "../schemas/plan";
import { getField, isRow } from "../grading/plan-path";

export { getField };

type Row = { id: string };

/** The DOM id of a field's control. */
export function fieldId(path: string): string {
  return `pf-${path.replace(/\./g, "-")}`;
}

/** A copy of the plan with one field set; unknown paths change nothing. */
export function setField(plan: Plan, path: string, value: unknown): Plan {
  const keys = path.split(".");
  const go = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const key = keys[i]!;
    if (Array.isArray(node)) {
      return node.map((row: unknown) => (isRow(row) && row.id === key ? go(row, i + 1) : row));
    }
    if (typeof node !== "object" || node === null) return node;
    const record = node as Record<string, unknown>;
    if (!(key in record)) return node;
    return { ...record, [key]: go(record[key], i + 1) };
  };
  return go(plan, 0) as Plan;
}

function listAt(plan: Plan, path: string): Row[] {
  const list = getField(plan, path);
  return Array.isArray(list) ? (list as Row[]) : [];
}

export function addRow<R extends Row>(plan: Plan, path: string, row: R): Plan {
  return setField(plan, path, [...listAt(plan, path), row]);
}

export function removeRow(plan: Plan, path: string, id: string): Plan {
  return setField(
    plan,
    path,
    listAt(plan, path).filter((row) => row.id !== id),
  );
}

/** Moves a row up (-1) or down (+1); at either end nothing changes. */
export function moveRow(plan: Plan, path: string, id: string, delta: -1 | 1): Plan {
  const list = [...listAt(plan, path)];
  const from = list.findIndex((row) => row.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return plan;
  const [row] = list.splice(from, 1);
  list.splice(to, 0, row!);
  return setField(plan, path, list);
}

/** Which unit a calendar slot's length is in, by format; null where length does not apply. */
export function lengthUnit(format: CalendarSlot["format"]): "chars" | "minutes" | null {
  if (format === "post" || format === "article") return "chars";
  if (format === "video" || format === "live") return "minutes";
  return null;
}
