/** ①… as the policy prints them. A plain module: the plan's diff (lib/plans/plan-changes.ts) labels measures without a database. */
export function circledNumber(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
}
