import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";

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
  /**
   * Issue 17: a member of 企画係 whom HR made a second supervisor of it (CO_SUPERVISOR) stands
   * beside 泉, its 係長. What the 課長 noted privately about 泉, and 泉's transfer wishes, are
   * for those above 泉 — not the co-supervisor; what the 課長 noted privately about the
   * co-supervisor is not 泉's either. The shared notes and the plan's vision they do read.
   */
  leaderPrivateNotes: "CANARY-leader-private-notes-3b8d",
  leaderTransferWish: "CANARY-leader-transfer-wish-6e2a",
  peerPrivateNotes: "CANARY-peer-private-notes-9c4f",
  leaderSharedNotes: "CANARY-leader-shared-notes-4d7e",
  leaderVision: "CANARY-leader-vision-0f5b",
  peerSharedNotes: "CANARY-peer-shared-notes-2a9c",
  /**
   * Issue 21: why 我妻 隆 applied for a course, and 泉's comment refusing it: for him, the
   * supervisors who recommend (泉 and the co-supervisor) and the HR division who select.
   */
  colleagueApplicationReason: "CANARY-colleague-application-reason-8b3e",
  colleagueRecommendationComment: "CANARY-colleague-recommendation-comment-1f7d",
  /**
   * Issue 21: the reason of an acting-reviewer period (代決) of a supervisor in another bureau:
   * the HR division's list only — not another supervisor's, not a coordinator's.
   */
  otherActingReason: "CANARY-other-acting-reason-5e1d",
} as const;

type Canary = keyof typeof CANARIES;

/** The member of 企画係 planted as its second supervisor; signs in with the demo password. */
export const CO_SUPERVISOR = "canary-cosupervisor";

const BESIDE_LEADER: Canary[] = ["leaderPrivateNotes", "leaderTransferWish", "peerPrivateNotes"];
const COLLEAGUE_APPLICATION: Canary[] = ["colleagueApplicationReason", "colleagueRecommendationComment"];

export const FORBIDDEN: Record<"demo-employee" | "demo-supervisor" | "demo-bureau" | "demo-hr" | "demo-hq" | typeof CO_SUPERVISOR, Canary[]> = {
  "demo-employee": [
    "colleagueTransferWish",
    "ownPrivateNotes",
    "colleaguePrivateNotes",
    "otherBureauPlan",
    "hrOwnPrivateNotes",
    ...BESIDE_LEADER,
    ...COLLEAGUE_APPLICATION,
    "otherActingReason",
  ],
  "demo-supervisor": ["otherBureauPlan", "hrOwnPrivateNotes", "leaderPrivateNotes", "peerPrivateNotes", "otherActingReason"],
  "demo-bureau": [
    "colleagueTransferWish",
    "ownPrivateNotes",
    "colleaguePrivateNotes",
    "otherBureauPlan",
    "hrOwnPrivateNotes",
    ...BESIDE_LEADER,
    ...COLLEAGUE_APPLICATION,
    "otherActingReason",
  ],
  "demo-hr": ["hrOwnPrivateNotes"],
  "demo-hq": [
    "colleagueTransferWish",
    "ownPrivateNotes",
    "colleaguePrivateNotes",
    "otherBureauPlan",
    "hrOwnPrivateNotes",
    ...BESIDE_LEADER,
    ...COLLEAGUE_APPLICATION,
    "otherActingReason",
  ],
  [CO_SUPERVISOR]: ["otherBureauPlan", "hrOwnPrivateNotes", ...BESIDE_LEADER, "otherActingReason"],
};

