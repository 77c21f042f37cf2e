import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { countUnreadNotifications, findNotifications, type NotificationView } from "@/lib/messaging/notifications/find-notifications";
import { findReminders, type Reminder, SUPERVISOR_REMINDER_SNAPSHOTS } from "@/lib/messaging/notifications/find-reminders";

export interface DashboardNotices {
  reminders: Reminder[];
  /** The three newest unread: the panel sits above the day's work; the rest are a link away. */
  notifications: NotificationView[];
  unread: number;
}

/**
 * What a dashboard's panel shows: what is waiting (derived), then unread notifications (stored).
 * On the supervisor's dashboard the jobs' monthly counts (young staff without an OJT plan,
 * members without an interview) are left out of the list: the reminders above count the same
 * people live. They stay unread, in the mail digest and on the notifications page.
 */
export async function findDashboardNotices(actor: Actor, view: "employee" | "supervisor"): Promise<DashboardNotices> {
  const [reminders, notifications, unread] = await Promise.all([
    findReminders(actor, view),
    findNotifications(actor, { take: 3, unreadOnly: true, exceptKinds: view === "supervisor" ? SUPERVISOR_REMINDER_SNAPSHOTS : [] }),
    countUnreadNotifications(actor),
  ]);
  return { reminders, notifications, unread };
}
