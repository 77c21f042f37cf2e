import type { z } from "zod";
import { invalidInput } from "@/lib/platform/errors";
import { fieldErrorsOf } from "@/lib/platform/validation/form-state";

/**
 * Domain functions validate again what the action already validated: they are also called
 * from tests, scripts and future importers, and must refuse bad input on their own.
 * The first problem becomes an INVALID_INPUT naming the field and its catalogue key.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [field, key] = Object.entries(fieldErrorsOf(parsed.error))[0] ?? ["_form", "invalid"];
  throw invalidInput(field, key);
}
