import { createTranslator } from "use-intl/core";
import { type CalendarDate, toDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { notificationMessageValues } from "@/lib/messaging/notifications/message-values";

/** A digest lists at most this many notifications; the rest are counted and left to the portal. */
const DIGEST_LIMIT = 30;

export interface DigestOptions {
  /** with an SMTP server the digests wait to be sent (PENDING); without, they are kept (HELD) */
  smtpConfigured: boolean;
  /** the portal's address for links, e.g. https://hagukumi.example.lg.jp */
  portalUrl?: string;
}

/** "HH:MM" in Japan at this instant. */
export function tokyoTimeOfDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/**
 * Writes today's e-mail digest for everyone who asked for one and has unread notifications no
 * digest has carried yet: one message per person per day (a unique key on recipient and day),
 * and each notification in one digest at most (it keeps the digest's id). The text comes from
 * the message catalogue, in the language the person chose in the portal (Japanese unless English).
 */
export async function composeDigests(client: PrismaClient, today: CalendarDate, options: DigestOptions): Promise<number> {
  const digestOn = toDateColumn(today);
  const recipients = await client.$queryRaw<{ id: number; name: string; email: string; language: string | null }[]>`
    SELECT e.id, e.name, e.email, e.preferred_language AS language FROM employee e
    WHERE e.email_digest AND e.active AND e.email IS NOT NULL
      AND EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = e.id AND n.mail_id IS NULL AND n.read_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.recipient_id = e.id AND m.digest_on = ${digestOn})`;
  const translators = {
    ja: {
      t: createTranslator({ locale: "ja", messages: ja, namespace: "mail" }),
      kinds: createTranslator({ locale: "ja", messages: ja, namespace: "notifications.kinds" }),
    },
    en: {
      t: createTranslator({ locale: "en", messages: en, namespace: "mail" }),
      kinds: createTranslator({ locale: "en", messages: en, namespace: "notifications.kinds" }),
    },
  };
  let written = 0;
  for (const recipient of recipients) {
    const language = recipient.language === "en" ? "en" : "ja";
    const { t, kinds } = translators[language];
    const created = await client.$transaction(async (tx) => {
      const notifications = await tx.notification.findMany({
        where: { recipientId: recipient.id, mailId: null, readAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, href: true, params: true, actor: { select: { name: true } } },
      });
      if (notifications.length === 0) return false;
      const listed = notifications.slice(0, DIGEST_LIMIT);
      const lines = listed.map((n) => {
        const text = kinds(n.kind, notificationMessageValues(n.params, n.actor?.name, language));
        return `・${text}\n  ${options.portalUrl ? new URL(n.href, options.portalUrl).toString() : n.href}`;
      });
      const more = notifications.length - listed.length;
      const body = [
        t("greeting", { name: recipient.name }),
        "",
        t("intro", { count: notifications.length }),
        "",
        ...lines,
        ...(more > 0 ? ["", t("more", { count: more })] : []),
        "",
        t("footer"),
      ].join("\n");
      const mail = await tx.mailOutbox.createManyAndReturn({
        data: [
          {
            recipientId: recipient.id,
            toAddress: recipient.email,
            subject: t("subject", { count: notifications.length, date: toIsoDate(today) }),
            body,
            digestOn,
            status: options.smtpConfigured ? "PENDING" : "HELD",
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      const mailId = mail[0]?.id;
      // Another instance wrote this person's digest first: leave the notifications to it.
      if (mailId === undefined) return false;
      await tx.notification.updateMany({ where: { id: { in: listed.map((n) => n.id) }, mailId: null }, data: { mailId } });
      return true;
    });
    if (created) written += 1;
  }
  return written;
}
