import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { AppError } from "@/lib/platform/errors";
import { resolveInterviewAccess } from "@/lib/year/interviews/interview-access";
import { resolveOjtAccess } from "@/lib/year/ojt/ojt-access";
import { resolvePlanAccess } from "@/lib/year/plans/plan-access";
import { resolveHandoverAccess } from "@/lib/people/transfers/handover-access";

/** Whether an access check lets the actor in: its NOT_FOUND is a no, anything else an error. */
async function opens(check: Promise<unknown>): Promise<boolean> {
  try {
    await check;
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

/**
 * Which of the record's entries link on to their own page: exactly those the actor may open
 * there today, asked of the pages' own access rules rather than decided again here. (A departed
 * person's plans and interviews, for one, no longer open for anyone but their handovers do for
 * the HR division.) Nothing here reads a record's content.
 */
export async function findStaffRecordLinks(
  actor: Actor,
  employeeId: number,
  entries: { ojtPlans: { id: number; traineeId: number; trainerId: number; traineeActive: boolean }[]; transferIds: number[] },
): Promise<{ plans: boolean; interviews: boolean; ojtPlans: Set<number>; handovers: Set<number> }> {
  const [plans, interviews, ojtPlans, handovers] = await Promise.all([
    opens(resolvePlanAccess(actor, employeeId)),
    opens(resolveInterviewAccess(actor, employeeId)),
    Promise.all(entries.ojtPlans.map(async (plan) => ((await opens(resolveOjtAccess(actor, plan))) ? [plan.id] : []))),
    Promise.all(entries.transferIds.map(async (id) => ((await opens(resolveHandoverAccess(actor, id))) ? [id] : []))),
  ]);
  return { plans, interviews, ojtPlans: new Set(ojtPlans.flat()), handovers: new Set(handovers.flat()) };
}
