import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db as defaultDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import type { TrainingInput } from "./schemas";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";
import { trainingColumns } from "./write-training-record";

/** Records a training the actor attended. Only the owner writes their records; `client` is for tests on a database of their own. */
export async function createTrainingRecord(actor: Actor, input: TrainingInput, client: PrismaClient = defaultDb): Promise<TrainingRecordView> {
  return client.$transaction(async (tx) => {
    const columns = await trainingColumns(tx, input);
    await assertYearOpen(tx, actor, columns.fiscalYear);
    const created = await tx.trainingRecord.create({
      data: { ...columns, employeeId: actor.employeeId, createdById: actor.employeeId },
      select: trainingRecordSelect,
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "training.create",
      entity: "training_record",
      entityId: created.id,
      detail: { after: trainingAuditSnapshot(created) },
    });
    return toTrainingRecordView(created);
  });
}
