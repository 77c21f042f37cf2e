import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedAttachment, PreparedChange } from "./attachment-upload";

/** Stores a checked certificate for a holder's record, inside the record's transaction. */
export async function storeAttachment(tx: Prisma.TransactionClient, holderId: number, uploaderId: number, file: PreparedAttachment): Promise<number> {
  const created = await tx.recordAttachment.create({
    data: {
      employeeId: holderId,
      fileName: file.fileName,
      contentType: file.contentType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      uploadedById: uploaderId,
      content: { create: { bytes: file.bytes } },
    },
    select: { id: true },
  });
  return created.id;
}

/** Removes a certificate no record points at any more; its bytes go with it (ON DELETE CASCADE). */
export async function deleteAttachment(tx: Prisma.TransactionClient, attachmentId: number | null): Promise<void> {
  if (attachmentId !== null) await tx.recordAttachment.deleteMany({ where: { id: attachmentId } });
}

/**
 * The attachment id a record has after a write: the new file's id, null once removed, or the
 * one it had. `replaced` is the id to delete after the record no longer points at it.
 */
export async function applyAttachmentChange(
  tx: Prisma.TransactionClient,
  change: PreparedChange,
  context: { holderId: number; uploaderId: number; currentId: number | null },
): Promise<{ attachmentId: number | null; replaced: number | null }> {
  if (change === undefined) return { attachmentId: context.currentId, replaced: null };
  const attachmentId = change === null ? null : await storeAttachment(tx, context.holderId, context.uploaderId, change);
  return { attachmentId, replaced: context.currentId };
}

/** What the audit keeps of a certificate: enough to recognise it, never its bytes. */
export function attachmentAuditSnapshot(file: { fileName: string; contentType: string; byteSize: number; sha256?: string } | null | undefined) {
  return file ? { fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, ...(file.sha256 ? { sha256: file.sha256 } : {}) } : null;
}
