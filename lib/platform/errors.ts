import type { MessageValues } from "@/lib/platform/validation/form-state";

/**
 * The one error type of the domain. A record outside the caller's scope is NOT_FOUND, exactly
 * like one that does not exist, so that its existence does not leak. INVALID_INPUT names the
 * field and a `validation.*` catalogue key; CONFLICT means someone saved first.
 */
export type AppErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "NOT_ALLOWED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly field?: string,
    readonly messageKey?: string,
    /** the values the message names (the fiscal year a date must fall in) */
    readonly messageValues?: MessageValues,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function notFound(what = "record"): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}

export function invalidInput(field: string, messageKey: string, values?: MessageValues): AppError {
  return new AppError("INVALID_INPUT", `${field}: ${messageKey}`, field, messageKey, values);
}

/** The record changed since the person loaded it (optimistic concurrency). */
export function conflict(what = "record"): AppError {
  return new AppError("CONFLICT", `${what} was changed by someone else`);
}

/** A transition the record's state does not allow (e.g. approving a draft). */
export function notAllowed(what: string): AppError {
  return new AppError("NOT_ALLOWED", what);
}

/** For updates guarded by a version column: no row matched means someone saved first. */
export function assertUpdated(result: { count: number }, what?: string): void {
  if (result.count === 0) throw conflict(what);
}
