import "server-only";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";

const name = { select: { name: true } } as const;
const yearOf = (date: Date) => fiscalYearOf(fromDateColumn(date));

/**
 * Everything on a person's record, all years at once, in the fields the 個人カルテ shows and no
 * others: no private notes, no transfer wishes, no handover text (only whether one was written).
 * Each entry carries its fiscal year for the caller to fold by. Callers have checked that the
 * actor may open the person's record (getStaffRecord); this takes no actor of its own.
 */
export async function readStaffEntries(employeeId: number, options: { scheduledTransfers: boolean }) {
  const [plans, commitments, trainings, qualifications, ojt, interviews, transfers] = await Promise.all([
    db.developmentPlan.findMany({ where: { employeeId }, select: { id: true, fiscalYear: true, status: true } }),
    db.commitment.findMany({
      where: { ownerEmployeeId: employeeId, level: "INDIVIDUAL" },
      orderBy: [{ fiscalYear: "desc" }, { position: "asc" }, { id: "asc" }],
      select: { id: true, fiscalYear: true, title: true, status: true, progressPercent: true, measure: name },
    }),
    db.trainingRecord.findMany({
      where: { employeeId },
      orderBy: [{ startOn: "asc" }, { id: "asc" }],
      select: { id: true, fiscalYear: true, programmeName: true, kind: true, startOn: true, endOn: true, hours: true, completed: true, verifiedAt: true },
    }),
    db.qualificationRecord.findMany({
      where: { employeeId },
      orderBy: [{ obtainedOn: "asc" }, { id: "asc" }],
      select: { id: true, name: true, obtainedOn: true, expiresOn: true, verifiedAt: true },
    }),
    // Sessions are counted and summed by PostgreSQL, per plan.
    db.$queryRaw<
      {
        id: number;
        fiscalYear: number;
        traineeId: number;
        trainerId: number;
        completed: boolean;
        traineeName: string;
        traineeActive: boolean;
        trainerName: string;
        sessions: number;
        minutes: number;
      }[]
    >`
      SELECT p.id, p.fiscal_year AS "fiscalYear", p.trainee_id AS "traineeId", p.trainer_id AS "trainerId", p.completed,
             te.name AS "traineeName", te.active AS "traineeActive", tr.name AS "trainerName",
             count(s.id)::int AS sessions, coalesce(sum(s.minutes), 0)::int AS minutes
      FROM ojt_plan p
      JOIN employee te ON te.id = p.trainee_id
      JOIN employee tr ON tr.id = p.trainer_id
      LEFT JOIN ojt_session s ON s.ojt_plan_id = p.id
      WHERE p.trainee_id = ${employeeId}::int OR p.trainer_id = ${employeeId}::int
      GROUP BY p.id, te.id, tr.id
      ORDER BY p.fiscal_year DESC, (p.trainee_id = ${employeeId}::int) DESC, te.name_kana, p.id`,
    db.careerInterview.findMany({
      where: { employeeId },
      orderBy: [{ heldOn: "asc" }, { id: "asc" }],
      select: { id: true, heldOn: true, kind: true, agenda: true, sharedNotes: true, agreedActions: true, supervisor: name },
    }),
    db.staffTransfer.findMany({
      where: { employeeId, status: options.scheduledTransfers ? { not: "CANCELLED" } : "APPLIED" },
      orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
      select: { id: true, effectiveOn: true, status: true, handoverNote: true, fromUnit: name, toUnit: name },
    }),
  ]);
  return {
    plans,
    commitments: commitments.map(({ measure, ...entry }) => ({ ...entry, measureName: measure.name })),
    trainings: trainings.map(({ verifiedAt, hours, startOn, endOn, ...entry }) => ({
      ...entry,
      hours: Number(hours),
      startOn: fromDateColumn(startOn),
      endOn: fromDateColumn(endOn),
      verified: verifiedAt !== null,
    })),
    qualifications: qualifications.map(({ verifiedAt, obtainedOn, expiresOn, ...entry }) => ({
      ...entry,
      fiscalYear: yearOf(obtainedOn),
      obtainedOn: fromDateColumn(obtainedOn),
      expiresOn: expiresOn ? fromDateColumn(expiresOn) : null,
      verified: verifiedAt !== null,
    })),
    ojt,
    interviews: interviews.map(({ supervisor, heldOn, ...entry }) => ({
      ...entry,
      fiscalYear: yearOf(heldOn),
      heldOn: fromDateColumn(heldOn),
      interviewerName: supervisor.name,
    })),
    transfers: transfers.map(({ handoverNote, effectiveOn, fromUnit, toUnit, ...entry }) => ({
      ...entry,
      fiscalYear: yearOf(effectiveOn),
      effectiveOn: fromDateColumn(effectiveOn),
      fromUnit: fromUnit.name,
      toUnit: toUnit.name,
      noteWritten: handoverNote !== "",
    })),
  };
}

export type StaffEntries = Awaited<ReturnType<typeof readStaffEntries>>;
