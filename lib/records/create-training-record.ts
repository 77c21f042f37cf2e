import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { TrainingInput } from "./schemas";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";
import { trainingColumns } from "./write-training-record";

/** Records a training the actor attended. Only the owner writes their records. */
export async function createTrainingRecord(actor: Actor, input: TrainingInput): Promise<TrainingRecordView> {
  return db.$transaction(async (tx) => {
    const columns = await trainingColumns(tx, input);
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
