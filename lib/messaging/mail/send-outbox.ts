import nodemailer from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A mail that failed (the relay refused or was down) is tried again, up to this many times. */
export const MAX_ATTEMPTS = 5;
const BATCH = 50;

export interface SmtpSettings {
  url: string;
  from: string;
}

/**
 * Sends what waits in the outbox. Each mail is claimed (SENDING) and committed before it is
 * handed to the relay, and marked SENT or FAILED after: a mail is never sent twice, even with
 * several instances or a crash half-way. The price is that a crash between handing over and
 * marking leaves it SENDING, for the HR division to see, rather than sending it again.
 */
export async function sendOutbox(client: PrismaClient, smtp: SmtpSettings): Promise<{ sent: number; failed: number }> {
  const claimed = await client.$queryRaw<{ id: number; to_address: string; subject: string; body: string }[]>`
    UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE status = 'PENDING' OR (status = 'FAILED' AND attempts < ${MAX_ATTEMPTS})
      ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, body`;
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(smtp.url);
  let sent = 0;
  let failed = 0;
  try {
    for (const mail of claimed) {
      try {
        await transport.sendMail({ from: smtp.from, to: mail.to_address, subject: mail.subject, text: mail.body });
        await client.mailOutbox.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
        sent += 1;
      } catch (error) {
        await client.mailOutbox.update({
          where: { id: mail.id },
          data: { status: "FAILED", lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
        });
        failed += 1;
      }
    }
  } finally {
    transport.close();
  }
  return { sent, failed };
}
