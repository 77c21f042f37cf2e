import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { tokyoDate } from "@/lib/dates/calendar-date";

/**
 * Marker strings planted in records that some demo roles must never see, and who must not.
 * The server for the end-to-end tests plants them (serve.ts); canary.spec.ts signs in as each
 * role, walks every page, export and RSC payload it can reach and looks for them.
 */
export const CANARIES = {
  /** 我妻 隆's transfer wishes: his supervisor and the HR division only */
  colleagueTransferWish: "CANARY-colleague-transfer-wish-7f3a",
  /** what 泉 noted privately about 青葉 花子: never the employee herself, nor the bureau coordinator */
  ownPrivateNotes: "CANARY-own-private-notes-2c9e",
  /** what 泉 noted privately about 我妻 隆 */
  colleaguePrivateNotes: "CANARY-colleague-private-notes-5d1b",
  /** a plan in another bureau: the HR division only */
  otherBureauPlan: "CANARY-other-bureau-plan-8e4c",
  /** what the HR officer's own supervisor noted privately about her: not even she reads it */
  hrOwnPrivateNotes: "CANARY-hr-own-private-notes-1a6f",
} as const;

type Canary = keyof typeof CANARIES;

export const FORBIDDEN: Record<"demo-employee" | "demo-supervisor" | "demo-bureau" | "demo-hr" | "demo-hq", Canary[]> = {
  "demo-employee": ["colleagueTransferWish", "ownPrivateNotes", "colleaguePrivateNotes", "otherBureauPlan", "hrOwnPrivateNotes"],
  "demo-supervisor": ["otherBureauPlan", "hrOwnPrivateNotes"],
  "demo-bureau": ["colleagueTransferWish", "ownPrivateNotes", "colleaguePrivateNotes", "otherBureauPlan", "hrOwnPrivateNotes"],
  "demo-hr": ["hrOwnPrivateNotes"],
  "demo-hq": ["colleagueTransferWish", "ownPrivateNotes", "colleaguePrivateNotes", "otherBureauPlan", "hrOwnPrivateNotes"],
};

/** Writes the canaries into the demo data (text fields only, plus one plan and two interviews). */
export async function plantCanaries(db: PrismaClient): Promise<void> {
  const fiscalYear = fiscalYearOf(tokyoDate());
  const heldOn = new Date(Date.UTC(fiscalYear, 4, 20));
  const byStaffNumber = (staffNumber: string) => db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true, unitId: true, supervisorId: true } });
  const [employee, supervisor, hr] = await Promise.all([byStaffNumber("demo-employee"), byStaffNumber("demo-supervisor"), byStaffNumber("demo-hr")]);

  const colleague = await db.employee.findFirstOrThrow({ where: { unitId: employee.unitId, plans: { some: { fiscalYear } }, id: { not: employee.id } }, select: { id: true } });
  await db.developmentPlan.update({ where: { employeeId_fiscalYear: { employeeId: colleague.id, fiscalYear } }, data: { transferWishComment: CANARIES.colleagueTransferWish } });
  await db.careerInterview.updateMany({ where: { employeeId: employee.id }, data: { privateNotes: CANARIES.ownPrivateNotes } });
  await db.careerInterview.create({ data: { employeeId: colleague.id, supervisorId: supervisor.id, heldOn, kind: "START_OF_YEAR", privateNotes: CANARIES.colleaguePrivateNotes } });

  // Someone at the top of another bureau's tree than the employee's.
  const ownBureau = (await db.orgUnit.findUniqueOrThrow({ where: { id: employee.unitId }, select: { path: true } })).path.split("/")[1];
  const outsider = await db.employee.findFirstOrThrow({ where: { active: true, unit: { NOT: { path: { startsWith: `/${ownBureau}/` } } }, id: { not: hr.id } }, select: { id: true } });
  await db.developmentPlan.create({ data: { employeeId: outsider.id, fiscalYear, visionNow: CANARIES.otherBureauPlan } });

  if (hr.supervisorId === null) throw new Error("canaries: demo-hr has no supervisor to hold an interview");
  await db.careerInterview.create({ data: { employeeId: hr.id, supervisorId: hr.supervisorId, heldOn, kind: "START_OF_YEAR", privateNotes: CANARIES.hrOwnPrivateNotes } });
}
