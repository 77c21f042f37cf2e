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

const figure = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/**
 * A figure in a table cell or a card (components/ui/table.tsx, figures.tsx), with thousands
 * separators. Japanese and English group and point digits alike (15,000; 12.5), so a cell needs
 * no locale; two decimals keep an average (1.33 interviews a head) as it was counted.
 */
export function formatFigure(value: number): string {
  return figure.format(value);
}
