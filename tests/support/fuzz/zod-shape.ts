import fc from "fast-check";
import { z } from "zod";
import { hostileString, hostileValue, toFullWidthDigits } from "./hostile";

/**
 * Reads a zod schema's declared shape and limits, so that one property test can serve every
 * schema: `plausible` builds input near the limits (where off-by-one bugs live) and
 * `limitViolations` checks that what a schema accepted really keeps to what it declares.
 */

interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  return (schema._zod.def.checks ?? []).map((check) => check._zod.def as unknown as CheckDef);
}

interface NumberLimits {
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  int: boolean;
}

function numberLimits(schema: z.ZodNumber): NumberLimits {
  const limits: NumberLimits = { int: false };
  for (const check of checksOf(schema)) {
    const bound = typeof check.value === "number" ? { value: check.value, inclusive: check.inclusive ?? true } : undefined;
    if (check.check === "greater_than" && bound && (!limits.min || bound.value > limits.min.value)) limits.min = bound;
    if (check.check === "less_than" && bound && (!limits.max || bound.value < limits.max.value)) limits.max = bound;
    if (check.check === "number_format" && check.format !== "float32" && check.format !== "float64") limits.int = true;
  }
  return limits;
}

function lengthLimits(schema: z.ZodType): { min?: number; max?: number; patterns: RegExp[] } {
  const limits: { min?: number; max?: number; patterns: RegExp[] } = { patterns: [] };
  for (const check of checksOf(schema)) {
    if (check.check === "min_length" && check.minimum !== undefined) limits.min = Math.max(limits.min ?? 0, check.minimum);
    if (check.check === "max_length" && check.maximum !== undefined) limits.max = Math.min(limits.max ?? Infinity, check.maximum);
    if (check.check === "string_format" && check.pattern) limits.patterns.push(check.pattern);
  }
  return limits;
}

/** Wrappers whose inner schema decides the shape (undefined aside). */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodCatch
  ) {
    return schema._zod.def.innerType as z.ZodType;
  }
  return undefined;
}

/** A pipe's shaping side: preprocess(fn, X) and unknown().pipe(X) are X; X.transform(fn) is X. */
function pipeSide(schema: z.ZodPipe): z.ZodType {
  const { in: input, out } = schema._zod.def;
  return (out instanceof z.ZodTransform ? input : out) as z.ZodType;
}

/** The schema that decides a value's type, under wrappers and pipes. */
function coreOf(schema: z.ZodType): z.ZodType {
  const inner = innerOf(schema);
  if (inner) return coreOf(inner);
  return schema instanceof z.ZodPipe ? coreOf(pipeSide(schema)) : schema;
}

/** Whether a form field can carry typed text here: a helper (imagesFromForm…) builds lists and booleans. */
export function takesText(schema: z.ZodType): boolean {
  const core = coreOf(schema);
  return !(core instanceof z.ZodArray || core instanceof z.ZodBoolean);
}

/** The field names of an object schema (both sides of an intersection). */
export function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodIntersection)
    return [...new Set([...fieldNames(schema._zod.def.left as z.ZodType), ...fieldNames(schema._zod.def.right as z.ZodType)])];
  if (schema instanceof z.ZodPipe) return fieldNames(pipeSide(schema));
  const inner = innerOf(schema);
  return inner ? fieldNames(inner) : [];
}

/** The schema of one field of an object schema (either side of an intersection). */
export function fieldSchema(schema: z.ZodType, name: string): z.ZodType {
  const core = coreOf(schema);
  if (core instanceof z.ZodObject && Object.hasOwn(core.shape, name)) return core.shape[name] as z.ZodType;
  if (core instanceof z.ZodIntersection) {
    const left = fieldSchema(core._zod.def.left as z.ZodType, name);
    return left instanceof z.ZodUnknown ? fieldSchema(core._zod.def.right as z.ZodType, name) : left;
  }
  return z.unknown();
}

