import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/roles";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertYearOpen } from "@/lib/rollover/assert-year-open";
import { id, version } from "@/lib/validation/fields";
import { verifiableHolders } from "./verifiable-holders";

export const RECORD_KINDS = ["training", "qualification"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Which record to confirm, and the version the verifier was shown. */
export const verifyRecordSchema = z.object({ kind: z.enum(RECORD_KINDS, { error: "validation.invalid" }), id, version });
export type VerifyRecordInput = z.output<typeof verifyRecordSchema>;

interface Target {
  employeeId: number;
  fiscalYear: number;
  verifiedAt: Date | null;
  version: number;
}

// The two record tables differ only in where their fiscal year comes from.
async function findTarget(tx: Prisma.TransactionClient, kind: RecordKind, where: { id: number; employee: Prisma.EmployeeWhereInput }): Promise<Target | null> {
  if (kind === "training") return tx.trainingRecord.findFirst({ where, select: { employeeId: true, fiscalYear: true, verifiedAt: true, version: true } });
  const row = await tx.qualificationRecord.findFirst({ where, select: { employeeId: true, obtainedOn: true, verifiedAt: true, version: true } });
  return row && { employeeId: row.employeeId, fiscalYear: fiscalYearOf(fromDateColumn(row.obtainedOn)), verifiedAt: row.verifiedAt, version: row.version };
}

async function markVerified(tx: Prisma.TransactionClient, kind: RecordKind, where: Prisma.TrainingRecordWhereInput & Prisma.QualificationRecordWhereInput, verifierId: number) {
  const data = { verifiedAt: new Date(), verifiedById: verifierId, version: { increment: 1 } };
  return kind === "training" ? tx.trainingRecord.updateMany({ where, data }) : tx.qualificationRecord.updateMany({ where, data });
}

/**
 * Confirms a member's declared training or qualification, as their supervisor or as the HR
 * division. Out of scope (or one's own) is NOT_FOUND; a record changed or confirmed since the
 * verifier loaded it is a CONFLICT, so a confirmation never covers something they did not see.
 */
export async function verifyRecord(actor: Actor, input: VerifyRecordInput): Promise<void> {
  // Hidden fields anyone can forge: a reference no record can have is answered like any other miss.
  const parsed = verifyRecordSchema.safeParse(input);
  if (!parsed.success) throw notFound("record");
  const holders = verifiableHolders(actor);
  await db.$transaction(async (tx) => {
    if ((await confirmOne(tx, actor, holders, parsed.data)) === "changed") throw conflict(`${parsed.data.kind} record`);
  });
}

/** Records a supervisor may tick and confirm at once: a page of the queue. */
export const VERIFY_BATCH_MAX = 100;

const verifyRecordsSchema = z.array(verifyRecordSchema).min(1).max(VERIFY_BATCH_MAX);

/**
 * Confirms the records a supervisor ticked, in one transaction with one audit row each. Every
 * reference must be in their scope (else nothing is confirmed: NOT_FOUND, as for one); a record
 * changed or confirmed by someone else since the page was loaded is left out and counted, so a
 * confirmation still never covers what the verifier did not see.
 */
export async function verifyRecords(actor: Actor, input: readonly VerifyRecordInput[]): Promise<{ confirmed: number; changed: number }> {
  const parsed = verifyRecordsSchema.safeParse(input);
  if (!parsed.success) throw notFound("record");
  const holders = verifiableHolders(actor);
  return db.$transaction(async (tx) => {
    let confirmed = 0;
    // One after another: statements on one transaction's connection do not run side by side.
    for (const item of parsed.data) if ((await confirmOne(tx, actor, holders, item)) === "confirmed") confirmed += 1;
    return { confirmed, changed: parsed.data.length - confirmed };
  });
}

/** One record confirmed, or found changed since the verifier saw it; out of scope is NOT_FOUND. */
async function confirmOne(tx: Prisma.TransactionClient, actor: Actor, holders: Prisma.EmployeeWhereInput, data: VerifyRecordInput): Promise<"confirmed" | "changed"> {
  const where = { id: data.id, employee: holders };
  const target = await findTarget(tx, data.kind, where);
  if (!target) throw notFound(`${data.kind} record`);
  if (target.verifiedAt !== null || target.version !== data.version) return "changed";
  await assertYearOpen(tx, actor, target.fiscalYear);
  if ((await markVerified(tx, data.kind, { ...where, version: data.version, verifiedAt: null }, actor.employeeId)).count === 0) return "changed";
  await recordAudit(tx, {
    actorId: actor.employeeId,
    action: `${data.kind}.verify`,
    entity: `${data.kind}_record`,
    entityId: data.id,
    detail: { employeeId: target.employeeId, version: data.version },
  });
  return "confirmed";
}
