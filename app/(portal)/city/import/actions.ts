"use server";

import { requireActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { applyStaffImport, previewStaffImport, type StaffImportPreview, type StaffImportResult } from "@/lib/personnel/staff-import";
import { MAX_FILE_BYTES } from "@/lib/personnel/read-staff-csv";

export type PreviewAnswer = { ok: true; preview: StaffImportPreview } | { ok: false; error: "noFile" | "tooLarge" | "notFound" };
export type ApplyAnswer = { ok: true; result: StaffImportResult } | { ok: false; error: "noFile" | "tooLarge" | "notFound" | "digestMismatch" | "hasRejects" };

/** The uploaded file's bytes, held in memory only: nothing is written to disk or kept between requests. */
async function fileBytes(formData: FormData): Promise<Uint8Array | "noFile" | "tooLarge"> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return "noFile";
  if (file.size > MAX_FILE_BYTES) return "tooLarge";
  return new Uint8Array(await file.arrayBuffer());
}

export async function previewStaffImportAction(formData: FormData): Promise<PreviewAnswer> {
  const actor = await requireActor();
  const bytes = await fileBytes(formData);
  if (typeof bytes === "string") return { ok: false, error: bytes };
  try {
    return { ok: true, preview: await previewStaffImport(actor, bytes) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, error: "notFound" };
    throw error;
  }
}

export async function applyStaffImportAction(formData: FormData): Promise<ApplyAnswer> {
  const actor = await requireActor();
  const bytes = await fileBytes(formData);
  if (typeof bytes === "string") return { ok: false, error: bytes };
  const digest = formData.get("digest");
  try {
    return { ok: true, result: await applyStaffImport(actor, bytes, typeof digest === "string" ? digest : "") };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") return { ok: false, error: "notFound" };
    if (error.code === "NOT_ALLOWED") return { ok: false, error: "digestMismatch" };
    return { ok: false, error: "hasRejects" };
  }
}
