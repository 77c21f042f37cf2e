import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A population of many small groups for the differencing property test, added to a demo
 * database of the test's own: three job categories of its own in the three demo bureaus, most
 * bureau × job × band × young groups holding one or two people. It holds the case: in
 * 青葉区, 試験A, 係員級, nine people of whom eight are young — the band shows 9 and 若手のみ 8.
 * Everyone has a plan, a training record or an interview now and then, so every figure of a row
 * has something to count.
 */
const GROUPS: readonly (readonly [bureau: string, job: string, rank: string, young: boolean, people: number])[] = [
  ["青葉区", "試験A", "主事", true, 8],
  ["青葉区", "試験A", "主事", false, 1],
  ["青葉区", "試験A", "係長", false, 1],
  ["青葉区", "試験A", "課長", false, 2],
  ["青葉区", "試験B", "技師", true, 1],
  ["青葉区", "試験B", "主任", false, 2],
  ["青葉区", "試験B", "主査", false, 1],
  ["青葉区", "試験C", "参事", false, 1],
  ["青葉区", "試験C", "嘱託", false, 1],
  ["青葉区", "試験C", "主事", true, 2],
  ["総務局", "試験A", "主事", true, 3],
  ["総務局", "試験A", "主任", false, 1],
  ["総務局", "試験A", "係長", false, 1],
  ["総務局", "試験B", "主任", false, 3],
  ["総務局", "試験B", "主事", true, 1],
  ["総務局", "試験C", "技師", true, 1],
  ["健康福祉局", "試験A", "課長", false, 1],
  ["健康福祉局", "試験B", "技師", true, 2],
  ["健康福祉局", "試験B", "係長", false, 2],
  ["健康福祉局", "試験C", "主任", false, 2],
  ["健康福祉局", "試験C", "部長", false, 1],
];

export const SMALL_GROUP_JOBS = ["試験A", "試験B", "試験C"] as const;

export async function createSmallGroups(db: PrismaClient, fiscalYear: number): Promise<void> {
  const youngJoin = new Date(Date.UTC(fiscalYear - 1, 3, 1));
  const longAgo = new Date(Date.UTC(1998, 3, 1));
  let serial = 0;
  for (const [bureauName, job, rank, young, people] of GROUPS) {
    const bureau = await db.orgUnit.findFirstOrThrow({ where: { name: bureauName, kind: "BUREAU" }, select: { id: true, path: true } });
    const unit = await db.orgUnit.create({
      data: { code: `sg-${serial}`, name: `試験係${serial}`, kind: "UNIT", parentId: bureau.id, path: bureau.path, position: 99 },
    });
    await db.orgUnit.update({ where: { id: unit.id }, data: { path: `${bureau.path}${unit.id}/` } });
    for (let i = 0; i < people; i += 1) {
      serial += 1;
      const { id } = await db.employee.create({
        data: {
          staffNumber: `sg-${serial}`,
          name: `試験 ${serial}`,
          nameKana: "シケン",
          jobCategory: job,
          rank,
          joinedOn: young ? youngJoin : longAgo,
          unitId: unit.id,
        },
        select: { id: true },
      });
      if (serial % 2 === 0) await db.developmentPlan.create({ data: { employeeId: id, fiscalYear, status: serial % 4 === 0 ? "APPROVED" : "SUBMITTED" } });
      if (serial % 3 === 0) {
        const day = new Date(Date.UTC(fiscalYear, 5, 1));
        await db.trainingRecord.create({
          data: { employeeId: id, fiscalYear, programmeName: "試験研修", kind: "INSTITUTE", startOn: day, endOn: day, hours: serial % 5, createdById: id },
        });
      }
      if (serial % 5 === 0)
        await db.careerInterview.create({ data: { employeeId: id, supervisorId: id, heldOn: new Date(Date.UTC(fiscalYear, 4, 10)), kind: "OTHER" } });
    }
  }
}
