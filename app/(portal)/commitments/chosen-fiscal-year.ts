/** `?fy=` when it is one of the years offered, else the current one: an odd link still opens. */
export function chosenFiscalYear(value: string | string[] | undefined, years: readonly number[], current: number): number {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return years.includes(year) ? year : current;
}
