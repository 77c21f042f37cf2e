import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { now } from "@/lib/platform/dates/clock";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { composeDigests, tokyoTimeOfDay } from "@/lib/messaging/mail/compose-digests";
import { sendOutbox, type SmtpSettings } from "@/lib/messaging/mail/send-outbox";
import { forgetExpiredSignInAttempts } from "@/lib/platform/auth/sign-in-throttle";
import { raiseReminders } from "@/lib/messaging/reminders/raise-reminders";
import { type RetentionCounts, runRetention } from "@/lib/records/retention/run-retention";
import { getReminderSettings } from "@/lib/insight/settings/reminder-settings";
import { applyDueTransfers } from "@/lib/people/transfers/apply-due-transfers";

export interface JobSettings {
  smtp: SmtpSettings | null;
  portalUrl?: string;
}

export interface JobRun {
  transfersApplied: number;
  reminders: Record<string, number>;
  digestsWritten: number;
  mailsSent: number;
  mailsFailed: number;
  /** null on the rounds after the day's first, which skip it */
  retention: RetentionCounts | null;
}

// Retention works by fiscal years, so once a day is enough; it reads years of plans and the
// audit trail's index, which a round every minute need not repeat. Per process: an instance
// that takes over the jobs runs it again that day, and finds nothing left to do.
let retentionRanOn: string | null = null;

/**
 * One round of the portal's background work, in the order each step needs the one before:
 * transfers whose date has come (so reminders go to the right supervisors), reminders, the
 * day's digests once the HR division's hour has passed, then sending. Every step is idempotent
 * and safe beside another instance running it (row locks, unique keys), so any number of
 * processes may run the jobs; running them once is enough.
 */
export async function runJobs(client: PrismaClient, settings: JobSettings): Promise<JobRun> {
  const instant = now();
  const today = tokyoDate(instant);
  const transfersApplied = (await applyDueTransfers(client, today)).length;
  const reminders = await raiseReminders(client, today, instant);
  const { digestTime } = await getReminderSettings(client);
  const digestsWritten =
    tokyoTimeOfDay(instant) >= digestTime ? await composeDigests(client, today, { smtpConfigured: settings.smtp !== null, portalUrl: settings.portalUrl }) : 0;
  const mails = settings.smtp ? await sendOutbox(client, settings.smtp) : { sent: 0, failed: 0 };
  // Housekeeping no one waits for: sign-in attempts past the throttling window count for nothing.
  await forgetExpiredSignInAttempts(client);
  // Personal records past the HR division's retention periods (nothing while none is set).
  const day = toIsoDate(today);
  const retention = retentionRanOn === day ? null : await runRetention(client, today);
  retentionRanOn = day;
  return { transfersApplied, reminders, digestsWritten, mailsSent: mails.sent, mailsFailed: mails.failed, retention };
}
