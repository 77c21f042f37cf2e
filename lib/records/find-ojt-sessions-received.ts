import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { employeeScope } from "@/lib/people/org/scope";

export interface OjtSessionReceived {
  id: number;
  heldOn: CalendarDate;
  minutes: number;
  topic: string;
  learnt: string;
  nextStep: string;
  trainerName: string;
}

/** OJT sessions of the actor's own OJT plan for the fiscal year, as the trainee reads them. */
export async function findOjtSessionsReceived(actor: Actor, fiscalYear: number): Promise<OjtSessionReceived[]> {
  const rows = await db.ojtSession.findMany({
    where: { ojtPlan: { fiscalYear, trainee: employeeScope(actor, "EMPLOYEE") } },
    select: { id: true, heldOn: true, minutes: true, topic: true, learnt: true, nextStep: true, ojtPlan: { select: { trainer: { select: { name: true } } } } },
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
  });
  return rows.map(({ ojtPlan, heldOn, ...session }) => ({ ...session, heldOn: fromDateColumn(heldOn), trainerName: ojtPlan.trainer.name }));
}