/** Writes the canaries into the demo data (text fields, a plan, four interviews and the co-supervisor). */
export async function plantCanaries(db: PrismaClient): Promise<void> {
  const fiscalYear = fiscalYearOf(tokyoDate());
  const heldOn = new Date(Date.UTC(fiscalYear, 4, 20));
  const byStaffNumber = (staffNumber: string) =>
    db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true, unitId: true, supervisorId: true } });
  const [employee, supervisor, hr] = await Promise.all([byStaffNumber("demo-employee"), byStaffNumber("demo-supervisor"), byStaffNumber("demo-hr")]);

  const colleague = await db.employee.findFirstOrThrow({
    where: { unitId: employee.unitId, plans: { some: { fiscalYear } }, id: { notIn: [employee.id, supervisor.id] } },
    select: { id: true },
  });
  await db.developmentPlan.update({
    where: { employeeId_fiscalYear: { employeeId: colleague.id, fiscalYear } },
    data: { transferWishComment: CANARIES.colleagueTransferWish },
  });
  await db.careerInterview.updateMany({ where: { employeeId: employee.id }, data: { privateNotes: CANARIES.ownPrivateNotes } });
  await db.careerInterview.create({
    data: { employeeId: colleague.id, supervisorId: supervisor.id, heldOn, kind: "START_OF_YEAR", privateNotes: CANARIES.colleaguePrivateNotes },
  });
  // An application of his to a course open to everyone (so demo-employee's catalogue lists it
  // too), refused by 泉 with a comment, and one to another course still waiting for 泉.
  const courseDay = new Date(Date.UTC(fiscalYear, 10, 10));
  const openUntil = new Date(Date.UTC(fiscalYear + 1, 1, 1));
  const course = await db.trainingProgramme.create({ data: { title: "カナリア研修", kind: "INSTITUTE", hours: 3 }, select: { id: true } });
  const [refusedRun, waitingRun] = await Promise.all(
    [0, 1].map((day) =>
      db.trainingSession.create({
        data: {
          programmeId: course.id,
          fiscalYear,
          startOn: new Date(courseDay.getTime() + day * 86_400_000),
          endOn: new Date(courseDay.getTime() + day * 86_400_000),
          venue: "研修センター",
          applicationsUntil: openUntil,
        },
        select: { id: true },
      }),
    ),
  );
  if (!refusedRun || !waitingRun) throw new Error("canaries: the course's sessions were not made");
  await db.trainingApplication.create({
    data: {
      sessionId: refusedRun.id,
      employeeId: colleague.id,
      reason: CANARIES.colleagueApplicationReason,
      status: "NOT_RECOMMENDED",
      supervisorComment: CANARIES.colleagueRecommendationComment,
      reviewedById: supervisor.id,
      reviewedAt: new Date(),
    },
  });
  await db.trainingApplication.create({ data: { sessionId: waitingRun.id, employeeId: colleague.id, reason: CANARIES.colleagueApplicationReason } });

  // Someone at the top of another bureau's tree than the employee's.
  const ownBureau = (await db.orgUnit.findUniqueOrThrow({ where: { id: employee.unitId }, select: { path: true } })).path.split("/")[1];
  const outsider = await db.employee.findFirstOrThrow({
    where: { active: true, unit: { NOT: { path: { startsWith: `/${ownBureau}/` } } }, id: { not: hr.id } },
    select: { id: true },
  });
  await db.developmentPlan.create({ data: { employeeId: outsider.id, fiscalYear, visionNow: CANARIES.otherBureauPlan } });

  // A 代決 period of a supervisor in another bureau, starting next month (nobody's team changes
  // during the tests), whose reason only the HR division's list shows.
  const away = await db.roleAssignment.findFirstOrThrow({
    where: { role: "SUPERVISOR", unit: { NOT: { path: { startsWith: `/${ownBureau}/` } } } },
    select: { employeeId: true, unitId: true },
  });
  const standIn = await db.employee.findFirstOrThrow({
    where: { active: true, unitId: away.unitId ?? -1, id: { not: away.employeeId } },
    select: { id: true },
  });
  const today = tokyoDate();
  const nextMonth = Date.UTC(today.year, today.month - 1, today.day) + 30 * 86_400_000;
  await db.actingReviewer.create({
    data: {
      supervisorId: away.employeeId,
      actingId: standIn.id,
      startsOn: new Date(nextMonth),
      endsOn: new Date(nextMonth + 20 * 86_400_000),
      reason: CANARIES.otherActingReason,
      createdById: hr.id,
    },
  });

  if (hr.supervisorId === null) throw new Error("canaries: demo-hr has no supervisor to hold an interview");
  await db.careerInterview.create({
    data: { employeeId: hr.id, supervisorId: hr.supervisorId, heldOn, kind: "START_OF_YEAR", privateNotes: CANARIES.hrOwnPrivateNotes },
  });

  // A veteran (no OJT rules) placed in 企画係 and made a second supervisor of it, as HR would.
  if (supervisor.supervisorId === null) throw new Error("canaries: demo-supervisor has no 課長 to hold an interview");
  const { passwordHash } = await db.credential.findUniqueOrThrow({ where: { employeeId: employee.id }, select: { passwordHash: true } });
  const peer = await db.employee.create({
    data: {
      staffNumber: CO_SUPERVISOR,
      name: "七北田 進",
      nameKana: "ナナキタ ススム",
      jobCategory: "事務",
      rank: "主任",
      joinedOn: new Date(Date.UTC(2005, 3, 1)),
      unitId: supervisor.unitId,
      supervisorId: supervisor.id,
      credential: { create: { passwordHash } },
      assignments: { create: { role: "SUPERVISOR", unitId: supervisor.unitId, validFrom: new Date(Date.UTC(2020, 3, 1)) } },
    },
    select: { id: true },
  });
  const sectionChief = supervisor.supervisorId;
  await db.careerInterview.create({
    data: {
      employeeId: supervisor.id,
      supervisorId: sectionChief,
      heldOn,
      kind: "START_OF_YEAR",
      sharedNotes: CANARIES.leaderSharedNotes,
      privateNotes: CANARIES.leaderPrivateNotes,
    },
  });
  await db.careerInterview.create({
    data: {
      employeeId: peer.id,
      supervisorId: sectionChief,
      heldOn,
      kind: "START_OF_YEAR",
      sharedNotes: CANARIES.peerSharedNotes,
      privateNotes: CANARIES.peerPrivateNotes,
    },
  });
  const leaderPlan = { visionNow: CANARIES.leaderVision, transferWishComment: CANARIES.leaderTransferWish };
  await db.developmentPlan.upsert({
    where: { employeeId_fiscalYear: { employeeId: supervisor.id, fiscalYear } },
    create: { employeeId: supervisor.id, fiscalYear, ...leaderPlan },
    update: leaderPlan,
  });
}
