/**
 * Whether a declared record has been confirmed, and by whom. A record without it is the
 * employee's own declaration; dashboards may count only confirmed ones (lib/insight/settings/count-verified-only.ts).
 */
export const verificationSelect = { verifiedAt: true, verifiedBy: { select: { name: true } } } as const;

export interface VerificationView {
  at: Date;
  byName: string;
}

export function toVerificationView(row: { verifiedAt: Date | null; verifiedBy: { name: string } | null }): VerificationView | null {
  return row.verifiedAt && row.verifiedBy ? { at: row.verifiedAt, byName: row.verifiedBy.name } : null;
}
