import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { isDatabaseId } from "@/lib/platform/db/ids";
import { notFound } from "@/lib/platform/errors";
import type { CommitmentStatus, InterviewKind, PlanStatus, TrainingKind, TransferStatus } from "@/lib/generated/prisma/enums";
import { countStaffYears, emptyYearFigures, type StaffYearFigures } from "./staff-record-figures";
import { readStaffEntries } from "./staff-record-entries";
import { findStaffRecordLinks } from "./staff-record-links";
import { type StaffReaderRole, staffScope } from "./staff-scope";

export interface StaffPerson {
  id: number;
  name: string;
  nameKana: string;
  staffNumber: string;
  rank: string;
  jobCategory: string;
  joinedOn: CalendarDate;
  unitName: string;
  active: boolean;
}

export interface StaffYear {
  fiscalYear: number;
  figures: StaffYearFigures;
  plan: { id: number; status: PlanStatus; canOpen: boolean } | null;
  commitments: { id: number; title: string; status: CommitmentStatus; progressPercent: number; measureName: string }[];
  trainings: {
    id: number;
    programmeName: string;
    kind: TrainingKind;
    startOn: CalendarDate;
    endOn: CalendarDate;
    hours: number;
    completed: boolean;
    verified: boolean;
  }[];
  qualifications: { id: number; name: string; obtainedOn: CalendarDate; expiresOn: CalendarDate | null; verified: boolean }[];
  /** OJT as trainee (`partnerName` the trainer) and as trainer (`partnerName` the trainee) */
  ojt: { id: number; as: "TRAINEE" | "TRAINER"; partnerName: string; completed: boolean; sessions: number; minutes: number; canOpen: boolean }[];
  /** the parts shared with the person; never the private notes, which are not even read */
  interviews: {
    id: number;
    heldOn: CalendarDate;
    kind: InterviewKind;
    interviewerName: string;
    agenda: string;
    sharedNotes: string;
    agreedActions: string;
    canOpen: boolean;
  }[];
  transfers: {
    id: number;
    effectiveOn: CalendarDate;
    status: TransferStatus;
    fromUnit: string;
    toUnit: string;
    noteWritten: boolean;
    canOpenHandover: boolean;
  }[];
}

export interface StaffRecord {
  person: StaffPerson;
  /** newest first; the current year always among them while the person is on the staff */
  years: StaffYear[];
  currentFiscalYear: number;
}

/**
 * 個人カルテ: one person's years — plans and their states, commitments, trainings and
 * qualifications, OJT as trainee and as trainer, the shared parts of career interviews,
 * transfers — for the HR division (anyone, departed staff included) and a bureau coordinator
 * (their bureau's staff today); anyone else, or another bureau's person, is NOT_FOUND.
 * What is confidential stays out: interviews' private notes and transfer wishes are not selected,
 * nor a handover note's text (its page has its own readers). Each entry links on only where the
 * actor may open it today (staff-record-links.ts). Opening a record leaves a "staff.view" audit
 * row before anything of it is read.
 */
export async function getStaffRecord(actor: Actor, role: StaffReaderRole, employeeId: number): Promise<StaffRecord> {
  const scope = staffScope(actor, role);
  if (!isDatabaseId(employeeId)) throw notFound("staff");
  const found = await db.employee.findFirst({
    where: { AND: [{ id: employeeId }, scope] },
    select: {
      id: true,
      name: true,
      nameKana: true,
      staffNumber: true,
      rank: true,
      jobCategory: true,
      joinedOn: true,
      active: true,
      unit: { select: { name: true } },
    },
  });
  if (!found) throw notFound("staff");
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: actor.employeeId, action: "staff.view", entity: "employee", entityId: employeeId, detail: { as: role } }),
  );
  // Scheduled transfers are the HR division's business until they take effect.
  const [figures, entries] = await Promise.all([countStaffYears(employeeId), readStaffEntries(employeeId, { scheduledTransfers: role === "HR_DIVISION" })]);
  const links = await findStaffRecordLinks(actor, employeeId, {
    ojtPlans: entries.ojt.map((plan) => ({ id: plan.id, traineeId: plan.traineeId, trainerId: plan.trainerId, traineeActive: plan.traineeActive })),
    transferIds: entries.transfers.map((transfer) => transfer.id),
  });
  const currentFiscalYear = fiscalYearOf(tokyoDate());
  const yearNumbers = new Set(figures.map((year) => year.fiscalYear));
  if (found.active) yearNumbers.add(currentFiscalYear);
  for (const transfer of entries.transfers) yearNumbers.add(transfer.fiscalYear);
  const figuresOf = new Map(figures.map((year) => [year.fiscalYear, year]));
  const years = [...yearNumbers]
    .sort((a, b) => b - a)
    .map((fiscalYear): StaffYear => {
      const plan = entries.plans.find((entry) => entry.fiscalYear === fiscalYear);
      return {
        fiscalYear,
        figures: figuresOf.get(fiscalYear) ?? emptyYearFigures(fiscalYear),
        plan: plan ? { id: plan.id, status: plan.status, canOpen: links.plans } : null,
        commitments: entries.commitments.filter((entry) => entry.fiscalYear === fiscalYear).map(({ fiscalYear: _, ...entry }) => entry),
        trainings: entries.trainings.filter((entry) => entry.fiscalYear === fiscalYear).map(({ fiscalYear: _, ...entry }) => entry),
        qualifications: entries.qualifications.filter((entry) => entry.fiscalYear === fiscalYear).map(({ fiscalYear: _, ...entry }) => entry),
        ojt: entries.ojt
          .filter((entry) => entry.fiscalYear === fiscalYear)
          .map((entry) => ({
            id: entry.id,
            as: entry.traineeId === employeeId ? "TRAINEE" : "TRAINER",
            partnerName: entry.traineeId === employeeId ? entry.trainerName : entry.traineeName,
            completed: entry.completed,
            sessions: entry.sessions,
            minutes: entry.minutes,
            canOpen: links.ojtPlans.has(entry.id),
          })),
        interviews: entries.interviews
          .filter((entry) => entry.fiscalYear === fiscalYear)
          .map(({ fiscalYear: _, ...entry }) => ({ ...entry, canOpen: links.interviews })),
        transfers: entries.transfers
          .filter((entry) => entry.fiscalYear === fiscalYear)
          .map(({ fiscalYear: _, ...entry }) => ({
            ...entry,
            canOpenHandover: links.handovers.has(entry.id),
            noteWritten: links.handovers.has(entry.id) && entry.noteWritten,
          })),
      };
    });
  const { unit, joinedOn, ...person } = found;
  return { person: { ...person, joinedOn: fromDateColumn(joinedOn), unitName: unit.name }, years, currentFiscalYear };
}
