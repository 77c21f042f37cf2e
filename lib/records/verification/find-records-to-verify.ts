import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { type CalendarDate, fromDateColumn, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { employeeScope } from "@/lib/people/org/scope";
import { closedFiscalYears } from "@/lib/year/rollover/closed-years";
import { attachmentSelect, type AttachmentView } from "../attachments/attachment-view";
import type { RecordKind } from "./verify-record";

/** One declared record waiting for the supervisor, with what they need to judge it. */
export interface RecordToVerify {
  kind: RecordKind;
  id: number;
  version: number;
  holder: { id: number; name: string };
  name: string;
  /** trainings: the days attended; qualifications: the day obtained (twice) */
  from: CalendarDate;
  to: CalendarDate;
  /** trainings only */
  hours: number | null;
  attachment: AttachmentView | null;
}

/**
 * The page shows this many at a time, the longest waiting first, and says there are more: a
 * work queue, emptied from the top. Two hundred rows made the page half a megabyte (each row
 * carries its confirm button's props in the RSC payload) for a 局長 whose bureau has thousands.
 */
export const QUEUE_LIMIT = 25;

/** The queue's place on /team/records, where a confirmation's "next" link leads. */
export const RECORDS_TO_VERIFY_ID = "records-to-verify";

const holderSelect = { select: { id: true, name: true, nameKana: true } } as const;

/**
 * The unconfirmed trainings and qualifications of the supervisor's team, oldest first, so what
 * has waited longest comes first. Listing named people's records is a read of them: audited.
 * NOT_FOUND for someone who supervises no unit.
 */
export async function findRecordsToVerify(actor: Actor): Promise<{ records: RecordToVerify[]; more: boolean }> {
  const team = { AND: [employeeScope(actor, "SUPERVISOR"), { id: { not: actor.employeeId } }] };
  const [trainingYears, qualificationYears] = await Promise.all([openTrainingYears(), qualificationsInOpenYears()]);
  const [trainingsByYear, qualifications] = await Promise.all([
    // One query per open year (one, or two in the weeks before the rollover): within a year the
    // queue index is already in the order shown, so a bureau's oldest are read, not sorted. Open
    // years left behind (never closed) are read together rather than one connection each.
    Promise.all(
      (trainingYears.length <= 2 ? trainingYears.map((year) => [year]) : [trainingYears]).map((years) =>
        db.trainingRecord.findMany({
          where: { verifiedAt: null, fiscalYear: { in: years }, employee: team },
          select: {
            id: true,
            version: true,
            programmeName: true,
            startOn: true,
            endOn: true,
            hours: true,
            createdAt: true,
            employee: holderSelect,
            attachment: attachmentSelect,
          },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: QUEUE_LIMIT + 1,
        }),
      ),
    ),
    db.qualificationRecord.findMany({
      where: { verifiedAt: null, employee: team, ...qualificationYears },
      select: { id: true, version: true, name: true, obtainedOn: true, createdAt: true, employee: holderSelect, attachment: attachmentSelect },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT + 1,
    }),
  ]);
  // The page's records are the oldest waiting of both kinds together (each query kept one more
  // than the page, so a longer wait is known); the page then lists them by person.
  const waiting = [
    ...trainingsByYear.flat().map((row) => ({
      kind: "training" as const,
      id: row.id,
      version: row.version,
      holder: { id: row.employee.id, name: row.employee.name },
      name: row.programmeName,
      from: fromDateColumn(row.startOn),
      to: fromDateColumn(row.endOn),
      hours: Number(row.hours),
      attachment: row.attachment,
      kana: row.employee.nameKana,
      createdAt: row.createdAt,
    })),
    ...qualifications.map((row) => ({
      kind: "qualification" as const,
      id: row.id,
      version: row.version,
      holder: { id: row.employee.id, name: row.employee.name },
      name: row.name,
      from: fromDateColumn(row.obtainedOn),
      to: fromDateColumn(row.obtainedOn),
      hours: null,
      attachment: row.attachment,
      kana: row.employee.nameKana,
      createdAt: row.createdAt,
    })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.kind.localeCompare(b.kind) || a.id - b.id);
  const shown: RecordToVerify[] = waiting
    .slice(0, QUEUE_LIMIT)
    .sort((a, b) => a.kana.localeCompare(b.kana, "ja") || a.holder.id - b.holder.id || a.kind.localeCompare(b.kind) || a.id - b.id)
    .map(({ kana: _kana, createdAt: _createdAt, ...record }) => record);
  const holders = [...new Set(shown.map((record) => record.holder.id))];
  if (holders.length > 0) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.employeeId, action: "records.verification-queue.view", entity: "employee", detail: { employeeIds: holders } }),
    );
  }
  return { records: shown, more: waiting.length > QUEUE_LIMIT };
}

/** How many declarations of the team wait for confirmation: a number only, so not audited. */
export async function countRecordsToVerify(actor: Actor): Promise<number> {
  const team = { AND: [employeeScope(actor, "SUPERVISOR"), { id: { not: actor.employeeId } }] };
  const [trainingYears, qualificationYears] = await Promise.all([openTrainingYears(), qualificationsInOpenYears()]);
  const [trainings, qualifications] = await Promise.all([
    // The years as a list, not "not closed": a list is read from the index alone, members' years
    // of waiting records only, where "not closed" read every year of theirs (a bureau: 3× slower).
    trainingYears.length === 0 ? 0 : db.trainingRecord.count({ where: { verifiedAt: null, employee: team, fiscalYear: { in: trainingYears } } }),
    db.qualificationRecord.count({ where: { verifiedAt: null, employee: team, ...qualificationYears } }),
  ]);
  return trainings + qualifications;
}

/**
 * Only records of fiscal years still open: a closed year is read-only for supervisors
 * (assert-year-open.ts), so its declarations would be a button that can only refuse. The HR
 * division, which may still confirm them, finds them in the person's records.
 *
 * For trainings, the open years between the oldest and newest year holding a waiting record
 * (two probes of the queue index), so a year the portal has no row for still counts as open.
 */
async function openTrainingYears(): Promise<number[]> {
  // Two ordered probes, not an aggregate: Prisma wraps MIN/MAX in a subquery PostgreSQL cannot
  // answer from the index (51 ms over all 290,000 records, against well under one here).
  const edge = (direction: "asc" | "desc") =>
    db.trainingRecord.findFirst({ where: { verifiedAt: null }, select: { fiscalYear: true }, orderBy: { fiscalYear: direction } });
  const [closed, first, last] = await Promise.all([closedFiscalYears(), edge("asc"), edge("desc")]);
  if (first === null || last === null) return [];
  return Array.from({ length: last.fiscalYear - first.fiscalYear + 1 }, (_, at) => first.fiscalYear + at).filter((year) => !closed.includes(year));
}

/** A qualification's year is the one it was obtained in. */
async function qualificationsInOpenYears(): Promise<Prisma.QualificationRecordWhereInput> {
  const closed = await closedFiscalYears();
  if (closed.length === 0) return {};
  return { NOT: closed.map((year) => ({ obtainedOn: { gte: toDateColumn(fiscalYearStart(year)), lt: toDateColumn(fiscalYearStart(year + 1)) } })) };
}
