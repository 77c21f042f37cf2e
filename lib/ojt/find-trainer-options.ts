import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn, toDateColumn, tokyoDate } from "@/lib/dates/calendar-date";
import { yearsOfService, youngStaffJoinedAfter } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { employeeScope } from "@/lib/org/scope";
import { getYoungStaffYears } from "@/lib/settings/young-staff-years";

export interface TrainerOption {
  id: number;
  name: string;
  detail: string; // 企画係・主任
}

const optionSelect = { id: true, name: true, rank: true, unit: { select: { name: true } } } as const;
const toOption = (row: { id: number; name: string; rank: string; unit: { name: string } }): TrainerOption => ({ id: row.id, name: row.name, detail: `${row.unit.name}・${row.rank}` });

/**
 * Whom the form offers as trainer: the supervisor's own team and the supervisor themselves,
 * most experienced first, never the trainee; plus the current trainer when they sit outside
 * the team, so editing a plan does not silently change them. (The domain accepts any active
 * member of staff; the list is what a supervisor can pick from without a directory search.)
 */
export async function findTrainerOptions(actor: Actor, traineeId: number, currentTrainerId?: number): Promise<TrainerOption[]> {
  const rows = await db.employee.findMany({
    where: {
      id: { not: traineeId },
      active: true,
      OR: [employeeScope(actor, "SUPERVISOR"), { id: actor.employeeId }, ...(currentTrainerId ? [{ id: currentTrainerId }] : [])],
    },
    orderBy: [{ joinedOn: "asc" }, { staffNumber: "asc" }],
    select: optionSelect,
    take: 500,
  });
  return rows.map(toOption);
}

/**
 * The young member a new plan is for, as the supervisor may see them, and whether they have a
 * plan for the year already. Not young, or not in the team: NOT_FOUND.
 */
export async function getOjtTrainee(actor: Actor, traineeId: number, fiscalYear: number) {
  if (!Number.isSafeInteger(traineeId) || traineeId <= 0 || traineeId > 2_147_483_647) throw notFound("trainee");
  const today = tokyoDate();
  const youngAfter = toDateColumn(youngStaffJoinedAfter(today, await getYoungStaffYears(db)));
  const trainee = await db.employee.findFirst({
    where: { AND: [{ id: traineeId, joinedOn: { gt: youngAfter } }, employeeScope(actor, "SUPERVISOR")] },
    select: { ...optionSelect, joinedOn: true, ojtAsTrainee: { where: { fiscalYear }, select: { id: true } } },
  });
  if (!trainee) throw notFound("trainee");
  return {
    ...toOption(trainee),
    yearsOfService: yearsOfService(fromDateColumn(trainee.joinedOn), today),
    existingPlanId: trainee.ojtAsTrainee[0]?.id ?? null,
  };
}
