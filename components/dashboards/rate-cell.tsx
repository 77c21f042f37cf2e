/**
 * A count with its share as a small bar and a printed percentage, for dense tables. The bar is
 * decoration (the figure is printed beside it), so it is hidden from screen readers; a share
 * nobody counts for shows a dash instead of a misleading 0 %.
 */
export function RateCell({ count, rate, notApplicable }: { count: number; rate: number | null; notApplicable: string }) {
  return (
    <span className="flex items-center justify-end gap-2 whitespace-nowrap tabular-nums">
      <span>{count}</span>
      <span aria-hidden="true" className="h-2 w-12 overflow-hidden rounded-full bg-solid-gray-200 print:border print:border-solid-gray-536">
        <span className="block h-full bg-blue-900" style={{ width: `${rate ?? 0}%` }} />
      </span>
      <span className="w-12 text-right">{rate === null ? notApplicable : `${rate}%`}</span>
    </span>
  );
}
