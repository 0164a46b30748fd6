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

/** Where the walk is, as a chain to the root: built into a list only when a record fails, so a
 * file that is fine allocates no path at all. */
type Where = { parent: Where; key: PropertyKey } | null;

function pathOf(where: Where): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = where; at; at = at.parent) path.unshift(at.key);
  return path;
}

/** The schema's own verdict, reduced to its first issue. */
function whole<T>(schema: z.ZodType<T>, value: unknown, where: Where): FirstResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  const issue = result.error.issues[0];
  return {
    success: false,
    issue: {
      path: [...pathOf(where), ...(issue?.path ?? [])],
      message: issue?.message ?? 'invalid',
    },
  };
}

/** How the walk treats a schema, worked out once per schema rather than once per record. */
type Plan =
  | { kind: 'object'; fields: [string, z.ZodType][] }
  | { kind: 'array'; element: z.ZodType; checked: boolean }
  | { kind: 'whole' };

const plans = new WeakMap<z.ZodType, Plan>();

function planOf(schema: z.ZodType): Plan {
  let plan = plans.get(schema);
  if (!plan) {
    const def = defOf(schema);
    // A plain object schema (no object-level checks, unknown keys stripped): field by field.
    if (def.type === 'object' && def.shape && !def.checks?.length && def.catchall === undefined)
      plan = { kind: 'object', fields: Object.entries(def.shape) };
    // An array: element by element, then the array's own checks (its length) on the checked copy.
    else if (def.type === 'array' && def.element)
      plan = { kind: 'array', element: def.element, checked: Boolean(def.checks?.length) };
    else plan = { kind: 'whole' };
    plans.set(schema, plan);
  }
  return plan;
}

/** Values a record may hold before it is walked rather than given to zod whole: enough for any
 * record Scrutiny Desk writes, few enough that a broken one yields a bounded list of issues. */
export const SMALL_RECORD_VALUES = 256;

/** Whether `value` holds at most SMALL_RECORD_VALUES values, counted with an early stop. */
function isSmall(value: unknown): boolean {
  let budget = SMALL_RECORD_VALUES;
  const stack: unknown[] = [value];
  while (stack.length) {
    const next = stack.pop();
    budget -= 1;
    if (budget < 0) return false;
    if (Array.isArray(next)) {
      if (next.length > budget) return false;
      for (const item of next) stack.push(item);
    } else if (typeof next === 'object' && next !== null) {
      for (const key in next) {
        stack.push((next as Record<string, unknown>)[key]);
        if (stack.length > budget) return false;
      }
    }
  }
  return true;
}

function walk(schema: z.ZodType, value: unknown, where: Where): FirstResult<unknown> {
  const plan = planOf(schema);
  if (plan.kind === 'object' && isPlainRecord(value)) {
    const data: Record<string, unknown> = {};
    for (const [key, field] of plan.fields) {
      const result = walk(field, value[key], { parent: where, key });
      if (!result.success) return result;
      if (result.data !== undefined || Object.hasOwn(value, key)) data[key] = result.data;
    }
    return { success: true, data };
  }
  if (plan.kind === 'array' && Array.isArray(value)) {
    const data: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index];
      const at = { parent: where, key: index };
      // A small record goes to zod whole (its compiled parser is several times faster than walking
      // field by field); its issues are bounded by its size. A large one is walked.
      const result = isSmall(item) ? whole(plan.element, item, at) : walk(plan.element, item, at);
      if (!result.success) return result;
      data[index] = result.data;
    }
    return plan.checked ? whole(schema, data, where) : { success: true, data };
  }
  return whole(schema, value, where);
}

/** Parse `value` with `schema`, giving only the first problem when it does not fit. The data is
 * what `schema.parse` would give (unknown keys dropped, as zod's objects do). */
export function parseFirst<T>(schema: z.ZodType<T>, value: unknown): FirstResult<T> {
  return walk(schema, value, null) as FirstResult<T>;
}
