import { type Locale, languageOf } from "./locales";

const counts = new Map<Locale, Intl.NumberFormat>();

/** A count as people read it: with thousands separators ("15,000"), in either language. */
export function formatCount(value: number, locale: Locale): string {
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(languageOf(locale) === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: 1 });
    counts.set(locale, format);
  }
  return format.format(value);
}
