import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { resolveRecordHolder } from "./record-holder";
import { toTrainingRecordView, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";

/** A person's trainings in a fiscal year, in the order they were attended: one's own by default. */
export async function findTrainingRecords(actor: Actor, options: { employeeId?: number; fiscalYear: number }): Promise<TrainingRecordView[]> {
  const employeeId = await resolveRecordHolder(actor, options.employeeId, { records: "training", fiscalYear: options.fiscalYear });
  const rows = await db.trainingRecord.findMany({
    where: { employeeId, fiscalYear: options.fiscalYear },
    select: trainingRecordSelect,
    orderBy: [{ startOn: "asc" }, { id: "asc" }],
  });
  return rows.map(toTrainingRecordView);
}
