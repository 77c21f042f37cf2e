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
 * Who was told, as the action's confirmation names them (「佐久間さんほか2人に通知しました」):
 * the first recipient by name and how many more.
 */
export interface Notified {
  first: string | null;
  others: number;
}

export const NOBODY_NOTIFIED: Notified = { first: null, others: 0 };

/** The values of a confirmation's 「…さんに通知しました」 part (`told`, `first`, `others`). */
export function toldValues({ first, others }: Notified): Record<string, string | number> {
  return first === null ? { told: "no", first: "", others: 0 } : { told: "yes", first, others };
}

/**
 * Tells people that something happened, in the transaction of the change itself, so a
 * notification exists exactly when its event does. The actor is left out of the recipients.
 * Answers who was told, so the person who acted can be told that too.
 */
export async function notify(tx: Prisma.TransactionClient, recipientIds: readonly number[], input: NotificationInput): Promise<Notified> {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== input.actorId);
  const [firstId] = recipients;
  if (firstId === undefined) return NOBODY_NOTIFIED;
  await tx.notification.createMany({
    data: recipients.map((recipientId) => ({ recipientId, kind: input.kind, actorId: input.actorId, href: input.href, params: input.params ?? {} })),
  });
  // The order given is the order of concern (the trainee before the trainer, the owner before
  // the supervisors), so the first named is the one the person acted for.
  const first = await tx.employee.findUnique({ where: { id: firstId }, select: { name: true } });
  return { first: first?.name ?? null, others: recipients.length - 1 };
}
