import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form-controls";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { countUnreadNotifications, findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { getMailPreference } from "@/lib/messaging/notifications/mail-preference";
import { markAllReadAction, setEmailDigestAction } from "@/lib/messaging/notifications/notification-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [notifications, unread, mail, t, locale] = await Promise.all([
    findNotifications(actor, { take: 100 }),
    countUnreadNotifications(actor),
    getMailPreference(actor),
    getTranslations("notifications"),
    currentLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("unread", { count: unread })}>
        {unread > 0 ? (
          <form action={markAllReadAction}>
            <Button type="submit" variant="secondary" size="sm">
              {t("markAllRead")}
            </Button>
          </form>
        ) : null}
      </PageHeader>
      {notifications.length === 0 ? <p>{t("empty")}</p> : <NotificationList notifications={notifications} locale={locale} />}
      <div className="mt-8">
        <Section id="mail" title={t("mailTitle")} lead={t("mailLead")}>
          {mail.email ? (
            <form action={setEmailDigestAction} className="flex flex-col gap-4">
              <p>{t("mailAddress", { email: mail.email })}</p>
              <Checkbox id="emailDigest" name="emailDigest" label={t("mailDigest")} defaultChecked={mail.emailDigest} />
              <div>
                <Button type="submit" variant="secondary">
                  {t("mailSave")}
                </Button>
              </div>
            </form>
          ) : (
            <p>{t("mailNoAddress")}</p>
          )}
        </Section>
      </div>
    </>
  );
}
