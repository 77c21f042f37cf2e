/** A translator seen as a lookup by any string: only runtimeMessage uses it, after has(). */
interface LooseTranslator {
  has(key: string): boolean;
  (key: string, values?: Record<string, string | number>): string;
}

function isLooseTranslator(t: unknown): t is LooseTranslator {
  return typeof t === "function" && "has" in t && typeof t.has === "function";
}

/**
 * A message whose key is known only at run time — an audit row's recorded action or record type,
 * a field of its detail — so the compiler cannot check it against the catalogue (typed keys,
 * lib/platform/i18n/app-config.d.ts). has() looks the key up first; one the catalogue lacks reads as
 * `fallback`, what was recorded, since the log keeps names no longer written.
 */
export function runtimeMessage(t: object, key: string, fallback: string): string;
export function runtimeMessage<F>(t: object, key: string, fallback: F, values: Record<string, string | number>): string | F;
export function runtimeMessage<F>(t: object, key: string, fallback: F, values?: Record<string, string | number>): string | F {
  return isLooseTranslator(t) && t.has(key) ? t(key, values) : fallback;
}
