import { AppError } from "@/lib/platform/errors";
import type { FormState, MessageValues } from "./form-state";
import { isInvalidTextError } from "./text-characters";

/** Turns the domain's expected refusals into a form answer; anything else is a real error. */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  // A character the database cannot store that no schema caught: the person's input, not a fault.
  if (isInvalidTextError(error)) return { ok: false, fieldErrors: {}, formError: "invalidCharacters", values };
  if (!(error instanceof AppError)) throw error;
  switch (error.code) {
    case "INVALID_INPUT":
      return { ok: false, fieldErrors: { [error.field ?? "_form"]: error.messageKey ?? "invalid" }, values };
    case "CONFLICT":
      return { ok: false, fieldErrors: {}, formError: "conflict", values };
    case "NOT_ALLOWED":
      // A refusal with its own message (the plan is under review…) keeps it.
      return { ok: false, fieldErrors: {}, formError: error.messageKey ?? "notAllowed", values };
    case "NOT_FOUND":
      return { ok: false, fieldErrors: {}, formError: "notFound", values };
  }
}

/** The values a refusal's message names (the fiscal year a date must fall in), under its field. */
export function problemValuesOf(error: unknown): Record<string, MessageValues> {
  return error instanceof AppError && error.messageValues ? { [error.field ?? "_form"]: error.messageValues } : {};
}
