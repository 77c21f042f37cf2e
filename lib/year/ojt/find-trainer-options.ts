import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn, toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { yearsOfService, youngStaffJoinedAfter } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { employeeScope } from "@/lib/people/org/scope";
import { trailText } from "@/lib/people/org/unit-trail";
import { getYoungStaffYears } from "@/lib/insight/settings/young-staff-years";
import { isDatabaseId } from "@/lib/platform/db/ids";

export interface TrainerOption {
  id: number;
  name: string;
  detail: string; // 企画係・主任
}

const optionSelect = { id: true, name: true, rank: true, unit: { select: { trail: true } } } as const;
// Offered to the trainee's supervisor, inside their bureau: the units below it name the trainer.
const toOption = (row: { id: number; name: string; rank: string; unit: { trail: string[] } }): TrainerOption => ({
  id: row.id,
  name: row.name,
  detail: `${trailText(row.unit.trail, row.unit.trail[0])}・${row.rank}`,
});

/**
 * Whom the form offers as trainer: the people of the trainee's own section (課, with its 係) in
 * the supervisor's team, and the supervisor themselves, most experienced first, never the
 * trainee; plus the current trainer when they sit elsewhere, so editing a plan does not silently
 * change them. A trainer coaches day to day, so they work beside the trainee: a 局長 over 2,000
 * staff is offered the thirty people of that 課, not the whole bureau. (The domain accepts any
 * active member of staff; the list is what a supervisor can pick from without a directory search.)
 */
export async function findTrainerOptions(actor: Actor, traineeId: number, currentTrainerId?: number): Promise<TrainerOption[]> {
  const trainee = await db.employee.findUnique({ where: { id: traineeId }, select: { unit: { select: { kind: true, path: true } } } });
  if (!trainee) throw notFound("trainee");
  const rows = await db.employee.findMany({
    where: {
      id: { not: traineeId },
      active: true,
      OR: [
        { AND: [employeeScope(actor, "SUPERVISOR"), { unit: { path: { startsWith: workSectionPath(trainee.unit) } } }] },
        { id: actor.employeeId },
        ...(currentTrainerId ? [{ id: currentTrainerId }] : []),
      ],
    },
    orderBy: [{ joinedOn: "asc" }, { staffNumber: "asc" }],
    select: optionSelect,
    take: MAX_TRAINER_OPTIONS,
  });
  return rows.map(toOption);
}

// A 課 of the city has at most a few dozen staff; the cap only bounds an unusual organisation.
const MAX_TRAINER_OPTIONS = 200;

/** The section a person works in: their own unit, or its parent 課 where they sit in a 係. */
export function workSectionPath(unit: { kind: string; path: string }): string {
  return unit.kind === "UNIT" ? unit.path.replace(/[^/]+\/$/, "") : unit.path;
}

/**
 * The young member a new plan is for, as the supervisor may see them, and whether they have a
 * plan for the year already. Not young, or not in the team: NOT_FOUND.
 */
export async function getOjtTrainee(actor: Actor, traineeId: number, fiscalYear: number) {
  if (!isDatabaseId(traineeId)) throw notFound("trainee");
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
