/**
 * The one error type of the domain. A record outside the caller's scope is NOT_FOUND, exactly
 * like one that does not exist, so that its existence does not leak.
 */
export type AppErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function notFound(what = "record"): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}
