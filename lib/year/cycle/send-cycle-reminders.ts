import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { type CalendarDate, compareDates, toDateColumn, toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { invalidInput, notFound } from "@/lib/platform/errors";
import { parseInput } from "@/lib/records/parse-input";
import { cycleReminderSchema } from "./cycle-schemas";
import { windowsOf } from "./cycle-steps";
import { readCalendar, reminderScopeSql } from "./cycle-status";
import { dueOnSql, stepDoneSql } from "./step-done-sql";

/** Reminders are sent by bureau coordinators and the HR division; to anyone else the form does not exist. */
export function assertReminderSender(actor: Actor): void {
  if (!hasRole(actor, "HR_DIVISION") && !hasRole(actor, "BUREAU_COORDINATOR")) throw notFound("reminders");
}

/**
 * 督促: a bureau coordinator (their bureau) or the HR division (the city or one bureau) reminds,
 * in one action, everyone active in scope who has not done `step` (stepDoneSql), once the step's
 * window has opened. Each reminder is a notification (so the daily e-mail digest carries it to
 * those who take one) and a cycle_reminder row whose unique key (person, year, step, day) is
 * what keeps a second press on the same day — or two coordinators at once — from sending it
 * again: the insert skips those already reminded today and only the rows it wrote are notified.
 * One statement in one transaction with its audit row, which records the count sent.
 */
export async function sendCycleReminders(actor: Actor, input: unknown, today: CalendarDate = tokyoDate()): Promise<{ sent: number }> {
  const data = parseInput(cycleReminderSchema, input);
  const { role, condition } = await reminderScopeSql(actor, data.bureauId);
  const calendar = await readCalendar(today);
  if (!calendar) throw invalidInput("step", "noCalendar");
  const window = windowsOf(calendar).find((candidate) => candidate.step === data.step);
  if (!window || compareDates(window.startsOn, today) > 0) throw invalidInput("step", "windowNotOpen");
  const day = toDateColumn(today);
  const fiscalYear = calendar.fiscalYear;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ sent: number }[]>`
      WITH targets AS (
        SELECT e.id, ${dueOnSql(data.step, fiscalYear, toDateColumn(window.endsOn))} AS due_on
        FROM employee e JOIN org_unit u ON u.id = e.unit_id
        WHERE e.active AND e.id <> ${actor.employeeId} AND ${condition}
          AND NOT ${stepDoneSql(data.step, fiscalYear, calendar.midYearStartsOn)}
      ), recorded AS (
        INSERT INTO cycle_reminder (fiscal_year, step, employee_id, sent_on, sent_by_id)
        SELECT ${fiscalYear}, ${data.step}::"CycleStep", t.id, ${day}, ${actor.employeeId} FROM targets t
        ON CONFLICT (employee_id, fiscal_year, step, sent_on) DO NOTHING
        RETURNING employee_id
      ), notified AS (
        INSERT INTO notification (recipient_id, kind, actor_id, href, params)
        SELECT r.employee_id, 'CYCLE_REMINDER', ${actor.employeeId}, ${`/me/plans/${fiscalYear}`},
               jsonb_build_object('step', ${data.step}::text, 'date', to_char(t.due_on, 'YYYY-MM-DD'))
        FROM recorded r JOIN targets t ON t.id = r.employee_id
        RETURNING 1
      )
      SELECT count(*)::int AS sent FROM notified`;
    const sent = row?.sent ?? 0;
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "cycle.remind",
      entity: "cycle_reminder",
      entityId: `${fiscalYear}:${data.step}`,
      detail: { as: role, step: data.step, fiscalYear, bureauId: data.bureauId ?? null, on: toIsoDate(today), sent },
    });
    return { sent };
  });
}
