import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { hasRole } from "@/lib/platform/auth/roles";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { employeeScope } from "@/lib/people/org/scope";
import { countPlansToReview } from "@/lib/year/plans/find-plans";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";

import type { NotificationKind } from "@/lib/generated/prisma/enums";

export type ReminderKind = "createPlan" | "planReturned" | "reviewPlans" | "ojtMissing" | "interviewsDue";

export interface Reminder {
  kind: ReminderKind;
  href: string;
  count: number;
}

/**
 * The monthly counts the jobs store for the mail digest (raiseReminders) that the supervisor's
 * reminders count live on every view of the dashboard: there, the stored snapshot would say the
 * same thing twice, or an older number beside the current one.
 */
export const SUPERVISOR_REMINDER_SNAPSHOTS: readonly NotificationKind[] = ["OJT_PLAN_MISSING", "INTERVIEW_MISSING"];

/**
 * What is waiting for the actor now, derived from the data rather than stored: it disappears
 * by itself once done. Employees: a plan to write or to revise. Supervisors: plans to review,
 * young members without an OJT plan, members with no career interview yet this year.
 */
export async function findReminders(actor: Actor, view: "employee" | "supervisor"): Promise<Reminder[]> {
  const today = tokyoDate();
  const fiscalYear = fiscalYearOf(today);
  if (view === "employee") {
    const plan = await db.developmentPlan.findUnique({
      where: { employeeId_fiscalYear: { employeeId: actor.employeeId, fiscalYear } },
      select: { status: true },
    });
    const href = `/me/plans/${fiscalYear}`;
    if (!plan) return [{ kind: "createPlan", href, count: 1 }];
    return plan.status === "RETURNED" ? [{ kind: "planReturned", href, count: 1 }] : [];
  }
  if (!hasRole(actor, "SUPERVISOR")) return [];
  const team = employeeScope(actor, "SUPERVISOR");
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, await getYoungStaffYears(db)));
  const [toReview, ojtMissing, interviewsDue] = await Promise.all([
    countPlansToReview(actor),
    db.employee.count({ where: { AND: [team, { joinedOn: { gt: youngAfter } }, { ojtAsTrainee: { none: { fiscalYear } } }] } }),
    db.employee.count({ where: { AND: [team, { interviews: { none: { heldOn: { gte: toDateColumn(fiscalYearStart(fiscalYear)) } } } }] } }),
  ]);
  const reminders: Reminder[] = [
    { kind: "reviewPlans", href: "/team#review-queue", count: toReview },
    { kind: "ojtMissing", href: "/team/ojt", count: ojtMissing },
    { kind: "interviewsDue", href: "/team/interviews", count: interviewsDue },
  ];
  return reminders.filter((reminder) => reminder.count > 0);
}
