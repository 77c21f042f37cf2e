import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { markAllReadAction } from "@/lib/messaging/notifications/notification-actions";
import { NotificationList } from "@/components/notifications/notification-list";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/platform/auth/roles";
import type { Locale } from "@/lib/platform/i18n/locales";
import { countUnreadNotifications, findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { findReminders } from "@/lib/messaging/notifications/find-reminders";
import { localRoute } from "@/lib/platform/local-route";

type PanelProps = { actor: Actor; view: "employee" | "supervisor"; locale: Locale };

/**
 * On each dashboard: what is waiting (derived), then unread notifications (stored). Streamed
 * after the page: for a 局長 its counts go over a bureau of 2,000, and the page's own figures
 * (whose scope check decides between the page and a 404) need not wait for them. Until then the
 * panel's box stands empty at its usual height, so nothing below it jumps.
 */
export async function NotificationsPanel(props: PanelProps) {
  const t = await getTranslations("notifications");
  return (
    <Suspense
      fallback={
        <section
          aria-busy="true"
          aria-label={t("panel")}
          className="print-hidden mb-10 min-h-40 animate-pulse rounded-12 border-2 border-blue-200 bg-blue-50 p-5"
        >
          <span className="block h-6 w-40 rounded-4 bg-blue-100" />
        </section>
      }
    >
      <PanelContent {...props} />
    </Suspense>
  );
}

async function PanelContent({ actor, view, locale }: PanelProps) {
  const [t, reminders, notifications, unread] = await Promise.all([
    getTranslations("notifications"),
    findReminders(actor, view),
    // The three newest: the panel sits above the day's work on every dashboard; the rest are a link away.
    findNotifications(actor, { take: 3, unreadOnly: true }),
    countUnreadNotifications(actor),
  ]);
  return (
    <section aria-labelledby="notifications-heading" className="print-hidden mb-10 rounded-12 border-2 border-blue-200 bg-blue-50 p-5">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="notifications-heading" className="text-std-20B-160">
          {t("panel")}
        </h2>
        <span className="text-std-16B-170">{t("unread", { count: unread })}</span>
      </div>
      {reminders.length === 0 && notifications.length === 0 ? <p>{t("empty")}</p> : null}
      {reminders.length > 0 ? (
        <ul className="mb-3 list-disc pl-6">
          {reminders.map((reminder) => (
            <li key={reminder.kind}>
              <Link href={localRoute(reminder.href)}>{t(`reminders.${reminder.kind}`, { count: reminder.count })}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {notifications.length > 0 ? <NotificationList notifications={notifications} locale={locale} markUnread={false} /> : null}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <Link href="/notifications">{t("all")}</Link>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="tertiary" size="sm">
              {t("markAllRead")}
            </Button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
