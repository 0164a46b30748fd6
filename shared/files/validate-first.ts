// Validation that stops at the first problem. zod collects every issue it finds, so a file of
// 100,000 broken records would build millions of issues (a 300 KB workspace of empty notes took
// 74 s and 1.6 GB to refuse). Here objects are checked field by field and arrays element by
// element, and the walk stops at the first record that fails; only that record is given to zod
// whole, so the work to refuse a file is bounded by one record, not the file.
import type { z } from 'zod';

export interface FirstIssue {
  path: PropertyKey[];
  message: string;
}

export type FirstResult<T> = { success: true; data: T } | { success: false; issue: FirstIssue };

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  checks?: unknown[];
  catchall?: unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema's own verdict, reduced to its first issue. */
function whole<T>(schema: z.ZodType<T>, value: unknown, path: PropertyKey[]): FirstResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const issue = result.error.issues[0];
  return { success: false, issue: { path: [...path, ...(issue?.path ?? [])], message: issue?.message ?? 'invalid' } };
}

function walk(schema: z.ZodType, value: unknown, path: PropertyKey[]): FirstResult<unknown> {
  const def = defOf(schema);
  // A plain object schema (no object-level checks, unknown keys stripped): field by field.
  if (def.type === 'object' && def.shape && !def.checks?.length && def.catchall === undefined && isPlainRecord(value)) {
    const data: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(def.shape)) {
      const result = walk(field, value[key], [...path, key]);
      if (!result.success) return result;
      if (result.data !== undefined || Object.hasOwn(value, key)) data[key] = result.data;
    }
    return { success: true, data };
  }
  // An array: element by element, then the array's own checks (its length) on the checked copy.
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const data: unknown[] = [];
    for (const [index, item] of value.entries()) {
      const result = walk(def.element, item, [...path, index]);
      if (!result.success) return result;
      data.push(result.data);
    }
    return def.checks?.length ? whole(schema, data, path) : { success: true, data };
  }
  return whole(schema, value, path);
}

/** Parse `value` with `schema`, giving only the first problem when it does not fit. The data is
 * what `schema.parse` would give (unknown keys dropped, as zod's objects do). */
export function parseFirst<T>(schema: z.ZodType<T>, value: unknown): FirstResult<T> {
  return walk(schema, value, []) as FirstResult<T>;
}
