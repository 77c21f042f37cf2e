import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { assertUpdated, invalidInput, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSelectableMeasure } from "@/lib/policy/find-selectable-measures";
import { parseInput } from "@/lib/records/parse-input";
import { programmeWrite } from "./access";
import {
  type ProgrammeCreateInput,
  programmeCreateSchema,
  type ProgrammeRetireInput,
  programmeRetireSchema,
  type ProgrammeUpdateInput,
  programmeUpdateSchema,
} from "./schemas";

const auditSelect = {
  title: true,
  kind: true,
  measureId: true,
  targetRanks: true,
  targetJobCategories: true,
  hours: true,
  retiredAt: true,
  version: true,
} as const;

function snapshot(row: Prisma.TrainingProgrammeGetPayload<{ select: typeof auditSelect }>) {
  return { ...row, hours: row.hours.toString(), retiredAt: row.retiredAt?.toISOString() ?? null };
}

async function assertMeasure(tx: Prisma.TransactionClient, measureId: number | undefined, current?: number | null): Promise<void> {
  // A programme keeps the measure it already had even if that measure was retired since.
  if (measureId === undefined || measureId === current) return;
  if (!(await isSelectableMeasure(tx, measureId))) throw invalidInput("measureId", "unknownMeasure");
}

export async function createProgramme(actor: Actor, input: ProgrammeCreateInput): Promise<number> {
  const data = parseInput(programmeCreateSchema, input);
  return programmeWrite(actor, async (tx) => {
    await assertMeasure(tx, data.measureId);
    const created = await tx.trainingProgramme.create({ data: { ...data, measureId: data.measureId ?? null }, select: { id: true, ...auditSelect } });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "programme.create",
      entity: "training_programme",
      entityId: created.id,
      detail: { after: snapshot(created) },
    });
    return created.id;
  });
}

/**
 * Saves the programme if it is still the version the editor saw, and brings the training records
 * its attendance already made up to date (title, kind, hours, measure), in the same transaction.
 */
export async function updateProgramme(actor: Actor, input: ProgrammeUpdateInput): Promise<void> {
  const { id, version, ...data } = parseInput(programmeUpdateSchema, input);
  await programmeWrite(actor, async (tx) => {
    const before = await tx.trainingProgramme.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw notFound("training programme");
    await assertMeasure(tx, data.measureId, before.measureId);
    const measureId = data.measureId ?? null;
    assertUpdated(
      await tx.trainingProgramme.updateMany({ where: { id, version }, data: { ...data, measureId, version: { increment: 1 } } }),
      "training programme",
    );
    const records = await tx.trainingRecord.updateMany({
      where: { enrolment: { is: { session: { is: { programmeId: id } } } } },
      data: { programmeName: data.title, kind: data.kind, hours: data.hours, measureId, version: { increment: 1 } },
    });
    const after = await tx.trainingProgramme.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "programme.update",
      entity: "training_programme",
      entityId: id,
      detail: { before: snapshot(before), after: snapshot(after), trainingRecordsUpdated: records.count },
    });
  });
}

/** Retires (or restores) a programme: its sessions and records stay; no new session can be added. */
export async function setProgrammeRetired(actor: Actor, input: ProgrammeRetireInput): Promise<void> {
  const { id, version, retire } = parseInput(programmeRetireSchema, input);
  await programmeWrite(actor, async (tx) => {
    const before = await tx.trainingProgramme.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw notFound("training programme");
    assertUpdated(
      await tx.trainingProgramme.updateMany({
        where: { id, version, retiredAt: retire ? null : { not: null } },
        data: { retiredAt: retire ? new Date() : null, version: { increment: 1 } },
      }),
      "training programme",
    );
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: retire ? "programme.retire" : "programme.restore",
      entity: "training_programme",
      entityId: id,
      detail: { before: { retiredAt: before.retiredAt?.toISOString() ?? null, version: before.version } },
    });
  });
}
