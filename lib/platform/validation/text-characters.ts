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

/**
 * Characters that change how the text around them is displayed without showing themselves. The
 * bidirectional controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the
 * marks U+200E, U+200F and U+061C) reorder what follows them: "gpj.exe" with a right-to-left
 * override before it reads "exe.jpg". The zero-width characters (U+200B–U+200D, U+2060, U+FEFF)
 * make two names that look the same differ, and hide a word from a search.
 *
 * They are removed, not refused: being invisible, a person told "invalid characters" could not
 * see what to take out, and text pasted from a web page, Word or a PDF carries them innocently;
 * the portal's Japanese and English text has no use for them.
 */
const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * The same, except a zero-width joiner inside an emoji sequence (after a pictograph, its
 * variation selector or skin tone, and before another pictograph): 👩‍💻 is one emoji with it
 * and two without.
 */
const INVISIBLE_FORMATTING_OUTSIDE_EMOJI =
  /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|(?<![\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** For free text (titles, notes, comments): the emoji a person typed stay whole. */
export function removeInvisibleFormatting(text: string): string {
  return text.replace(INVISIBLE_FORMATTING_OUTSIDE_EMOJI, "");
}

/**
 * For names that label something else (an uploaded file's name, a cell of the personnel
 * system's export): every such character goes, a joiner too. A name is compared and shown
 * beside others, where a hidden character only misleads.
 */
export function removeAllInvisibleFormatting(name: string): string {
  return name.replace(INVISIBLE_FORMATTING, "");
}

/** PostgreSQL refused a string (NUL, or bytes not valid in UTF-8) that slipped past a schema. */
export function isInvalidTextError(error: unknown): boolean {
  // The driver adapter's error is untyped here: each step is read only from an object.
  const code = ["meta", "driverAdapterError", "cause", "originalCode"].reduce<unknown>(
    (value, key) => (typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined),
    error,
  );
  return code === "22021" || code === "22P05";
}
