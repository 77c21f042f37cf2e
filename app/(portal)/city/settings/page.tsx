import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { CountVerifiedOnlyForm } from "@/components/settings/count-verified-only-form";
import { MailOutbox } from "@/components/settings/mail-outbox";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findOutbox } from "@/lib/mail/find-outbox";
import { readCountVerifiedOnly } from "@/lib/settings/count-verified-only";
import { findReminderSettings } from "@/lib/settings/save-reminder-settings";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/load-or-not-found";
import { assertSettingsEditor } from "@/lib/settings/settings-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verifiedRecords.settings"))("title") };
}

/**
 * The HR division's portal-wide settings, one page: what the figures count, the reminders the
 * portal sends and the mail it has written (the outbox). Everyone else gets a 404.
 */
export default async function SettingsPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertSettingsEditor(actor));
  const [t, tr, locale, verifiedOnly, reminders, outbox] = await Promise.all([
    getTranslations("verifiedRecords.settings"),
    getTranslations("reminderSettings"),
    currentLocale(),
    loadOrNotFound(() => readCountVerifiedOnly(actor)),
    loadOrNotFound(() => findReminderSettings(actor)),
    loadOrNotFound(() => findOutbox(actor)),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section id="figures" title={t("figures")} lead={t("current", { state: verifiedOnly ? t("on") : t("off") })}>
        <CountVerifiedOnlyForm current={verifiedOnly} />
      </Section>
      <Section id="reminders" title={tr("title")} lead={tr("lead")}>
        <ReminderSettingsForm settings={reminders.settings} version={reminders.version} />
      </Section>
      <Section id="outbox" title={tr("outboxTitle")}>
        <div className="mb-4">
          <Notice tone="info" title={env.SMTP_URL ? tr("smtpOn") : tr("smtpOff")} />
        </div>
        <MailOutbox outbox={outbox} locale={locale} />
      </Section>
    </>
  );
}
