import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notAllowed } from "@/lib/platform/errors";

/** The actor's own e-mail setting and the address on file (from the personnel master). */
export async function getMailPreference(actor: Actor): Promise<{ email: string | null; emailDigest: boolean }> {
  return db.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { email: true, emailDigest: true } });
}

/** Each person decides for themselves; a digest needs an address, which only HR's master sets. */
export async function setEmailDigest(actor: Actor, on: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { email: true, emailDigest: true } });
    if (on && !before.email) throw notAllowed("no e-mail address on file");
    if (before.emailDigest === on) return;
    await tx.employee.update({ where: { id: actor.employeeId }, data: { emailDigest: on } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "notifications.email-digest",
      entity: "employee",
      entityId: actor.employeeId,
      detail: { before: before.emailDigest, after: on },
    });
  });
}
