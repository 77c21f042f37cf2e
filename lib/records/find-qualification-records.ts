import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { qualificationYearWhere } from "./qualification-year";
import { qualificationRecordSelect, type QualificationRecordView, toQualificationRecordView } from "./qualification-record-view";
import { resolveRecordHolder } from "./record-holder";

/** A person's qualifications and self-study for a fiscal year (see qualification-year.ts). */
export async function findQualificationRecords(actor: Actor, options: { employeeId?: number; fiscalYear: number }): Promise<QualificationRecordView[]> {
  const employeeId = await resolveRecordHolder(actor, options.employeeId, { records: "qualification", fiscalYear: options.fiscalYear });
  const rows = await db.qualificationRecord.findMany({
    where: { employeeId, ...qualificationYearWhere(options.fiscalYear) },
    select: qualificationRecordSelect,
    orderBy: [{ obtainedOn: "asc" }, { id: "asc" }],
  });
  return rows.map(toQualificationRecordView);
}
