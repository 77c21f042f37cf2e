import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The kinds of personal record the HR division keeps for a set number of years and then
 * destroys (自治体の文書管理規程, 個人情報保護法), in the order the settings page and the
 * disclosure list them.
 */
export const RETENTION_KINDS = ["transferWishes", "interviewPrivateNotes", "interviewSharedNotes", "attachments", "auditTrail"] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * The audit trail keeps at least this many fiscal years: the database's purge function applies
 * the same floor (migration 20261210080000), since the portal's role can write settings and the
 * trail is the evidence of what that role did.
 */
export const MIN_AUDIT_TRAIL_YEARS = 3;
export const MAX_RETENTION_YEARS = 30;

/** Empty means "kept until the HR division sets a period": nothing is destroyed by an upgrade. */
const years = (min: number, range: string) =>
  z.preprocess(
    (value) => (value === "" || value == null ? null : value),
    z.coerce.number({ error: "validation.number" }).int({ error: range }).min(min, { error: range }).max(MAX_RETENTION_YEARS, { error: range }).nullable(),
  );

export const retentionSettingsSchema = z.object({
  transferWishes: years(1, "validation.retentionYears"),
  interviewPrivateNotes: years(1, "validation.retentionYears"),
  interviewSharedNotes: years(1, "validation.retentionYears"),
  attachments: years(1, "validation.retentionYears"),
  auditTrail: years(MIN_AUDIT_TRAIL_YEARS, "validation.auditTrailYears"),
});
export type RetentionSettings = z.output<typeof retentionSettingsSchema>;

/** The form adds the version the HR officer saw (the row's last change, 0 while unset). */
export const retentionSettingsFormSchema = retentionSettingsSchema.extend({ version: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
export type RetentionSettingsForm = z.output<typeof retentionSettingsFormSchema>;

export const RETENTION_SETTINGS_KEY = "retention";
export const UNSET_RETENTION: RetentionSettings = {
  transferWishes: null,
  interviewPrivateNotes: null,
  interviewSharedNotes: null,
  attachments: null,
  auditTrail: null,
};

/** The periods with their version, for a form that must not overwrite a colleague's change. */
export async function readRetentionSettings(client: Pick<PrismaClient, "setting">): Promise<{ settings: RetentionSettings; version: number }> {
  const row = await client.setting.findUnique({ where: { key: RETENTION_SETTINGS_KEY }, select: { value: true, updatedAt: true } });
  const parsed = retentionSettingsSchema.safeParse(row?.value);
  return { settings: parsed.success ? parsed.data : UNSET_RETENTION, version: row?.updatedAt.getTime() ?? 0 };
}
