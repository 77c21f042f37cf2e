import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Records the fuzzed forms point at, so that a valid form exists for every action (a hostile
 * value in one field then reaches the database instead of being stopped by a missing id): a
 * draft plan and commitments of demo-employee, a team commitment, an OJT goal, a notification,
 * a proposed interview action, a training programme with a session and an enrolment.
 */
export interface Fixtures {
  fy: number;
  today: string;
  actors: { employee: Actor; supervisor: Actor; hr: Actor };
  measureId: number;
  unit: { id: number; code: string };
  plan: { id: number; imageIds: number[] };
  commitmentId: number;
  teamCommitmentId: number;
  training: { id: number; version: number };
  qualification: { id: number; version: number };
  ojt: { planId: number; version: number; goalId: number; trainerId: number };
  notificationId: number;
  interview: { id: number; version: number; actionId: number };
  colleaguePlan: { id: number; version: number };
  catalogue: {
    targetImage: { id: number; name: string; description: string };
    area: { id: number; name: string; description: string };
    focusTheme: { id: number; name: string };
    focusPoint: { id: number; themeId: number; text: string };
    measure: { id: number; areaId: number; name: string; relatedPlan: string };
    initiative: { id: number; name: string; isMain: boolean; promotionPlanId: number | null };
    promotionPlan: { id: number; name: string; startFiscalYear: number; endFiscalYear: number; illustrative: boolean };
  };
  programme: { id: number; version: number; sessionId: number; sessionVersion: number; enrolmentId: number };
  /** a session open for application: a colleague's application to recommend, another's recommended for HR, demo-employee's attendance to report on */
  trainingApplications: {
    sessionId: number;
    sessionVersion: number;
    toReview: { id: number; version: number };
    toDecide: { id: number; version: number };
    attendanceId: number;
  };
  roleAssignmentId: number;
  /** demo-employee's move to another unit, far in the future: the handover note and cancel forms point at it */
  transfer: { id: number; version: number };
}

async function actorOf(db: PrismaClient, staffNumber: string): Promise<Actor> {
  const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
  const actor = await loadActor(db, id, tokyoDate());
  if (!actor) throw new Error(`${staffNumber} is not an active employee`);
  return actor;
}

