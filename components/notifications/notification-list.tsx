import { getTranslations } from "next-intl/server";
import { openNotificationAction } from "@/lib/messaging/notifications/notification-actions";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { NotificationView } from "@/lib/messaging/notifications/find-notifications";
import { timestampFormat } from "@/lib/platform/dates/format";
import { notificationMessageValues } from "@/lib/messaging/notifications/message-values";

const dateTime = (locale: Locale) => timestampFormat(locale, "dateTime");

/**
 * Stored notifications; opening one marks it read and follows its link. `markUnread: false` where
 * every one listed is unread (the dashboards' panel, under its unread count): the mark would be
 * the same word on every line.
 */
export async function NotificationList({
  notifications,
  locale,
  markUnread = true,
}: {
  notifications: NotificationView[];
  locale: Locale;
  markUnread?: boolean;
}) {
  const t = await getTranslations("notifications");
  const format = dateTime(locale);
  return (
    <ul className="flex flex-col divide-y divide-solid-gray-200">
      {notifications.map((notification) => {
        return (
          // Short component classes (app/globals.css): the list is on every dashboard.
          <li key={notification.id} className="notice-item">
            <span className="notice-body">
              {notification.readAt || !markUnread ? null : <Badge tone="info">{t("unreadMark")}</Badge>}
              <span className={notification.readAt ? "text-solid-gray-700" : "text-std-16B-170"}>
                {t(`kinds.${notification.kind}`, notificationMessageValues(notification.params, notification.actor?.name, locale))}
              </span>
              <time className="meta" dateTime={notification.createdAt.toISOString()}>
                {format.format(notification.createdAt)}
              </time>
            </span>
            <form action={openNotificationAction}>
              <input type="hidden" name="notificationId" value={notification.id} />
              <button type="submit" className="link-button">
                {t("open")}
              </button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
