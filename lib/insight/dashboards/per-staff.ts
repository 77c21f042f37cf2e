/**
 * A count per 100 staff, to one decimal: bureaus differ tenfold in size, so raw counts only say
 * which bureau is large. Null where nobody counts (a bureau of no staff under the filters).
 */
export function perHundredStaff(count: number, staff: number | null): number | null {
  if (staff === null || staff <= 0) return null;
  return Math.round((count * 1000) / staff) / 10;
}

/** An amount per member of staff (training hours), to one decimal; null where nobody counts. */
export function perMember(amount: number, staff: number | null): number | null {
  if (staff === null || staff <= 0) return null;
  return Math.round((amount * 10) / staff) / 10;
}
