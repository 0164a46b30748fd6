// Validation that stops at the first problem. zod collects every issue it finds, so a file of
// 100,000 broken records would build millions of issues (a 300 KB workspace of empty notes took
// 74 s and 1.6 GB to refuse). Here objects are checked field by field and arrays element by
// element, and the walk stops at the first record that fails; only that record is given to zod
// whole, so the work to refuse a file is bounded by one record, not the file. Before any of that,
// each record is tried against a check-only reading of its schema (zod's own checks, no copy, no
// issue objects): the records of a valid file, the common case, are taken as they stand.
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

/** A check of zod's, as its internals hold it. */
interface ZodCheckInternals {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => void };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Internals {
  def: Def & { innerType?: z.ZodType; coerce?: boolean };
  traits: Set<string>;
  values?: Set<unknown>;
  optin?: string;
}
const internalsOf = (schema: z.ZodType): Internals =>
  (schema as unknown as { _zod: Internals })._zod;

/** Whether a value fits its schema exactly: zod would accept it and give it back unchanged (no
 * unknown key to drop, no string to trim). Null where the schema uses anything this does not
 * know, so the answer is then always zod's own. */
type Fit = (value: unknown) => boolean;

const fits = new WeakMap<z.ZodType, Fit | null>();
/** One payload for every check the fast path runs: a valid record allocates nothing. */
const payload: Payload = { value: undefined, issues: [] };

/** The schema's checks exactly as zod runs them after its type test (a string format is a check
 * itself); each is zod's own function, so a bound or a pattern means the same on both paths. A
 * check that changes the value (trim) fails the fit, as zod would give back another value. */
function checksFit(schema: z.ZodType): Fit | 'none' | null {
  const zod = internalsOf(schema);
  const checks = [
    ...(zod.traits.has('$ZodCheck') ? [schema] : []),
    ...(zod.def.checks ?? []),
  ] as unknown as ZodCheckInternals[];
  if (checks.some((check) => typeof check._zod?.check !== 'function')) return null;
  if (!checks.length) return 'none';
  const runs = checks.map((check) => check._zod.check);
  const whens = checks.map((check) => check._zod.def.when);
  return (value) => {
    payload.value = value;
    for (let i = 0; i < runs.length; i += 1) {
      const when = whens[i];
      if (when && !when(payload)) continue;
      (runs[i] as (payload: Payload) => void)(payload);
      if (payload.issues.length !== 0 || payload.value !== value) {
        payload.issues.length = 0;
        return false;
      }
    }
    return true;
  };
}

function buildFit(schema: z.ZodType): Fit | null {
  const zod = internalsOf(schema);
  const def = zod.def;
  if (def.coerce) return null;
  const checks = checksFit(schema);
  if (!checks) return null;
  const checked: Fit = checks === 'none' ? () => true : checks;
  /** The type's own test, then the checks, as zod runs them. */
  const then = (test: Fit): Fit =>
    checks === 'none' ? test : (value) => test(value) && checks(value);
  switch (def.type) {
    case 'string':
      return then((value) => typeof value === 'string');
    case 'number':
      return then((value) => typeof value === 'number' && Number.isFinite(value));
    case 'boolean':
      return then((value) => typeof value === 'boolean');
    case 'null':
      return then((value) => value === null);
    case 'literal':
    case 'enum': {
      const values = zod.values;
      return values ? then((value) => values.has(value)) : null;
    }
    case 'nullable': {
      const inner = def.innerType && fitOf(def.innerType);
      return inner && checks === 'none' ? (value) => value === null || inner(value) : null;
    }
    case 'optional': {
      // A default inside (optin "defaulted") or an exact optional would not give back undefined.
      const inner = def.innerType && fitOf(def.innerType);
      if (!inner || checks !== 'none' || zod.optin !== 'optional') return null;
      if (zod.traits.has('$ZodExactOptional')) return null;
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = def.element && fitOf(def.element);
      if (!element) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
        return checked(value);
      };
    }
    case 'object': {
      if (!def.shape || def.checks?.length || def.catchall !== undefined) return null;
      const fields: [string, Fit][] = [];
      for (const [key, field] of Object.entries(def.shape)) {
        const fit = fitOf(field);
        if (!fit || key === '__proto__') return null;
        fields.push([key, fit]);
      }
      // Read key by key as the object holds them (V8 reads `value[key]` in a for-in fast), each
      // looked up in the shape; every required field must be among them.
      const byKey = new Map(fields.map(([key, fit]) => [key, { fit, required: !fit(undefined) }]));
      const required = [...byKey.values()].filter((field) => field.required).length;
      return (value) => {
        if (!isPlainRecord(value)) return false;
        let seen = 0;
        for (const key in value) {
          // A key the schema does not know would be dropped by zod: not an exact fit. (An
          // inherited key found here only sends the value the long way round.)
          const field = byKey.get(key);
          if (field === undefined || !field.fit(value[key])) return false;
          if (field.required) seen += 1;
        }
        return seen === required;
      };
    }
    case 'union':
      return unionFit(schema, checked);
    case 'record': {
      // A record of any keys a key schema allows (not a fixed set of keys, which zod reads apart).
      const { keyType, valueType } = def as Def & { keyType?: z.ZodType; valueType?: z.ZodType };
      if (!keyType || !valueType || internalsOf(keyType).values || !isPrecise(keyType)) return null;
      const key = fitOf(keyType);
      const item = fitOf(valueType);
      if (!key || !item) return null;
      return (value) => {
        if (!isPlainRecord(value)) return false;
        const prototype: unknown = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return false;
        for (const name of Reflect.ownKeys(value)) {
          if (typeof name !== 'string' || name === '__proto__') return false;
          if (!Object.prototype.propertyIsEnumerable.call(value, name)) return false;
          if (!key(name) || !item(value[name])) return false;
        }
        return checked(value);
      };
    }
    default:
      return null;
  }
}

