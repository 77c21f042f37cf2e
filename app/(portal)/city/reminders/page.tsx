import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { timestampFormat } from "@/lib/dates/format";
import { env } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findOutbox } from "@/lib/mail/find-outbox";
import { findReminderSettings } from "@/lib/settings/save-reminder-settings";
import { assertSettingsEditor } from "@/lib/settings/settings-access";
import { allowedOrNotFound } from "@/lib/load-or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminderSettings"))("title") };
}

const STATUS_TONE = { PENDING: "info", SENDING: "info", SENT: "success", FAILED: "danger", HELD: "neutral" } as const;

/** 通知とメール: the reminder settings and the outbox, where mail waits when no SMTP server is set. HR only. */
export default async function RemindersPage() {
  const actor = await requireActor();
  allowedOrNotFound(() => assertSettingsEditor(actor));
  const [t, locale, settings, outbox] = await Promise.all([getTranslations("reminderSettings"), currentLocale(), findReminderSettings(actor), findOutbox(actor)]);
  const stamp = timestampFormat(locale, "dateTime");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Section title={t("formTitle")}>
        <ReminderSettingsForm settings={settings.settings} version={settings.version} />
      </Section>
      <Section title={t("outboxTitle")}>
        <div className="mb-4">
          <Notice tone="info" title={env.SMTP_URL ? t("smtpOn") : t("smtpOff")} />
        </div>
        {outbox.length === 0 ? (
          <p>{t("outboxEmpty")}</p>
        ) : (
          <Table caption={t("outboxCaption", { count: outbox.length })} captionHidden>
            <thead>
              <tr>
                <Th>{t("createdAt")}</Th>
                <Th>{t("to")}</Th>
                <Th>{t("subject")}</Th>
                <Th>{t("mailStatus")}</Th>
              </tr>
            </thead>
            <tbody>
              {outbox.map((mail) => (
                <tr key={mail.id}>
                  <Td nowrap>{stamp.format(mail.createdAt)}</Td>
                  <Td>
                    {mail.recipient.name}（{mail.toAddress}）
                  </Td>
                  <Td>
                    <details>
                      <summary className="cursor-pointer">{mail.subject}</summary>
                      <pre className="mt-2 font-sans whitespace-pre-wrap">{mail.body}</pre>
                    </details>
                  </Td>
                  <Td nowrap>
                    <Badge tone={STATUS_TONE[mail.status]}>{t(`statuses.${mail.status}`)}</Badge>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </div>
  );
}
