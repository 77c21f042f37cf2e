import type { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";

/** Everyone holding the HR division's role today: the people who select applicants. */
export async function hrDivisionMembers(tx: Prisma.TransactionClient): Promise<number[]> {
  const today = toDateColumn(tokyoDate());
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM role_assignment ra JOIN employee e ON e.id = ra.employee_id
    WHERE ra.role = 'HR_DIVISION' AND e.active AND ra.valid_from <= ${today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${today}::date)`;
  return rows.map((row) => row.id);
}

/** Each step's page, one address per application so that its to-do is resolved on its own. */
export const applicationLinks = {
  applicant: (applicationId: number) => `/me/trainings#application-${applicationId}`,
  supervisor: (applicationId: number) => `/team/training-applications#application-${applicationId}`,
  hr: (sessionId: number, applicationId: number) => `/city/programmes/sessions/${sessionId}/applications#application-${applicationId}`,
  report: (enrolmentId: number) => `/me/trainings/reports/${enrolmentId}`,
};
