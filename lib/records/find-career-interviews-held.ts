import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { InterviewKind } from "@/lib/generated/prisma/enums";
import { employeeScope } from "@/lib/people/org/scope";

export interface CareerInterviewHeld {
  id: number;
  heldOn: CalendarDate;
  kind: InterviewKind;
  agenda: string;
  sharedNotes: string;
  agreedActions: string;
  interviewerName: string;
}

/**
 * The actor's career interviews in a fiscal year, as the employee may read them. The select
 * names each field, so the supervisor's private notes are never read from the database here.
 */
export async function findCareerInterviewsHeld(actor: Actor, fiscalYear: number): Promise<CareerInterviewHeld[]> {
  const rows = await db.careerInterview.findMany({
    where: {
      employee: employeeScope(actor, "EMPLOYEE"),
      heldOn: { gte: toDateColumn(fiscalYearStart(fiscalYear)), lte: toDateColumn(fiscalYearEnd(fiscalYear)) },
    },
    select: { id: true, heldOn: true, kind: true, agenda: true, sharedNotes: true, agreedActions: true, supervisor: { select: { name: true } } },
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
  });
  return rows.map(({ supervisor, heldOn, ...interview }) => ({ ...interview, heldOn: fromDateColumn(heldOn), interviewerName: supervisor.name }));
}
