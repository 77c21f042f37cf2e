import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

interface NotificationQuery {
  take?: number;
  unreadOnly?: boolean;
  /** Kinds left out: on a dashboard, the stored snapshots that a live reminder there supersedes. */
  exceptKinds?: readonly NotificationKind[];
}

/** The actor's own notifications, unread first, newest first. Nobody reads another's. */
export async function findNotifications(actor: Actor, options: NotificationQuery = {}) {
  return db.notification.findMany({
    where: {
      recipientId: actor.employeeId,
      ...(options.unreadOnly ? { readAt: null } : {}),
      ...(options.exceptKinds?.length ? { kind: { notIn: [...options.exceptKinds] } } : {}),
    },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 50,
    select: { id: true, kind: true, href: true, params: true, createdAt: true, readAt: true, actor: { select: { name: true } } },
  });
}

/** Once per request: the header and the dashboard's panel both show it. */
export const countUnreadNotifications = cache(async (actor: Actor): Promise<number> => {
  return db.notification.count({ where: { recipientId: actor.employeeId, readAt: null } });
});

export type NotificationView = Awaited<ReturnType<typeof findNotifications>>[number];