/** Whether zod accepting a value means it gives it back unchanged: a primitive with no check that
 * rewrites it. For such a schema a failed fit is a failure in zod too. */
function isPrecise(schema: z.ZodType): boolean {
  const zod = internalsOf(schema);
  const def = zod.def;
  if (def.type === 'nullable' || def.type === 'optional')
    return !def.checks?.length && def.innerType !== undefined && isPrecise(def.innerType);
  if (!['string', 'number', 'boolean', 'null', 'literal', 'enum'].includes(def.type)) return false;
  const checks = (def.checks ?? []) as unknown as { _zod: { def: { check?: string } } }[];
  return (
    !def.coerce && checks.every((c) => !['overwrite', 'custom'].includes(c._zod.def.check ?? ''))
  );
}

/** zod's union takes the first option that accepts the value; a discriminated union the one
 * option its discriminator names. */
function unionFit(schema: z.ZodType, checked: Fit): Fit | null {
  const zod = internalsOf(schema);
  const def = zod.def as Def & {
    options?: z.ZodType[];
    discriminator?: string;
    unionFallback?: boolean;
  };
  if (zod.traits.has('$ZodXor') || !def.options?.length) return null;
  const options = def.options.map(fitOf);
  if (options.some((fit) => !fit)) return null;
  const fitsOf = options as Fit[];
  if (zod.traits.has('$ZodDiscriminatedUnion')) {
    const key = def.discriminator;
    if (key === undefined || def.unionFallback) return null;
    const byValue = new Map<unknown, Fit | null>();
    for (const [index, option] of def.options.entries()) {
      const values = (option as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })
        ._zod.propValues?.[key];
      if (!values?.size) return null;
      for (const value of values)
        byValue.set(value, byValue.has(value) ? null : (fitsOf[index] ?? null));
    }
    return (value) => {
      if (!isPlainRecord(value)) return false;
      const fit = byValue.get(value[key]);
      return Boolean(fit?.(value)) && checked(value);
    };
  }
  if (!zod.traits.has('$ZodUnion')) return null;
  const precise = def.options.map(isPrecise);
  return (value) => {
    for (let i = 0; i < fitsOf.length; i += 1) {
      if (fitsOf[i]?.(value)) return checked(value);
      // An option zod might accept with a change (a key dropped) decides before the next one.
      if (!precise[i]) return false;
    }
    return false;
  };
}

export function fitOf(schema: z.ZodType): Fit | null {
  if (fits.has(schema)) return fits.get(schema) ?? null;
  // A schema that refers to itself (z.lazy) is not known here; a guard against building forever.
  fits.set(schema, null);
  const fit = buildFit(schema);
  fits.set(schema, fit);
  return fit;
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
    const fit = fitOf(plan.element);
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index];
      // The common case, a record that fits exactly, is checked without building a copy or an
      // issue: zod would give back an equal record. Anything else is worded by zod as before.
      if (fit?.(item)) {
        data[index] = item;
        continue;
      }
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
 * equal to what `schema.parse` would give (unknown keys dropped, as zod's objects do): records
 * that fit exactly are `value`'s own, not copies. */
export function parseFirst<T>(schema: z.ZodType<T>, value: unknown): FirstResult<T> {
  return walk(schema, value, null) as FirstResult<T>;
}
