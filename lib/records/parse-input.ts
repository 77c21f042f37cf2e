import type { z } from "zod";
import { invalidInput } from "@/lib/platform/errors";
import { fieldProblemsOf } from "@/lib/platform/validation/form-state";

/**
 * Domain functions validate again what the action already validated: they are also called
 * from tests, scripts and future importers, and must refuse bad input on their own.
 * The first problem becomes an INVALID_INPUT naming the field, its catalogue key and its values.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [field, { key, values }] = Object.entries(fieldProblemsOf(parsed.error))[0] ?? ["_form", { key: "invalid" }];
  throw invalidInput(field, key, values);
}
