import "server-only";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Tokyo is UTC+9 all year: 1 April 00:00 there is 31 March 15:00 UTC. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * One fiscal year as the bounds of a query: `dates` for date columns (held on, obtained on),
 * `instants` for timestamps (when something was done), both from 1 April in Tokyo to the next.
 */
export function fiscalYearBounds(fiscalYear: number) {
  const start = fiscalYearStart(fiscalYear);
  const next = fiscalYearStart(fiscalYear + 1);
  const instant = (date: typeof start) => new Date(Date.UTC(date.year, date.month - 1, date.day) - TOKYO_OFFSET_MS);
  return { dates: { gte: toDateColumn(start), lt: toDateColumn(next) }, instants: { gte: instant(start), lt: instant(next) } };
}

/**
 * The fiscal years a person's disclosure can be read by, newest first: from the earliest year
 * any of their records falls in (a plan, a training, an interview, their own actions in the
 * portal…) to the current year or their newest plan. One query, the earliest of each kind read
 * through its person's index.
 */
export async function findDisclosureYears(client: PrismaClient, employeeId: number, currentFiscalYear: number): Promise<number[]> {
  const [row] = await client.$queryRaw<{ first: number | null; last: number | null }[]>`
    WITH tokyo AS (SELECT '3 months'::interval AS shift)
    SELECT least(
      (SELECT min(fiscal_year) FROM development_plan WHERE employee_id = ${employeeId}),
      (SELECT min(fiscal_year) FROM training_record WHERE employee_id = ${employeeId}),
      (SELECT min(fiscal_year) FROM ojt_plan WHERE trainee_id = ${employeeId}),
      (SELECT extract(year FROM min(obtained_on) - shift)::int FROM qualification_record, tokyo WHERE employee_id = ${employeeId} GROUP BY shift),
      (SELECT extract(year FROM min(held_on) - shift)::int FROM career_interview, tokyo WHERE employee_id = ${employeeId} GROUP BY shift),
      (SELECT extract(year FROM min(effective_on) - shift)::int FROM staff_transfer, tokyo WHERE employee_id = ${employeeId} GROUP BY shift),
      (SELECT extract(year FROM (min(at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tokyo') - shift)::int FROM audit_log, tokyo WHERE actor_id = ${employeeId} GROUP BY shift),
      (SELECT extract(year FROM (min(created_at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tokyo') - shift)::int FROM notification, tokyo WHERE recipient_id = ${employeeId} GROUP BY shift)
    ) AS first,
    (SELECT max(fiscal_year) FROM development_plan WHERE employee_id = ${employeeId}) AS last`;
  const last = Math.max(currentFiscalYear, row?.last ?? currentFiscalYear);
  const first = Math.min(row?.first ?? last, last);
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}
