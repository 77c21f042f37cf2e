import type pg from "pg";
import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";

/**
 * The background jobs run in every instance (JOBS=on), as they may: lib/platform/jobs/run-jobs.ts relies
 * on unique keys and row locks, not on running once. To give them something to race on, this
 * month's monthly reminders that nobody has read or been mailed are removed before the
 * instances start (the jobs raise them again on their first round, both at once); afterwards the
 * database must hold each reminder and each day's digest once.
 */

/** Reminders raised once a month per supervisor (lib/messaging/reminders/raise-reminders.ts's keys). */
const MONTHLY = ["interview-missing", "ojt-missing"];

export interface JobsMark {
  month: string;
  notificationId: number;
  mailId: number;
  /** monthly reminders removed so the jobs raise them again */
  removed: number;
}

export interface JobsCheck {
  removed: number;
  /** reminder notifications written during the run, by kind */
  raised: Record<string, number>;
  /** the same reminder held twice (same person, kind, page, subject; monthly ones: same month) */
  duplicateReminders: number;
  /** digests written during the run */
  digests: number;
  /** a person with two digests for one day */
  duplicateDigests: number;
  /** a notification carried by someone else's digest */
  misaddressed: number;
  /**
   * Notifications written with their event, not by the jobs: the run's plan comments (each
   * notifies the plan's owner in the comment's transaction) against the PLAN_COMMENTED rows
   * written during the run; equal when none was written twice or lost.
   */
  comments: number;
  commentNotifications: number;
  /** per instance, from the jobs' log lines: rounds started, reminders and digests it wrote */
  byInstance: { name: string; started: boolean; reminders: number; digests: number; failedRounds: number }[];
}

const thisMonth = () => toIsoDate(tokyoDate()).slice(0, 7);

/** Removes this month's unread, unmailed monthly reminders; answers how many, and the last notification id then. */
export async function removeMonthlyReminders(client: pg.Client): Promise<{ removed: number; notificationId: number }> {
  const { rowCount } = await client.query(
    `DELETE FROM notification WHERE read_at IS NULL AND mail_id IS NULL AND (dedupe_key LIKE $1 OR dedupe_key LIKE $2)`,
    MONTHLY.map((prefix) => `${prefix}:${thisMonth()}:%`),
  );
  const { rows } = await client.query<{ id: number }>("SELECT coalesce(max(id), 0)::int AS id FROM notification");
  return { removed: rowCount ?? 0, notificationId: rows[0]?.id ?? 0 };
}

export async function prepareJobs(client: pg.Client): Promise<JobsMark> {
  const { removed, notificationId } = await removeMonthlyReminders(client);
  const { rows } = await client.query<{ mail: number }>("SELECT coalesce(max(id), 0)::int AS mail FROM mail_outbox");
  return { month: thisMonth(), notificationId, mailId: rows[0]?.mail ?? 0, removed };
}

/**
 * After the kill the same reminders are removed again: only the survivors' jobs can raise them
 * now, so finding them all back shows the jobs carry on without the instance that was lost.
 */
export async function countMonthlyRaisedSince(client: pg.Client, notificationId: number): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM notification WHERE id > $1 AND (dedupe_key LIKE $2 OR dedupe_key LIKE $3)",
    [notificationId, ...MONTHLY.map((prefix) => `${prefix}:${thisMonth()}:%`)],
  );
  return rows[0]?.count ?? 0;
}

/** "[jobs] transfers 0, reminders 1234, digests 5, sent 0, failed 0" → its counts. */
export function jobsLogCounts(lines: readonly string[]): { started: boolean; reminders: number; digests: number; failedRounds: number } {
  let reminders = 0;
  let digests = 0;
  let failedRounds = 0;
  for (const line of lines) {
    if (line.startsWith("[jobs] round failed")) failedRounds += 1;
    const match = /\[jobs\] transfers \d+, reminders (\d+), digests (\d+)/.exec(line);
    if (match) {
      reminders += Number(match[1]);
      digests += Number(match[2]);
    }
  }
  return { started: lines.some((line) => /\[jobs\] every \d+ s/.test(line)), reminders, digests, failedRounds };
}

export async function checkJobs(
  client: pg.Client,
  mark: JobsMark,
  instances: { name: string; lines: readonly string[] }[],
  commentMarkers: string[],
): Promise<JobsCheck> {
  const raised = await client.query<{ kind: string; count: number }>(
    "SELECT kind::text, count(*)::int AS count FROM notification WHERE id > $1 AND dedupe_key IS NOT NULL GROUP BY kind ORDER BY kind",
    [mark.notificationId],
  );
  // This month's monthly reminders (all of them, not only the run's) and every reminder the run
  // raised, grouped by what makes one reminder: a second row for the same is a double.
  const duplicates = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM (
       SELECT 1 FROM notification
       WHERE dedupe_key IS NOT NULL AND (id > $1 OR dedupe_key LIKE $2 OR dedupe_key LIKE $3)
       GROUP BY recipient_id, kind, href, coalesce(actor_id, 0),
                CASE WHEN kind IN ('INTERVIEW_MISSING', 'OJT_PLAN_MISSING') THEN substring(dedupe_key from '\\d{4}-\\d{2}') ELSE params::text END
       HAVING count(*) > 1) doubled`,
    [mark.notificationId, ...MONTHLY.map((prefix) => `${prefix}:${mark.month}:%`)],
  );
  const mail = await client.query<{ digests: number; doubled: number; misaddressed: number }>(
    `SELECT (SELECT count(*) FROM mail_outbox WHERE id > $1)::int AS digests,
            (SELECT count(*) FROM (SELECT 1 FROM mail_outbox GROUP BY recipient_id, digest_on HAVING count(*) > 1) d)::int AS doubled,
            (SELECT count(*) FROM notification n JOIN mail_outbox m ON m.id = n.mail_id WHERE m.recipient_id <> n.recipient_id)::int AS misaddressed`,
    [mark.mailId],
  );
  const row = mail.rows[0];
  const events = await client.query<{ comments: number; notifications: number }>(
    `SELECT (SELECT count(*) FROM review_event WHERE action = 'COMMENT' AND comment = ANY($2::text[]))::int AS comments,
            (SELECT count(*) FROM notification WHERE id > $1 AND kind = 'PLAN_COMMENTED')::int AS notifications`,
    [mark.notificationId, commentMarkers],
  );
  return {
    removed: mark.removed,
    raised: Object.fromEntries(raised.rows.map((r) => [r.kind, r.count])),
    duplicateReminders: duplicates.rows[0]?.count ?? 0,
    digests: row?.digests ?? 0,
    duplicateDigests: row?.doubled ?? 0,
    misaddressed: row?.misaddressed ?? 0,
    comments: events.rows[0]?.comments ?? 0,
    commentNotifications: events.rows[0]?.notifications ?? 0,
    byInstance: instances.map((instance) => ({ name: instance.name, ...jobsLogCounts(instance.lines) })),
  };
}
