import { type CalendarDate, toDateColumn, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { getReminderSettings } from "@/lib/insight/settings/reminder-settings";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { supervisorGrantsJoin } from "@/lib/people/transfers/supervisors-sql";

/** How long before a qualification's expiry its holder is reminded to renew it. */
export const EXPIRY_NOTICE_DAYS = 60;

/** Supervisors on `day`, each with the active employees they may see (employeeScope's SUPERVISOR rule). */
function supervisedStaffSql(day: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ra.employee_id AS supervisor_id, e.id AS employee_id, e.joined_on
    FROM employee e
    JOIN org_unit u ON u.id = e.unit_id
    ${supervisorGrantsJoin(Prisma.sql`u`, day)}
    WHERE e.active AND e.id <> ra.employee_id`;
}

/**
 * Raises the reminders that no single event causes, as notifications: each carries a key, so a
 * reminder is raised once however often the job runs, and again only when its cause returns
 * (a plan submitted anew, a new month). All of it is computed in the database.
 * - a plan of this fiscal year waiting for review longer than the HR division's limit → its
 *   supervisors: a submitted plan, or an approved one whose changes were sent (sending them sets
 *   submitted_at too, so a new sending is a new reminder); a closed year's plans are the HR
 *   division's to settle, not a daily reminder;
 * - a qualification expiring within 60 days → its holder;
 * - once a month, members without a career interview this year, and young staff without an
 *   OJT plan → their supervisors, as one count each.
 * Notifications about a person carry them as the actor, so that a transfer takes them away
 * from the previous supervisor with the rest.
 */
export async function raiseReminders(client: PrismaClient, today: CalendarDate, nowInstant: Date): Promise<Record<string, number>> {
  const settings = await getReminderSettings(client);
  const youngYears = await getYoungStaffYears(client);
  const day = toDateColumn(today);
  const fiscalYear = fiscalYearOf(today);
  const yearStart = toDateColumn(fiscalYearStart(fiscalYear));
  const month = toIsoDate(today).slice(0, 7);
  const overdueBefore = new Date(nowInstant.getTime() - settings.reviewOverdueDays * 86_400_000);
  const expiryLimit = new Date(day.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000);
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, youngYears));

  const reviewOverdue = await client.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT ss.supervisor_id, 'PLAN_REVIEW_OVERDUE', p.employee_id, '/plans/' || p.id,
           jsonb_build_object('name', e.name, 'days', ${settings.reviewOverdueDays}::int),
           'plan-review-overdue:' || p.id || ':' || floor(extract(epoch FROM p.submitted_at)) || ':' || ss.supervisor_id
    FROM development_plan p
    JOIN employee e ON e.id = p.employee_id
    JOIN (${supervisedStaffSql(day)}) ss ON ss.employee_id = p.employee_id
    WHERE (p.status = 'SUBMITTED' OR p.changes_submitted_at IS NOT NULL) AND p.submitted_at < ${overdueBefore} AND p.fiscal_year = ${fiscalYear}
    ON CONFLICT (dedupe_key) DO NOTHING`;

  const expiring = await client.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT q.employee_id, 'QUALIFICATION_EXPIRING', NULL, '/me/records',
           jsonb_build_object('name', q.name, 'date', to_char(q.expires_on, 'YYYY-MM-DD')),
           'qualification-expiring:' || q.id || ':' || to_char(q.expires_on, 'YYYY-MM-DD')
    FROM qualification_record q
    JOIN employee e ON e.id = q.employee_id AND e.active
    WHERE q.expires_on >= ${day} AND q.expires_on <= ${expiryLimit}
    ON CONFLICT (dedupe_key) DO NOTHING`;

  const interviewsMissing = await client.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT ss.supervisor_id, 'INTERVIEW_MISSING', NULL, '/team/interviews',
           jsonb_build_object('count', count(*)), 'interview-missing:' || ${month} || ':' || ss.supervisor_id
    FROM (${supervisedStaffSql(day)}) ss
    WHERE NOT EXISTS (SELECT 1 FROM career_interview ci WHERE ci.employee_id = ss.employee_id AND ci.held_on >= ${yearStart})
    GROUP BY ss.supervisor_id
    ON CONFLICT (dedupe_key) DO NOTHING`;

  const ojtMissing = await client.$executeRaw`
    INSERT INTO notification (recipient_id, kind, actor_id, href, params, dedupe_key)
    SELECT ss.supervisor_id, 'OJT_PLAN_MISSING', NULL, '/team/ojt',
           jsonb_build_object('count', count(*)), 'ojt-missing:' || ${month} || ':' || ss.supervisor_id
    FROM (${supervisedStaffSql(day)}) ss
    WHERE ss.joined_on > ${youngAfter}
      AND NOT EXISTS (SELECT 1 FROM ojt_plan o WHERE o.trainee_id = ss.employee_id AND o.fiscal_year = ${fiscalYear})
    GROUP BY ss.supervisor_id
    ON CONFLICT (dedupe_key) DO NOTHING`;

  return { reviewOverdue, expiring, interviewsMissing, ojtMissing };
}
