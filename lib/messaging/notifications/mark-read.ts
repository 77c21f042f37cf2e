import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";

/** Marks one of the actor's notifications read; someone else's is not found. Idempotent. */
export async function markNotificationRead(actor: Actor, notificationId: number): Promise<string> {
  const notification = await db.notification.findFirst({ where: { id: notificationId, recipientId: actor.employeeId }, select: { href: true, readAt: true } });
  if (!notification) throw notFound("notification");
  if (!notification.readAt) {
    await db.$transaction(async (tx) => {
      await tx.notification.updateMany({ where: { id: notificationId, recipientId: actor.employeeId, readAt: null }, data: { readAt: new Date() } });
      await recordAudit(tx, { actorId: actor.employeeId, action: "notification.read", entity: "notification", entityId: notificationId });
    });
  }
  return notification.href;
}

export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { recipientId: actor.employeeId, readAt: null }, data: { readAt: new Date() } });
    await recordAudit(tx, { actorId: actor.employeeId, action: "notification.read-all", entity: "notification", detail: { count } });
    return count;
  });
}
