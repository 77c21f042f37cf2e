import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { City, Year } from "./context";
import { dayOfInstant, type Instant } from "./dates";
import type { Random } from "./random";

/**
 * A notification as lib/messaging/notifications/notify.ts writes it, for events of the current fiscal
 * year only (older ones would long have been read and are of no use to a test or benchmark).
 * Most are read within a few days; the rest make the unread counts in the header.
 */
export function notify(
  city: City,
  year: Year,
  random: Random,
  event: {
    recipientId: number;
    kind: NotificationKind;
    actorId: number;
    href: string;
    params: Record<string, string | number>;
    at: Instant;
    readChance: number;
  },
): void {
  if (!year.current || event.recipientId === event.actorId) return;
  const readAt = random.chance(event.readChance) ? event.at + random.int(10, 4_000) * 60_000 : null;
  city.tables.notification.add({
    id: city.tables.notification.nextId(),
    recipient_id: event.recipientId,
    kind: event.kind,
    actor_id: event.actorId,
    href: event.href,
    params: JSON.stringify(event.params),
    created_at: event.at,
    // Nobody has read anything after yesterday.
    read_at: readAt !== null && dayOfInstant(readAt) <= year.lastDay ? readAt : null,
  });
}
