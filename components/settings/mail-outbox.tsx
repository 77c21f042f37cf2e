import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { timestampFormat } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { findOutbox } from "@/lib/messaging/mail/find-outbox";

type OutboxMail = Awaited<ReturnType<typeof findOutbox>>[number];

const STATUS_TONE = { PENDING: "info", SENDING: "info", SENT: "success", FAILED: "danger", HELD: "neutral" } as const;

/** The mail the portal wrote, newest first: where it waits when no SMTP server is set. */
export async function MailOutbox({ outbox, locale }: { outbox: readonly OutboxMail[]; locale: Locale }) {
  const t = await getTranslations("reminderSettings");
  const stamp = timestampFormat(locale, "dateTime");
  return (
    <>
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
    </>
  );
}
