import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/platform/auth/roles";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { OjtPlanInput } from "@/lib/year/ojt/schemas";
import { actorById } from "./plan-fixtures";

/**
 * The OJT tests' own organisation: two 係 directly under 健康福祉局 (kept out of the demo
 * sections whose head-counts other files assert), each with a 係長 holding SUPERVISOR over it.
 * Young members joined at the start of this fiscal year, so they are young under any threshold
 * the settings test may set meanwhile; seniors joined in 2000. Removed in one go afterwards.
 */

export const FY = fiscalYearOf(tokyoDate());
const LONG_AGO = new Date(Date.UTC(2000, 3, 1));
const THIS_APRIL = new Date(Date.UTC(FY, 3, 1));

export interface OjtWorld {
  /** 係 A: the supervisor under test, three young members, a senior (the trainer) and an old hand */
  supervisorA: Actor;
  young1: Actor;
  young2: Actor;
  young3: Actor;
  senior: Actor;
  oldHand: Actor;
  /** 係 B: another supervisor's team, with a senior who trains young2 and a young stranger */
  supervisorB: Actor;
  seniorB: Actor;
  youngB: Actor;
  /** a bureau coordinator of 総務局, not of 健康福祉局 */
  otherCoordinator: Actor;
  unitIds: number[];
  remove(): Promise<void>;
}

export async function createOjtWorld(): Promise<OjtWorld> {
  const tag = `it-ojt-${randomUUID().slice(0, 8)}`;
  const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: "健康福祉局", kind: "BUREAU" }, select: { id: true, path: true } });
  const otherBureau = await db.orgUnit.findFirstOrThrow({ where: { name: "総務局", kind: "BUREAU" }, select: { id: true } });
  const ids = await db.$transaction(async (tx) => {
    const unit = async (suffix: string) => {
      const created = await tx.orgUnit.create({
        data: { code: `${tag}-${suffix}`, name: `試験係${suffix}`, kind: "UNIT", parentId: bureau.id, path: bureau.path, position: 99 },
      });
      await tx.orgUnit.update({ where: { id: created.id }, data: { path: `${bureau.path}${created.id}/` } });
      return created.id;
    };
    const person = async (suffix: string, unitId: number, joinedOn: Date, supervisorId: number | null, rank = "主事") =>
      (
        await tx.employee.create({
          data: {
            staffNumber: `${tag}-${suffix}`,
            name: `試験 ${suffix}`,
            nameKana: `シケン ${suffix}`,
            jobCategory: "事務",
            rank,
            joinedOn,
            unitId,
            supervisorId,
          },
          select: { id: true },
        })
      ).id;
    const [unitA, unitB] = [await unit("A"), await unit("B")];
    const chiefA = await person("係長A", unitA, LONG_AGO, null, "係長");
    const chiefB = await person("係長B", unitB, LONG_AGO, null, "係長");
    for (const [employeeId, unitId] of [
      [chiefA, unitA],
      [chiefB, unitB],
    ] as const) {
      await tx.roleAssignment.create({ data: { employeeId, role: "SUPERVISOR", unitId, validFrom: LONG_AGO } });
    }
    const coordinator = await person("他局推進員", unitB, LONG_AGO, null, "次長");
    await tx.roleAssignment.create({
      data: { employeeId: coordinator, role: "BUREAU_COORDINATOR", unitId: otherBureau.id, includeSubunits: true, validFrom: LONG_AGO },
    });
    return {
      units: [unitA, unitB],
      chiefA,
      chiefB,
      coordinator,
      young1: await person("若手1", unitA, THIS_APRIL, chiefA),
      young2: await person("若手2", unitA, THIS_APRIL, chiefA),
      young3: await person("若手3", unitA, THIS_APRIL, chiefA),
      senior: await person("先輩", unitA, LONG_AGO, chiefA, "主任"),
      oldHand: await person("古参", unitA, LONG_AGO, chiefA),
      seniorB: await person("先輩B", unitB, LONG_AGO, chiefB, "主任"),
      youngB: await person("若手B", unitB, THIS_APRIL, chiefB),
    };
  });
  const everyone = [ids.chiefA, ids.chiefB, ids.coordinator, ids.young1, ids.young2, ids.young3, ids.senior, ids.oldHand, ids.seniorB, ids.youngB];
  return {
    supervisorA: await actorById(ids.chiefA),
    young1: await actorById(ids.young1),
    young2: await actorById(ids.young2),
    young3: await actorById(ids.young3),
    senior: await actorById(ids.senior),
    oldHand: await actorById(ids.oldHand),
    supervisorB: await actorById(ids.chiefB),
    seniorB: await actorById(ids.seniorB),
    youngB: await actorById(ids.youngB),
    otherCoordinator: await actorById(ids.coordinator),
    unitIds: ids.units,
    // Plans first: they cascade to goals and sessions, which hold RESTRICT keys to employees.
    // Notifications go with their recipients; audit rows stay, their actor set to NULL.
    async remove() {
      await db.ojtPlan.deleteMany({ where: { OR: [{ traineeId: { in: everyone } }, { trainerId: { in: everyone } }] } });
      await db.notification.deleteMany({ where: { OR: [{ recipientId: { in: everyone } }, { actorId: { in: everyone } }] } });
      await db.employee.deleteMany({ where: { id: { in: everyone } } });
      await db.orgUnit.deleteMany({ where: { id: { in: ids.units } } });
    },
  };
}

export const goalRow = (measureId: number, overrides: Partial<OjtPlanInput["goals"][number]> = {}) => ({
  period: "H1" as const,
  measureId,
  goal: "支給決定事務を一人で行える。",
  ...overrides,
});

export const sessionRow = (heldOn: string, overrides: Record<string, unknown> = {}) => ({
  heldOn,
  minutes: 60,
  topic: "支給決定の流れ",
  learnt: "審査の観点",
  nextStep: "一件担当する",
  ...overrides,
});
