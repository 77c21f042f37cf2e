import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface NotificationInput {
  kind: NotificationKind;
  /** who acted; never notified about their own act */
  actorId: number;
  href: string;
  /** values for the message, e.g. { name: "青葉 花子" } */
  params?: Record<string, string | number>;
}

/**
 * Tells people that something happened, in the transaction of the change itself, so a
 * notification exists exactly when its event does. The actor is left out of the recipients.
 */
export async function notify(tx: Prisma.TransactionClient, recipientIds: readonly number[], input: NotificationInput): Promise<void> {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== input.actorId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((recipientId) => ({ recipientId, kind: input.kind, actorId: input.actorId, href: input.href, params: input.params ?? {} })),
  });
}
