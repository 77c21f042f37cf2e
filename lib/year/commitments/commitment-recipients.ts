import type { Prisma } from "@/lib/generated/prisma/client";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import type { StandaloneLevel } from "./commitment-access";

/**
 * Who hears of a standalone commitment's review, on today's grants: the same people
 * lib/year/commitments/commitment-access.ts lets review it (a submitted one waits for them) and own it
 * (theirs was decided). A person who left (inactive) is not told.
 */
interface Subject {
  level: StandaloneLevel;
  ownerUnitId: number | null;
}

/** TEAM: coordinators covering the unit; BUREAU: the HR division; CITY: the headquarters. */
export async function reviewersOf(tx: Prisma.TransactionClient, subject: Subject): Promise<number[]> {
  if (subject.level === "TEAM") return subject.ownerUnitId === null ? [] : coveringCoordinatorsOf(tx, subject.ownerUnitId);
  return roleHolders(tx, subject.level === "BUREAU" ? "HR_DIVISION" : "HEADQUARTERS", null);
}

/** TEAM: the unit's supervisors; BUREAU: the coordinators whose grant is on the bureau; CITY: the HR division. */
export async function ownersOf(tx: Prisma.TransactionClient, subject: Subject): Promise<number[]> {
  if (subject.level === "CITY") return roleHolders(tx, "HR_DIVISION", null);
  if (subject.ownerUnitId === null) return [];
  return roleHolders(tx, subject.level === "TEAM" ? "SUPERVISOR" : "BUREAU_COORDINATOR", subject.ownerUnitId);
}

const today = (): Date => toDateColumn(tokyoDate());

async function coveringCoordinatorsOf(tx: Prisma.TransactionClient, unitId: number): Promise<number[]> {
  const day = today();
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT ra.employee_id AS id
    FROM org_unit u
    JOIN role_assignment ra ON ra.role = 'BUREAU_COORDINATOR'
      AND ra.valid_from <= ${day} AND (ra.valid_to IS NULL OR ra.valid_to >= ${day})
    LEFT JOIN org_unit cu ON cu.id = ra.unit_id
    JOIN employee c ON c.id = ra.employee_id AND c.active
    WHERE u.id = ${unitId} AND (ra.unit_id IS NULL OR u.path LIKE cu.path || '%')`;
  return rows.map((row) => row.id);
}

/** Active holders of a role today: on exactly that unit, or (unitId null) wherever they hold it. */
async function roleHolders(
  tx: Prisma.TransactionClient,
  role: "SUPERVISOR" | "BUREAU_COORDINATOR" | "HR_DIVISION" | "HEADQUARTERS",
  unitId: number | null,
): Promise<number[]> {
  const day = today();
  const rows = await tx.roleAssignment.findMany({
    where: {
      role,
      ...(unitId === null ? {} : { unitId }),
      validFrom: { lte: day },
      OR: [{ validTo: null }, { validTo: { gte: day } }],
      employee: { active: true },
    },
    distinct: ["employeeId"],
    select: { employeeId: true },
  });
  return rows.map((row) => row.employeeId);
}
