import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";
import { employeeScope } from "@/lib/people/org/scope";
import { id as idField } from "@/lib/platform/validation/fields";
import { READER_ROLES } from "../record-holder";
import { type AttachmentType, isAttachmentType } from "./attachment-rules";

export interface AttachmentFile {
  fileName: string;
  contentType: AttachmentType;
  bytes: Uint8Array;
}

/** Whether the actor may read the records of `holderId`: their own, or within a reader role's scope. */
async function mayRead(actor: Actor, holderId: number): Promise<boolean> {
  if (holderId === actor.employeeId) return true;
  const scopes = READER_ROLES.filter((role) => hasRole(actor, role)).map((role) => employeeScope(actor, role));
  if (scopes.length === 0) return false;
  return (await db.employee.count({ where: { AND: [{ id: holderId }, { OR: scopes }] } })) > 0;
}

/**
 * A record's certificate, for whoever may read the record: its holder, the supervisor whose
 * team they are in, the coordinator of their bureau, the HR division. Anyone else, and any id
 * that does not exist, gets NOT_FOUND alike. Opening another person's certificate is audited
 * before the bytes are read.
 */
export async function readRecordAttachment(actor: Actor, attachmentId: number): Promise<AttachmentFile> {
  const parsed = idField.safeParse(attachmentId);
  if (!parsed.success) throw notFound("attachment");
  const meta = await db.recordAttachment.findUnique({ where: { id: parsed.data }, select: { id: true, employeeId: true, fileName: true, contentType: true } });
  if (!meta || !(await mayRead(actor, meta.employeeId))) throw notFound("attachment");
  // The database's check allows only these; a row that somehow says otherwise is not served.
  if (!isAttachmentType(meta.contentType)) throw notFound("attachment");
  if (meta.employeeId !== actor.employeeId) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.employeeId,
        action: "attachment.view",
        entity: "record_attachment",
        entityId: meta.id,
        detail: { employeeId: meta.employeeId, fileName: meta.fileName },
      }),
    );
  }
  const content = await db.recordAttachmentContent.findUnique({ where: { attachmentId: meta.id }, select: { bytes: true } });
  if (!content) throw notFound("attachment");
  return { fileName: meta.fileName, contentType: meta.contentType, bytes: content.bytes };
}
