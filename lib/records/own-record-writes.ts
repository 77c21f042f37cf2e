import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db as defaultDb } from "@/lib/platform/db/client";
import { assertUpdated, notFound } from "@/lib/platform/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { type AttachmentChange, type AttachmentUpload, prepareAttachmentChange } from "./attachments/attachment-upload";
import type { AttachmentView } from "./attachments/attachment-view";
import { applyAttachmentChange, attachmentAuditSnapshot, deleteAttachment } from "./attachments/store-attachment";
import { assertRecordRef } from "./record-ref";
import { changesSubstance, UNVERIFIED } from "./substance-change";

export type Tx = Prisma.TransactionClient;
type Own = { id: number; employeeId: number };

/** What every stored record row carries beside its own fields. */
interface StoredRow {
  id: number;
  version: number;
  verifiedAt: Date | null;
  attachment: AttachmentView | null;
}

/**
 * One kind of record a person keeps about themselves (a training, a qualification): its
 * columns, how it is stored and audited, and the fiscal year it belongs to. Both kinds are
 * written by the same three operations below, so the rules — only the owner writes, a closed
 * year is read-only, a stale version is a conflict, a change of substance withdraws the
 * confirmation, the certificate goes with the record, every write audited — are stated once.
 *
 * `Fields` is what the columns and a stored row share: what the audit snapshot and the
 * fiscal year are read from.
 */
export interface OwnRecordKind<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View> {
  /** the audit action's area ("training.create") and the audited record type */
  area: "training" | "qualification";
  entity: "training_record" | "qualification_record";
  /** the record named in NOT_FOUND and CONFLICT */
  noun: string;
  /** validates the input and turns it into column values, inside the write's transaction */
  columns(tx: Tx, input: Input): Promise<Columns>;
  fiscalYear(fields: Fields): number;
  /** the audited picture of the record: plain JSON */
  snapshot(fields: Fields): Record<string, unknown>;
  find(tx: Tx, where: Own): Promise<Row | null>;
  create(tx: Tx, data: Columns & { employeeId: number; createdById: number; attachmentId: number | null }): Promise<Row>;
  update(tx: Tx, where: Own & { version: number }, data: Partial<Columns> & Record<string, unknown>): Promise<{ count: number }>;
  remove(tx: Tx, where: Own & { version: number }): Promise<{ count: number }>;
  toView(row: Row): View;
}

/** A kind, its types inferred from its functions (Columns from `columns`, Row from `find`). */
export function ownRecordKind<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
): OwnRecordKind<Input, Fields, Columns, Row, View> {
  return kind;
}

/** Records something the actor did, with a certificate if one is given. What they write is a declaration until someone confirms it. */
async function createOwnRecord<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
  actor: Actor,
  input: Input & { attachment?: AttachmentUpload },
  client: PrismaClient = defaultDb,
): Promise<View> {
  const file = await prepareAttachmentChange(input.attachment);
  return client.$transaction(async (tx) => {
    const columns = await kind.columns(tx, input);
    await assertYearOpen(tx, actor, kind.fiscalYear(columns));
    const { attachmentId } = await applyAttachmentChange(tx, file, { holderId: actor.employeeId, uploaderId: actor.employeeId, currentId: null });
    const created = await kind.create(tx, { ...columns, employeeId: actor.employeeId, createdById: actor.employeeId, attachmentId });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: `${kind.area}.create`,
      entity: kind.entity,
      entityId: created.id,
      detail: { after: { ...kind.snapshot(created), attachment: attachmentAuditSnapshot(file) } },
    });
    return kind.toView(created);
  });
}

/**
 * Changes one of the actor's own records, and attaches, replaces (attachment: a file) or removes
 * (attachment: null) its certificate. Someone else's id is NOT_FOUND; a version other than the
 * stored one means the record was saved (or confirmed) elsewhere first: CONFLICT. A change of
 * substance takes a confirmed record back to unconfirmed (substance-change.ts). Both the year it
 * was in and the year it moves to must be open.
 */
