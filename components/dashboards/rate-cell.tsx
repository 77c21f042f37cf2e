/**
 * A count with its share as a small bar and a printed percentage, for dense tables. The bar is
 * decoration (the figure is printed beside it), so it is hidden from screen readers; a share
 * nobody counts for shows a dash instead of a misleading 0 %.
 */
export function RateCell({ count, rate, notApplicable }: { count: number; rate: number | null; notApplicable: string }) {
  return (
    // Component classes (app/globals.css): this cell repeats hundreds of times on a bureau's page.
    <span className="rate-cell">
      <span>{count}</span>
      <span aria-hidden="true" className="rate-track">
        <span className="rate-fill" style={{ width: `${rate ?? 0}%` }} />
      </span>
      <span className="rate-figure">{rate === null ? notApplicable : `${rate}%`}</span>
    </span>
  );
}
