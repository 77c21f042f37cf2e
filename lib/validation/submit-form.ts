import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { formStateFromError } from "./action-result";
import { fieldErrorsOf, type FormState, textValues } from "./form-state";

/**
 * The body of a thin form action: the form's schema, then the domain function (which decides
 * who may, and validates again), then the page refreshed. A refusal comes back as the form's
 * field or form error with what the person typed; anything unexpected is a real error.
 */
export async function submitForm<S extends z.ZodType>(formData: FormData, schema: S, write: (data: z.output<S>) => Promise<unknown>, page: string): Promise<FormState> {
  const values = textValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await write(parsed.data);
    revalidatePath(page);
    return { ok: true, fieldErrors: {} };
  } catch (error) {
    revalidatePath(page);
    return formStateFromError(error, values);
  }
}