export async function createFixtures(db: PrismaClient): Promise<Fixtures> {
  const fy = fiscalYearOf(tokyoDate());
  const [employee, supervisor, hr] = await Promise.all(["demo-employee", "demo-supervisor", "demo-hr"].map((staffNumber) => actorOf(db, staffNumber)));
  if (!employee || !supervisor || !hr) throw new Error("demo actors missing");
  const me = employee.employeeId;

  const measure = await db.measure.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } });
  const unit = await db.orgUnit.findUniqueOrThrow({ where: { id: employee.unitId }, select: { id: true, code: true } });
  const images = await db.targetImage.findMany({ where: { retiredAt: null }, orderBy: { number: "asc" } });

  const plan = await db.developmentPlan.create({ data: { employeeId: me, fiscalYear: fy }, select: { id: true } });
  const commitment = await db.commitment.create({
    data: {
      level: "INDIVIDUAL",
      fiscalYear: fy,
      planId: plan.id,
      ownerEmployeeId: me,
      createdById: me,
      measureId: measure.id,
      title: "fuzz",
      targetText: "目標",
    },
    select: { id: true },
  });
  const teamCommitment = await db.commitment.create({
    data: {
      level: "TEAM",
      fiscalYear: fy,
      ownerUnitId: unit.id,
      createdById: supervisor.employeeId,
      measureId: measure.id,
      title: "係の目標",
      targetText: "全員",
    },
    select: { id: true },
  });

  const training = await db.trainingRecord.findFirstOrThrow({ where: { employeeId: me, fiscalYear: fy }, select: { id: true, version: true } });
  const qualification = await db.qualificationRecord.findFirstOrThrow({ where: { employeeId: me }, select: { id: true, version: true } });
  const ojtPlan = await db.ojtPlan.findFirstOrThrow({ where: { traineeId: me, fiscalYear: fy }, select: { id: true, version: true, trainerId: true } });
  const goal = await db.ojtGoal.create({
    data: { ojtPlanId: ojtPlan.id, period: "Q1", measureId: measure.id, goal: "支給決定を一人で行う" },
    select: { id: true },
  });
  const notification = await db.notification.create({ data: { recipientId: me, kind: "PLAN_APPROVED", href: "/me" }, select: { id: true } });
  const interview = await db.careerInterview.findFirstOrThrow({ where: { employeeId: me }, select: { id: true, version: true } });
  const action = await db.interviewAction.create({ data: { interviewId: interview.id, title: "研修を受ける", measureId: measure.id }, select: { id: true } });
  const colleaguePlan = await db.developmentPlan.findFirstOrThrow({ where: { status: "SUBMITTED", fiscalYear: fy }, select: { id: true, version: true } });

  const programme = await db.trainingProgramme.create({
    data: { title: "ファズ研修", kind: "INSTITUTE", measureId: measure.id, hours: 3 },
    select: { id: true, version: true },
  });
  const session = await db.trainingSession.create({
    data: { programmeId: programme.id, fiscalYear: fy, startOn: new Date(Date.UTC(fy, 9, 1)), endOn: new Date(Date.UTC(fy, 9, 1)), venue: "研修センター" },
    select: { id: true, version: true },
  });
  const enrolment = await db.trainingEnrolment.create({ data: { sessionId: session.id, employeeId: me }, select: { id: true } });

  // A programme of its own: the programme forms' runs edit and retire the one above.
  const openProgramme = await db.trainingProgramme.create({
    data: { title: "ファズ募集研修", kind: "INSTITUTE", measureId: measure.id, hours: 3 },
    select: { id: true },
  });
  const openSession = await db.trainingSession.create({
    data: {
      programmeId: openProgramme.id,
      fiscalYear: fy,
      startOn: new Date(Date.UTC(fy, 10, 1)),
      endOn: new Date(Date.UTC(fy, 10, 1)),
      venue: "研修センター",
      applicationsUntil: new Date(Date.UTC(fy + 2, 0, 1)),
    },
    select: { id: true, version: true },
  });
  // Two applicants of demo-supervisor's 係 of their own (this database is the fuzz test's alone).
  const applicant = (n: number) =>
    db.employee.create({
      data: {
        staffNumber: `fuzz-applicant-${n}`,
        name: `申込 ${n}`,
        nameKana: "モウシコミ",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date(Date.UTC(2015, 3, 1)),
        unitId: unit.id,
      },
      select: { id: true },
    });
  const reviewed = await applicant(1);
  const decided = await applicant(2);
  const toReview = await db.trainingApplication.create({
    data: { sessionId: openSession.id, employeeId: reviewed.id, reason: "学びたい" },
    select: { id: true, version: true },
  });
  const toDecide = await db.trainingApplication.create({
    data: { sessionId: openSession.id, employeeId: decided.id, reason: "学びたい", status: "RECOMMENDED", recommendationOrder: 1 },
    select: { id: true, version: true },
  });
  const attendance = await db.trainingEnrolment.create({ data: { sessionId: openSession.id, employeeId: me, status: "ATTENDED" }, select: { id: true } });

  const targetImage = await db.targetImage.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, name: true, description: true } });
  const area = await db.policyArea.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, name: true, description: true } });
  const focusTheme = await db.focusTheme.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, name: true } });
  const focusPoint = await db.focusThemePoint.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, themeId: true, text: true } });
  const initiative = await db.initiative.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, name: true, isMain: true, promotionPlanId: true } });
  const promotionPlan = await db.promotionPlan.findFirstOrThrow({
    orderBy: { id: "asc" },
    select: { id: true, name: true, startFiscalYear: true, endFiscalYear: true, illustrative: true },
  });
  const assignment = await db.roleAssignment.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  const elsewhere = await db.orgUnit.findFirstOrThrow({
    where: { id: { not: unit.id }, kind: "UNIT", retiredAt: null },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const transfer = await db.staffTransfer.create({
    data: {
      employeeId: me,
      effectiveOn: new Date(Date.UTC(2099, 3, 1)),
      source: "SCREEN",
      fromUnitId: unit.id,
      toUnitId: elsewhere.id,
      createdById: hr.employeeId,
    },
    select: { id: true, version: true },
  });

  return {
    fy,
    today: toIsoDate(tokyoDate()),
    actors: { employee, supervisor, hr },
    measureId: measure.id,
    unit,
    plan: { id: plan.id, imageIds: images.map((image) => image.id) },
    commitmentId: commitment.id,
    teamCommitmentId: teamCommitment.id,
    training,
    qualification,
    ojt: { planId: ojtPlan.id, version: ojtPlan.version, goalId: goal.id, trainerId: ojtPlan.trainerId },
    notificationId: notification.id,
    interview: { ...interview, actionId: action.id },
    colleaguePlan,
    catalogue: {
      targetImage,
      area,
      focusTheme,
      focusPoint,
      measure: { id: measure.id, areaId: measure.areaId, name: measure.name, relatedPlan: measure.relatedPlan ?? "" },
      initiative,
      promotionPlan,
    },
    programme: { id: programme.id, version: programme.version, sessionId: session.id, sessionVersion: session.version, enrolmentId: enrolment.id },
    trainingApplications: { sessionId: openSession.id, sessionVersion: openSession.version, toReview, toDecide, attendanceId: attendance.id },
    roleAssignmentId: assignment.id,
    transfer,
  };
}
