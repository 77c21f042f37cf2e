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

/**
 * A figure in a dense table cell, where the component has no locale at hand: Japanese and
 * English group digits alike (15,000; 160,533.5), so the cell reads the same in either.
 */
export function formatFigure(value: number): string {
  return formatCount(value, "ja");
}
