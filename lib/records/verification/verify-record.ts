import "server-only";
import { z } from "zod";
import { type AuditEntry, recordAudits } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { db } from "@/lib/platform/db/client";
import { conflict, notFound } from "@/lib/platform/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { id, version } from "@/lib/platform/validation/fields";
import { verifiableHolders } from "./verifiable-holders";

export const RECORD_KINDS = ["training", "qualification"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Which record to confirm, and the version the verifier was shown. */
export const verifyRecordSchema = z.object({ kind: z.enum(RECORD_KINDS, { error: "validation.invalid" }), id, version });
export type VerifyRecordInput = z.output<typeof verifyRecordSchema>;

/** A ticked record as it stands now, in the verifier's scope. */
interface Standing {
  id: number;
  employeeId: number;
  fiscalYear: number;
  verifiedAt: Date | null;
  version: number;
}

// The two record tables differ only in where their fiscal year comes from.
async function findInScope(tx: Prisma.TransactionClient, kind: RecordKind, ids: number[], holders: Prisma.EmployeeWhereInput): Promise<Standing[]> {
  const where = { id: { in: ids }, employee: holders };
  if (kind === "training")
    return tx.trainingRecord.findMany({ where, select: { id: true, employeeId: true, fiscalYear: true, verifiedAt: true, version: true } });
  const rows = await tx.qualificationRecord.findMany({ where, select: { id: true, employeeId: true, obtainedOn: true, verifiedAt: true, version: true } });
  return rows.map(({ obtainedOn, ...row }) => ({ ...row, fiscalYear: fiscalYearOf(fromDateColumn(obtainedOn)) }));
}

/** One update for a kind's records, guarded on the version each was seen at; the ids it confirmed. */
async function markVerified(
  tx: Prisma.TransactionClient,
  kind: RecordKind,
  where: Prisma.TrainingRecordWhereInput & Prisma.QualificationRecordWhereInput,
  verifierId: number,
): Promise<number[]> {
  const data = { verifiedAt: new Date(), verifiedById: verifierId, version: { increment: 1 } };
  const select = { id: true };
  const rows =
    kind === "training"
      ? await tx.trainingRecord.updateManyAndReturn({ where, data, select })
      : await tx.qualificationRecord.updateManyAndReturn({ where, data, select });
  return rows.map((row) => row.id);
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
    if ((await confirmAll(tx, actor, holders, [parsed.data])) === 0) throw conflict(`${parsed.data.kind} record`);
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
    const confirmed = await confirmAll(tx, actor, holders, parsed.data);
    return { confirmed, changed: parsed.data.length - confirmed };
  });
}

/**
 * Set-based, so a page of ticks costs a handful of statements rather than four a record: per
 * kind one read (scope and what each record is now) and one update guarded on the version each
 * was seen at, then one audit insert for what the update returned. Out of scope is NOT_FOUND
 * for the whole set; a closed year is refused only for records that would be confirmed.
 * Statements run one after another: one transaction's connection does not run them side by side.
 */
async function confirmAll(
  tx: Prisma.TransactionClient,
  actor: Actor,
  holders: Prisma.EmployeeWhereInput,
  items: readonly VerifyRecordInput[],
): Promise<number> {
  const audits: AuditEntry[] = [];
  for (const kind of RECORD_KINDS) {
    const seen = items.filter((item) => item.kind === kind);
    if (seen.length === 0) continue;
    const ids = [...new Set(seen.map((item) => item.id))];
    const standing = new Map((await findInScope(tx, kind, ids, holders)).map((row) => [row.id, row]));
    if (standing.size !== ids.length) throw notFound(`${kind} record`);
    // Ticked twice is confirmed once: the second tick counts as changed, as it did one by one.
    const unchanged = new Map<number, Standing>();
    for (const item of seen) {
      const now = standing.get(item.id);
      if (now && now.verifiedAt === null && now.version === item.version) unchanged.set(now.id, now);
    }
    if (unchanged.size === 0) continue;
    const rows = [...unchanged.values()];
    for (const year of new Set(rows.map((row) => row.fiscalYear))) await assertYearOpen(tx, actor, year);
    const where = { OR: rows.map(({ id, version }) => ({ id, version })), verifiedAt: null, employee: holders };
    const confirmed = new Set(await markVerified(tx, kind, where, actor.employeeId));
    for (const row of rows) {
      if (!confirmed.has(row.id)) continue;
      audits.push({
        actorId: actor.employeeId,
        action: `${kind}.verify`,
        entity: `${kind}_record`,
        entityId: row.id,
        detail: { employeeId: row.employeeId, version: row.version },
      });
    }
  }
  await recordAudits(tx, audits);
  return audits.length;
}
