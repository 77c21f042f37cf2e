import { formatFigure } from "@/lib/platform/i18n/format-number";

/**
 * A count with its share as a small bar and a printed percentage, for dense tables. The bar is
 * decoration (the figure is printed beside it) and an empty element, so screen readers skip it;
 * a share nobody counts for shows a dash instead of a misleading 0 %.
 */
export function RateCell({ count, rate, notApplicable }: { count: number; rate: number | null; notApplicable: string }) {
  return (
    // Component classes (app/globals.css), and the fill drawn by the track's ::before from
    // --rate: this cell repeats hundreds of times on a bureau's page, each element twice (HTML
    // and RSC payload).
    <span className="rate-cell">
      {formatFigure(count)}
      <span className="rate-track" style={{ "--rate": `${rate ?? 0}%` }} />
      <span className="rate-figure">{rate === null ? notApplicable : `${rate}%`}</span>
    </span>
  );
}
