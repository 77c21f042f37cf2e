import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { batched } from "./batch";
import type { Scene } from "./scenes";

/**
 * What the HR division's functions and pages work on, made fresh for each cell: catalogue items,
 * programmes and sessions, people to grant roles to, import files. Each cell gets its own, so
 * the one allowed cell of a row changes nothing another cell looks at. Inserted in batches
 * across cells, like the records of records.ts.
 */

const insertArea = batched((data: Prisma.PolicyAreaCreateManyInput[]) =>
  db.policyArea.createManyAndReturn({ data, select: { id: true, name: true, description: true } }),
);
const insertMeasure = batched((data: Prisma.MeasureCreateManyInput[]) => db.measure.createManyAndReturn({ data, select: { id: true, name: true } }));
const insertTheme = batched((data: Prisma.FocusThemeCreateManyInput[]) => db.focusTheme.createManyAndReturn({ data, select: { id: true, name: true } }));
const insertPoint = batched((data: Prisma.FocusThemePointCreateManyInput[]) =>
  db.focusThemePoint.createManyAndReturn({ data, select: { id: true, text: true } }),
);
const insertImage = batched((data: Prisma.TargetImageCreateManyInput[]) =>
  db.targetImage.createManyAndReturn({ data, select: { id: true, name: true, description: true } }),
);
const insertInitiative = batched((data: Prisma.InitiativeCreateManyInput[]) => db.initiative.createManyAndReturn({ data, select: { id: true, name: true } }));
const insertPromotionPlan = batched((data: Prisma.PromotionPlanCreateManyInput[]) =>
  db.promotionPlan.createManyAndReturn({ data, select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true, illustrative: true } }),
);
const insertProgramme = batched((data: Prisma.TrainingProgrammeCreateManyInput[]) =>
  db.trainingProgramme.createManyAndReturn({ data, select: { id: true, version: true } }),
);
const insertSession = batched((data: Prisma.TrainingSessionCreateManyInput[]) =>
  db.trainingSession.createManyAndReturn({ data, select: { id: true, version: true } }),
);
const insertEnrolment = batched((data: Prisma.TrainingEnrolmentCreateManyInput[]) => db.trainingEnrolment.createManyAndReturn({ data, select: { id: true } }));
const insertEmployee = batched((data: Prisma.EmployeeCreateManyInput[]) => db.employee.createManyAndReturn({ data, select: { id: true, staffNumber: true } }));
const insertAssignment = batched((data: Prisma.RoleAssignmentCreateManyInput[]) => db.roleAssignment.createManyAndReturn({ data, select: { id: true } }));

// Catalogue numbers are unique; the cells' own items sit far above the policy's.
export const number = (s: Scene) => 100_000 + s.n;

export const area = (s: Scene) => insertArea({ number: number(s), name: `試験分野${s.n}`, description: "試験" });
export const measureIn = async (s: Scene) => {
  const { id: areaId } = await area(s);
  return insertMeasure({ areaId, number: 1, name: `試験施策${s.n}` });
};
export const initiativeIn = async (s: Scene) => {
  const { id: measureId } = await measureIn(s);
  return insertInitiative({ measureId, name: "元の取組", isMain: false, position: 1 });
};
/** Retired from the start, so it never shows where the policy's own themes and images do. */
export const theme = (s: Scene) => insertTheme({ number: number(s), name: `試験テーマ${s.n}`, retiredAt: new Date() });
export const themePoint = async (s: Scene) => {
  const { id: themeId } = await theme(s);
  return insertPoint({ themeId, position: 1, text: "元の視点" });
};
export const targetImage = (s: Scene) => insertImage({ number: number(s), name: `試験像${s.n}`, description: "試験", retiredAt: new Date() });

let policy: Promise<{ id: number; startFiscalYear: number }> | undefined;
export const promotionPlan = async (s: Scene) => {
  policy ??= db.policy.findFirstOrThrow({ select: { id: true, startFiscalYear: true } });
  const { id: policyId, startFiscalYear } = await policy;
  return insertPromotionPlan({ policyId, phase: number(s), name: `試験計画${s.n}`, startFiscalYear, endFiscalYear: startFiscalYear });
};

export const programme = (s: Scene) => insertProgramme({ title: `試験研修${s.n}`, kind: "INSTITUTE", hours: 3, targetRanks: "", targetJobCategories: "" });
export const session = async (s: Scene) => {
  const { id: programmeId } = await programme(s);
  const day = new Date(Date.UTC(s.world.fy, 6, 1));
  return insertSession({ programmeId, fiscalYear: s.world.fy, startOn: day, endOn: day, venue: "研修所" });
};
/** A session with the actor enrolled (the staff number the attendance sheet names). */
export const sessionWithEnrolment = async (s: Scene) => {
  const created = await session(s);
  const enrolment = await insertEnrolment({ sessionId: created.id, employeeId: s.actor.employeeId });
  return { ...created, enrolmentId: enrolment.id };
};
export const attendanceSheet = (s: Scene) => new TextEncoder().encode(`職員番号,出欠\n${s.actor.staffNumber},修了\n`);

export const staffFile = (s: Scene) =>
  new TextEncoder().encode(
    `職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職\r\nAZ-IMPORT-${s.n},取込 太郎,トリコミ タロウ,事務,主事,2020-04-01,${s.world.k.code},,,1`,
  );
export const unitFile = (s: Scene) =>
  new TextEncoder().encode(`所属コード,所属名,種別,上位所属コード,表示順,廃止\r\nAZ-UNIT-${s.n},試験係${s.n},係,${s.world.kSection.code},99,`);

/** Someone to grant a role to, in 青葉区. */
export const newcomer = (s: Scene) =>
  insertEmployee({
    staffNumber: `AZ-${s.n}-G`,
    name: "付与 先",
    nameKana: "フヨ",
    jobCategory: "事務",
    rank: "主事",
    joinedOn: new Date(Date.UTC(2020, 3, 1)),
    unitId: s.world.a.id,
  });
/** …and someone holding a role since 2020, for a revocation. */
export const assignment = async (s: Scene) => {
  const { id: employeeId } = await newcomer(s);
  return insertAssignment({ employeeId, role: "SUPERVISOR", unitId: s.world.a.id, validFrom: new Date(Date.UTC(2020, 3, 1)) });
};