async function updateOwnRecord<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
  actor: Actor,
  ref: { id: number; version: number },
  input: Input & { attachment?: AttachmentChange },
): Promise<View> {
  assertRecordRef(ref.id, ref.version);
  const file = await prepareAttachmentChange(input.attachment);
  return defaultDb.$transaction(async (tx) => {
    const own = { id: ref.id, employeeId: actor.employeeId };
    const before = await kind.find(tx, own);
    if (!before) throw notFound(kind.noun);
    const columns = await kind.columns(tx, input);
    await assertYearOpen(tx, actor, kind.fiscalYear(before));
    await assertYearOpen(tx, actor, kind.fiscalYear(columns));
    const { attachmentId, replaced } = await applyAttachmentChange(tx, file, {
      holderId: actor.employeeId,
      uploaderId: actor.employeeId,
      currentId: before.attachment?.id ?? null,
    });
    const unverify = before.verifiedAt !== null && changesSubstance(kind.snapshot(before), kind.snapshot(columns), file, before.attachment !== null);
    assertUpdated(
      await kind.update(tx, { ...own, version: ref.version }, { ...columns, attachmentId, ...(unverify ? UNVERIFIED : {}), version: { increment: 1 } }),
      kind.noun,
    );
    await deleteAttachment(tx, replaced);
    const after = await kind.find(tx, own);
    if (!after) throw notFound(kind.noun);
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: `${kind.area}.update`,
      entity: kind.entity,
      entityId: ref.id,
      detail: {
        before: { ...kind.snapshot(before), attachment: attachmentAuditSnapshot(before.attachment) },
        after: { ...kind.snapshot(after), attachment: attachmentAuditSnapshot(file === undefined ? before.attachment : file) },
        ...(unverify ? { verificationWithdrawn: true } : {}),
      },
    });
    return kind.toView(after);
  });
}

/** Removes one of the actor's own records, and its certificate, if it is still the version they saw. */
async function deleteOwnRecord<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
  actor: Actor,
  ref: { id: number; version: number },
): Promise<void> {
  assertRecordRef(ref.id, ref.version);
  await defaultDb.$transaction(async (tx) => {
    const own = { id: ref.id, employeeId: actor.employeeId };
    const before = await kind.find(tx, own);
    if (!before) throw notFound(kind.noun);
    await assertYearOpen(tx, actor, kind.fiscalYear(before));
    assertUpdated(await kind.remove(tx, { ...own, version: ref.version }), kind.noun);
    await deleteAttachment(tx, before.attachment?.id ?? null);
    // The audit row keeps what was deleted, since the record itself is gone.
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: `${kind.area}.delete`,
      entity: kind.entity,
      entityId: ref.id,
      detail: {
        before: {
          ...kind.snapshot(before),
          version: before.version,
          verifiedAt: before.verifiedAt?.toISOString() ?? null,
          attachment: attachmentAuditSnapshot(before.attachment),
        },
      },
    });
  });
}

/** One of the actor's own records, for its edit page: someone else's id is NOT_FOUND, as its writes answer. */
async function findOwnRecord<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
  actor: Actor,
  id: number,
): Promise<View> {
  const row = await kind.find(defaultDb, { id, employeeId: actor.employeeId });
  if (!row) throw notFound(kind.noun);
  return kind.toView(row);
}

/**
 * The edit page's read and the writes of one kind, for its module to export under the kind's
 * own names (createTrainingRecord…): those are what pages, actions and the authorization matrix call.
 */
export function ownRecordWrites<Input, Fields, Columns extends Fields, Row extends Fields & StoredRow, View>(
  kind: OwnRecordKind<Input, Fields, Columns, Row, View>,
) {
  return {
    find: (actor: Actor, id: number) => findOwnRecord(kind, actor, id),
    create: (actor: Actor, input: Input & { attachment?: AttachmentUpload }, client?: PrismaClient) => createOwnRecord(kind, actor, input, client),
    update: (actor: Actor, ref: { id: number; version: number }, input: Input & { attachment?: AttachmentChange }) => updateOwnRecord(kind, actor, ref, input),
    remove: (actor: Actor, ref: { id: number; version: number }) => deleteOwnRecord(kind, actor, ref),
  };
}
