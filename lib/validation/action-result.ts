import { AppError } from "@/lib/errors";
import type { FormState } from "./form-state";
import { isInvalidTextError } from "./text-characters";

/** Turns the domain's expected refusals into a form answer; anything else is a real error. */
export function formStateFromError<Values>(error: unknown, values?: Partial<Values>): FormState<Values> {
  // A character the database cannot store that no schema caught: the person's input, not a fault.
  if (isInvalidTextError(error)) return { ok: false, fieldErrors: {}, formError: "invalidCharacters", values };
  if (!(error instanceof AppError)) throw error;
  switch (error.code) {
    case "INVALID_INPUT":
      return { ok: false, fieldErrors: { [error.field ?? "_form"]: error.messageKey ?? "invalid" }, values };
    case "CONFLICT":
      return { ok: false, fieldErrors: {}, formError: "conflict", values };
    case "NOT_ALLOWED":
      return { ok: false, fieldErrors: {}, formError: "notAllowed", values };
    case "NOT_FOUND":
      return { ok: false, fieldErrors: {}, formError: "notFound", values };
  }
}

/**
 * An area's role check, run before the form is read: a caller without the role is answered "not
 * found" like any other, and learns nothing of the form's fields or limits. Null: go on.
 */
export function refusedBeforeForm<Values>(check: () => void): FormState<Values> | null {
  try {
    check();
    return null;
  } catch (error) {
    return formStateFromError<Values>(error);
  }
}
