import { type Locale, languageOf } from "./locales";

/**
 * One formatter per locale and style, made on first use: Intl.NumberFormat is costly to build,
 * and a table formats each of its cells.
 */
function formatterFor(styles: Map<Locale, Intl.NumberFormat>, locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = styles.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(languageOf(locale) === "ja" ? "ja-JP" : "en-GB", options);
    styles.set(locale, format);
  }
  return format;
}

const counts = new Map<Locale, Intl.NumberFormat>();

/** A count as people read it: with thousands separators ("15,000"), in either language. */
export function formatCount(value: number, locale: Locale): string {
  return formatterFor(counts, locale, { maximumFractionDigits: 1 }).format(value);
}

const tenths = new Map<Locale, Intl.NumberFormat>();

/**
 * An amount per member or per 100 staff, always to one decimal: side by side in a column or a
 * heat map, "71" beside "48.6" reads as a rounder figure than it is, and the digits do not line up.
 */
export function formatTenths(value: number, locale: Locale): string {
  return formatterFor(tenths, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
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
