/**
 * A zod-free reader kit. zod costs about 14 kB gzipped, which a module page (10 kB in all) and the
 * sandbox page (110 kB with Chart.js, the engine and the scenarios) cannot afford, so the records
 * those pages take in from storage, files and links are read with these combinators instead.
 *
 * The zod schemas (src/schemas/) stay the one definition of each shape; the readers built here
 * (progress.ts, share.ts) are held to accept and reject exactly what the schemas do, with the same
 * output (defaults filled, unknown keys dropped), by the unit tests in tests/unit/lib/light/.
 */

/** A reader's verdict: the value (defaults filled, unknown keys dropped) or where and why it failed. */
export type Read<T> = { ok: true; value: T } | { ok: false; path: string; message: string };
export type Reader<T> = (input: unknown, path: readonly (string | number)[]) => Read<T>;

/** A path as people read it: `modules.04-cold-start.quizAttempts[0].score`. */
function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    "",
  );
}

export const fail = (path: readonly (string | number)[], message: string): Read<never> => ({
  ok: false,
  path: pathText(path),
  message,
});
export const ok = <T>(value: T): Read<T> => ({ ok: true, value });

/** Runs a reader from the top. */
export function read<T>(reader: Reader<T>, input: unknown): Read<T> {
  return reader(input, []);
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A value that passes a test, kept as it is. */
export const check =
  <T>(test: (v: unknown) => boolean, message: string): Reader<T> =>
  (input, path) =>
    test(input) ? ok(input as T) : fail(path, message);

export function str(
  opts: { min?: number; max?: number; trim?: boolean; pattern?: RegExp } = {},
): Reader<string> {
  return (input, path) => {
    if (typeof input !== "string") return fail(path, "expected a string");
    const s = opts.trim ? input.trim() : input;
    if (opts.min !== undefined && s.length < opts.min)
      return fail(path, `at least ${opts.min} characters`);
    if (opts.max !== undefined && s.length > opts.max)
      return fail(path, `at most ${opts.max} characters`);
    if (opts.pattern && !opts.pattern.test(s)) return fail(path, "invalid format");
    return ok(s);
  };
}

export function num(opts: { int?: boolean; min?: number; max?: number } = {}): Reader<number> {
  return (input, path) => {
    if (typeof input !== "number" || Number.isNaN(input)) return fail(path, "expected a number");
    if (opts.int && !Number.isInteger(input)) return fail(path, "expected a whole number");
    if (opts.min !== undefined && input < opts.min) return fail(path, `at least ${opts.min}`);
    if (opts.max !== undefined && input > opts.max) return fail(path, `at most ${opts.max}`);
    return ok(input);
  };
}

export const bool: Reader<boolean> = check((v) => typeof v === "boolean", "expected true or false");

export const literal =
  <T extends string | number>(expected: T): Reader<T> =>
  (input, path) =>
    input === expected ? ok(expected) : fail(path, `expected ${JSON.stringify(expected)}`);

export const oneOf =
  <T extends string | number>(options: readonly T[]): Reader<T> =>
  (input, path) =>
    (options as readonly unknown[]).includes(input)
      ? ok(input as T)
      : fail(path, `one of ${options.join(", ")}`);

export function array<T>(item: Reader<T>, opts: { min?: number; max?: number } = {}): Reader<T[]> {
  return (input, path) => {
    if (!Array.isArray(input)) return fail(path, "expected a list");
    if (opts.min !== undefined && input.length < opts.min)
      return fail(path, `at least ${opts.min} items`);
    if (opts.max !== undefined && input.length > opts.max)
      return fail(path, `at most ${opts.max} items`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const r = item(input[i], [...path, i]);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  };
}

/** A record whose keys pass `key` and whose values pass `item`. */
export function record<T>(item: Reader<T>, key?: Reader<string>): Reader<Record<string, T>> {
  return (input, path) => {
    if (!isObject(input)) return fail(path, "expected an object");
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(input)) {
      const name = key ? key(k, [...path, k]) : ok(k);
      if (!name.ok) return name;
      const r = item(v, [...path, k]);
      if (!r.ok) return r;
      out[name.value] = r.value;
    }
    return ok(out);
  };
}

interface Field {
  read: Reader<unknown>;
  optional?: boolean;
  fallback?: () => unknown;
}
/** A value that is dropped (read as undefined) when it does not pass: zod's `.catch(undefined)`. */
export const orDrop =
  <T>(read: Reader<T>): Reader<T | undefined> =>
  (input, path) => {
    const r = read(input, path);
    return r.ok ? r : ok(undefined);
  };

/** A field that may be absent (and is then left out). */
export const optional = (read: Reader<unknown>): Field => ({ read, optional: true });
/** A field that may be absent and then takes `fallback()`. */
export const withDefault = (read: Reader<unknown>, fallback: () => unknown): Field => ({
  read,
  fallback,
});

/** An object with known fields; `strict` rejects other keys, otherwise they are dropped. */
export function object<T>(
  shape: Record<string, Reader<unknown> | Field>,
  strict = false,
): Reader<T> {
  return (input, path) => {
    if (!isObject(input)) return fail(path, "expected an object");
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(shape)) {
      const field: Field = typeof spec === "function" ? { read: spec } : spec;
      const value = input[key];
      if (value === undefined) {
        if (field.fallback) out[key] = field.fallback();
        else if (!field.optional) return fail([...path, key], "required");
        continue;
      }
      const r = field.read(value, [...path, key]);
      if (!r.ok) return r;
      out[key] = r.value;
    }
    if (strict) {
      const extra = Object.keys(input).find((k) => !(k in shape));
      if (extra !== undefined) return fail(path, `unknown key "${extra}"`);
    }
    return ok(out as T);
  };
}

/** A reader whose value must also pass `test` (failing at `at` below the value). */
export const refine =
  <T>(
    read: Reader<T>,
    test: (value: T) => boolean,
    message: string,
    at: string[] = [],
  ): Reader<T> =>
  (input, path) => {
    const r = read(input, path);
    if (!r.ok) return r;
    return test(r.value) ? r : fail([...path, ...at], message);
  };
