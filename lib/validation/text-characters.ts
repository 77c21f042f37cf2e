/**
 * Control characters no form or file has a use for (tab, line feed and carriage return are
 * text). NUL in particular cannot be stored in a PostgreSQL text column at all.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const FORBIDDEN_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** For files: each such character becomes U+FFFD, visible in the preview, never a failure later. */
export function replaceForbiddenCharacters(value: string): string {
  return value.replace(FORBIDDEN_ALL, "\uFFFD");
}

/** PostgreSQL refused a string (NUL, or bytes not valid in UTF-8) that slipped past a schema. */
export function isInvalidTextError(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === "22021" || cause?.originalCode === "22P05";
}
