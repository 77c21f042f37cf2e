import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { DATE_STYLES, LANGUAGES } from "@/lib/platform/i18n/locales";

/** One choice at a time, as the header's two switches post them. */
export const displayPreferenceChangeSchema = z.union([z.strictObject({ language: z.enum(LANGUAGES) }), z.strictObject({ dateStyle: z.enum(DATE_STYLES) })]);
export type DisplayPreferenceChange = z.infer<typeof displayPreferenceChangeSchema>;

/**
 * Remembers the actor's own language or calendar on their employee row, so that signing in on
 * another PC restores it. Only ever the actor's own row: there is no parameter naming whose.
 */
export async function saveDisplayPreference(actor: Actor, change: DisplayPreferenceChange): Promise<void> {
  const parsed = displayPreferenceChangeSchema.parse(change);
  await db.$transaction(async (tx) => {
    await tx.employee.update({
      where: { id: actor.employeeId },
      data: "language" in parsed ? { preferredLanguage: parsed.language } : { dateStyle: parsed.dateStyle },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.employeeId, action: "employee.display-preference", entity: "employee", entityId: actor.employeeId, detail: parsed });
  });
}