const isoDay = fc
  .date({ min: new Date("1989-12-31T00:00:00Z"), max: new Date("2201-01-01T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/**
 * "any": near the limits, with the wrong type or a missing field now and then (what a forger
 * sends). "typed": what a browser sends for the form, every field present and every value a
 * string (typed text, a picked option, "on" for a ticked box).
 */
export type InputMode = "any" | "typed";

/** Text as a person (or a forger) sends it: sometimes with spaces, full-width digits, decimals. */
const asFormText = (n: number, mode: InputMode): fc.Arbitrary<unknown> =>
  fc.constantFrom<unknown>(...(mode === "any" ? [n] : []), String(n), ` ${n} `, toFullWidthDigits(String(n)), `${n}.5`, `${n}e0`);

/** Input near a schema's limits: valid often enough to reach its refinements, off by one often. */
export function plausible(schema: z.ZodType, mode: InputMode = "any"): fc.Arbitrary<unknown> {
  const wrong = mode === "any" ? hostileValue : hostileString;
  const inner = innerOf(schema);
  if (inner) {
    const empty = mode === "any" ? fc.constantFrom<unknown>(undefined, "") : coreOf(inner) instanceof z.ZodArray ? fc.constant([]) : fc.constant("");
    return fc.oneof({ arbitrary: plausible(inner, mode), weight: 4 }, { arbitrary: empty, weight: 1 });
  }
  if (schema instanceof z.ZodPipe) return plausible(pipeSide(schema), mode);
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const canBeWrong = (field: z.ZodType) => mode === "any" || takesText(field);
    const fields = Object.fromEntries(
      Object.entries(shape).map(([key, field]) => [
        key,
        canBeWrong(field) ? fc.oneof({ arbitrary: plausible(field, mode), weight: 6 }, { arbitrary: wrong, weight: 1 }) : plausible(field, mode),
      ]),
    );
    return fc.record(fields, { requiredKeys: mode === "typed" ? undefined : Object.keys(shape).filter((_, index) => index % 4 !== 3) });
  }
  if (schema instanceof z.ZodIntersection) {
    return fc
      .tuple(plausible(schema._zod.def.left as z.ZodType, mode), plausible(schema._zod.def.right as z.ZodType, mode))
      .map(([left, right]) => ({ ...(left as object), ...(right as object) }));
  }
  if (schema instanceof z.ZodString) {
    const { max = 60, min = 0, patterns } = lengthLimits(schema);
    const around = [Math.max(0, min - 1), min, max - 1, max, max + 1].filter((n) => n >= 0 && n <= 100_001);
    return fc.oneof(
      fc.string({ maxLength: Math.min(max + 2, 40) }),
      fc.constantFrom(...around).map((n) => "あ".repeat(n)),
      fc.constantFrom(...around).map((n) => ` ${"b".repeat(n)} `),
      ...(patterns.length > 0 ? [isoDay, isoDay.map(toFullWidthDigits), isoDay.map((day) => ` ${day} `)] : []),
      wrong,
    );
  }
  if (schema instanceof z.ZodNumber) {
    const { min, max } = numberLimits(schema);
    const lo = Math.max(min?.value ?? -1000, -2_147_483_650);
    const hi = Math.min(max?.value ?? lo + 2000, 2_147_483_650);
    return fc.oneof(
      fc.integer({ min: Math.floor(lo) - 2, max: Math.ceil(Math.min(hi, lo + 10_000)) + 2 }).chain((n) => asFormText(n, mode)),
      fc.constantFrom(Math.floor(lo) - 1, Math.floor(lo), Math.ceil(hi), Math.ceil(hi) + 1).chain((n) => asFormText(n, mode)),
      fc.double({ min: lo - 1, max: hi + 1, noNaN: true }).map((n) => (mode === "any" ? n : String(n))),
      wrong,
    );
  }
  if (schema instanceof z.ZodEnum) {
    const options = schema.options.map(String);
    return fc.oneof(
      fc.constantFrom(...options),
      fc.constantFrom(...options).map((option) => option.toLowerCase()),
      fc.constantFrom(...options).map((option) => ` ${option}`),
      wrong,
    );
  }
  // A helper such as imagesFromForm hands the schema a real boolean; a checkbox sends "on".
  if (schema instanceof z.ZodBoolean) return mode === "any" ? fc.constantFrom<unknown>(true, false, "on", "true", "off", "", 1, "1") : fc.boolean();
  if (schema instanceof z.ZodArray) {
    const { max = 3 } = lengthLimits(schema);
    return fc.array(plausible(schema.element as z.ZodType, mode), { maxLength: max + 1 });
  }
  return wrong;
}

/** What a successful parse returned that breaks the schema's own declared limits. */
export function limitViolations(schema: z.ZodType, value: unknown, path = "$"): string[] {
  const inner = innerOf(schema);
  if (inner) {
    if (value === undefined && !(schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault)) return [];
    if (value === null && schema instanceof z.ZodNullable) return [];
    if (value === undefined && schema instanceof z.ZodCatch) return [];
    return limitViolations(inner, value, path);
  }
  if (schema instanceof z.ZodPipe) return limitViolations(pipeSide(schema), value, path);
  if (schema instanceof z.ZodObject || schema instanceof z.ZodIntersection) return objectViolations(schema, value, path);
  if (schema instanceof z.ZodString) {
    if (typeof value !== "string") return [`${path}: ${typeof value}, not a string`];
    const { min = 0, max = Infinity, patterns } = lengthLimits(schema);
    const problems: string[] = [];
    if (value.length < min || value.length > max) problems.push(`${path}: length ${value.length} outside ${min}..${max}`);
    for (const pattern of patterns)
      if (!new RegExp(pattern.source, pattern.flags.replace("g", "")).test(value))
        problems.push(`${path}: ${JSON.stringify(value.slice(0, 40))} does not match ${pattern}`);
    return problems;
  }
  if (schema instanceof z.ZodNumber) {
    if (typeof value !== "number" || !Number.isFinite(value)) return [`${path}: ${String(value)} is not a finite number`];
    const { min, max, int } = numberLimits(schema);
    const problems: string[] = [];
    if (min && (min.inclusive ? value < min.value : value <= min.value)) problems.push(`${path}: ${value} below ${min.value}`);
    if (max && (max.inclusive ? value > max.value : value >= max.value)) problems.push(`${path}: ${value} above ${max.value}`);
    if (int && !Number.isSafeInteger(value)) problems.push(`${path}: ${value} is not an integer`);
    return problems;
  }
  if (schema instanceof z.ZodEnum) return schema.options.includes(value as never) ? [] : [`${path}: ${String(value)} is not an option`];
  if (schema instanceof z.ZodBoolean) return typeof value === "boolean" ? [] : [`${path}: ${typeof value}, not a boolean`];
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    const { min = 0, max = Infinity } = lengthLimits(schema);
    const problems = value.length < min || value.length > max ? [`${path}: ${value.length} items outside ${min}..${max}`] : [];
    return [...problems, ...value.flatMap((item, index) => limitViolations(schema.element as z.ZodType, item, `${path}[${index}]`))];
  }
  if (schema instanceof z.ZodUnknown || schema instanceof z.ZodTransform) return [];
  return [`${path}: no limit check for zod type "${schema._zod.def.type}"`];
}

function objectViolations(schema: z.ZodObject | z.ZodIntersection, value: unknown, path: string): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const problems: string[] = [];
  // Parsed values travel back to client components and into Prisma: they must be plain objects
  // holding only declared fields, whatever keys the input tried to smuggle in.
  if (Object.getPrototypeOf(value) !== Object.prototype) problems.push(`${path}: prototype is not Object.prototype`);
  const allowed = new Set(fieldNames(schema));
  for (const key of Reflect.ownKeys(value)) if (typeof key !== "string" || !allowed.has(key)) problems.push(`${path}: undeclared key ${String(key)}`);
  const sides = schema instanceof z.ZodObject ? [schema] : [schema._zod.def.left as z.ZodType, schema._zod.def.right as z.ZodType];
  for (const side of sides) {
    if (side instanceof z.ZodObject) {
      for (const [key, field] of Object.entries(side.shape as Record<string, z.ZodType>))
        problems.push(...limitViolations(field, (value as Record<string, unknown>)[key], `${path}.${key}`));
    } else {
      problems.push(...limitViolations(side, value, path).filter((problem) => !problem.includes("undeclared key")));
    }
  }
  return problems;
}
