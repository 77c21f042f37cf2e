import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * Notifications that asked someone to act on a thing, once the thing is done: the plan was
 * reviewed (by this supervisor or another), the returned plan was submitted again, the OJT plan
 * was written. A notification is a to-do while it is unread, so it is marked read for everyone
 * it went to, in the transaction of the act itself (which that act's own audit row records):
 * no supervisor is asked to review a plan that someone else has already approved.
 * `href` is the page of the thing, which every notification about it carries. A page that is
 * each person's own (`/me/plans/2026`) names a different thing for every recipient: there
 * `recipientId` keeps the resolution to the one person the thing belongs to.
 */
export async function resolveNotifications(
  tx: Prisma.TransactionClient,
  href: string,
  kinds: readonly NotificationKind[],
  recipientId?: number,
): Promise<number> {
  const { count } = await tx.notification.updateMany({
    where: { href, kind: { in: [...kinds] }, readAt: null, ...(recipientId === undefined ? {} : { recipientId }) },
    data: { readAt: new Date() },
  });
  return count;
}

/** What asks a reviewer to look at a plan: its submission, the changes of an approved plan, and the portal's overdue reminder. */
export const PLAN_REVIEW_REQUESTS: readonly NotificationKind[] = ["PLAN_SUBMITTED", "PLAN_CHANGES_SUBMITTED", "PLAN_REVIEW_OVERDUE"];
