import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { toDateColumn } from "@/lib/platform/dates/calendar-date";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { invalidInput } from "@/lib/platform/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import type { AttachmentChange, AttachmentUpload } from "./attachments/attachment-upload";
import { ownRecordKind, ownRecordWrites, type Tx } from "./own-record-writes";
import { parseInput } from "./parse-input";
import { type TrainingInput, trainingInputSchema } from "./schemas";
import { toTrainingRecordView, trainingAuditSnapshot, type TrainingRecordView, trainingRecordSelect } from "./training-record-view";

/**
 * A training the person attended. The measure is checked inside the write's transaction, so one
 * retired in the meantime is refused.
 */
const TRAINING = ownRecordKind({
  area: "training",
  entity: "training_record",
  noun: "training record",
  async columns(tx: Tx, input: TrainingInput) {
    const data = parseInput(trainingInputSchema, input);
    if (data.measureId !== undefined && !(await isSelectableMeasure(tx, data.measureId))) throw invalidInput("measureId", "unknownMeasure");
    return {
      fiscalYear: data.fiscalYear,
      programmeName: data.programmeName,
      kind: data.kind,
      startOn: toDateColumn(parseIsoDate(data.startOn)),
      endOn: toDateColumn(parseIsoDate(data.endOn)),
      hours: data.hours,
      completed: data.completed,
      measureId: data.measureId ?? null,
    };
  },
  fiscalYear: (fields: Parameters<typeof trainingAuditSnapshot>[0]) => fields.fiscalYear,
  snapshot: trainingAuditSnapshot,
  find: (tx, where) => tx.trainingRecord.findFirst({ where, select: trainingRecordSelect }),
  create: (tx, data) => tx.trainingRecord.create({ data, select: trainingRecordSelect }),
  update: (tx, where, data) => tx.trainingRecord.updateMany({ where, data }),
  remove: (tx, where) => tx.trainingRecord.deleteMany({ where }),
  toView: toTrainingRecordView,
});
const writes = ownRecordWrites(TRAINING);

/** One of the actor's own trainings, to edit; anyone else's is NOT_FOUND. */
export function findOwnTrainingRecord(actor: Actor, id: number): Promise<TrainingRecordView> {
  return writes.find(actor, id);
}

/** `client` is for tests on a database of their own. */
export function createTrainingRecord(
  actor: Actor,
  input: TrainingInput & { attachment?: AttachmentUpload },
  client?: PrismaClient,
): Promise<TrainingRecordView> {
  return writes.create(actor, input, client);
}

export function updateTrainingRecord(
  actor: Actor,
  id: number,
  version: number,
  input: TrainingInput & { attachment?: AttachmentChange },
): Promise<TrainingRecordView> {
  return writes.update(actor, { id, version }, input);
}

export function deleteTrainingRecord(actor: Actor, id: number, version: number): Promise<void> {
  return writes.remove(actor, { id, version });
}
