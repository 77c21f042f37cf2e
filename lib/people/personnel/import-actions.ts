"use server";

import { requireActor } from "@/lib/platform/auth/actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { AppError } from "@/lib/platform/errors";
import { assertPersonnelImporter } from "@/lib/people/personnel/import-access";
import type { ImportPreview, ImportResult } from "@/lib/people/personnel/import-preview";
import { MAX_FILE_BYTES } from "@/lib/people/personnel/read-staff-csv";
import { applyStaffImport, previewStaffImport } from "@/lib/people/personnel/staff-import";
import { applyUnitImport, previewUnitImport } from "@/lib/people/personnel/unit-import";

export type PreviewAnswer = { ok: true; preview: ImportPreview } | { ok: false; error: "noFile" | "tooLarge" | "notFound" };
export type ApplyAnswer = { ok: true; result: ImportResult } | { ok: false; error: "noFile" | "tooLarge" | "notFound" | "digestMismatch" | "hasRejects" };

/** The uploaded file's bytes, held in memory only: nothing is written to disk or kept between requests. */
async function fileBytes(formData: FormData): Promise<Uint8Array | "noFile" | "tooLarge"> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return "noFile";
  if (file.size > MAX_FILE_BYTES) return "tooLarge";
  return new Uint8Array(await file.arrayBuffer());
}

/** Only the literal "on" of the checkbox counts: anything else sent is a partial file. */
const absentLeaveOf = (formData: FormData) => formData.get("absentLeave") === "on";

// An upload is not an actor action (lib/platform/actions/actor-action.ts): it answers a preview of a file,
// or the result of applying the file previewed, not a form state. The role is still checked
// first, before the file is looked at: to anyone else, no size or format is revealed.
async function preview(actor: Actor, formData: FormData, run: (bytes: Uint8Array) => Promise<ImportPreview>): Promise<PreviewAnswer> {
  try {
    assertPersonnelImporter(actor);
    const bytes = await fileBytes(formData);
    if (typeof bytes === "string") return { ok: false, error: bytes };
    return { ok: true, preview: await run(bytes) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, error: "notFound" };
    throw error;
  }
}

async function apply(actor: Actor, formData: FormData, run: (bytes: Uint8Array, digest: string) => Promise<ImportResult>): Promise<ApplyAnswer> {
  const digest = formData.get("digest");
  try {
    assertPersonnelImporter(actor);
    const bytes = await fileBytes(formData);
    if (typeof bytes === "string") return { ok: false, error: bytes };
    return { ok: true, result: await run(bytes, typeof digest === "string" ? digest : "") };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") return { ok: false, error: "notFound" };
    if (error.code === "NOT_ALLOWED") return { ok: false, error: "digestMismatch" };
    return { ok: false, error: "hasRejects" };
  }
}

export async function previewStaffImportAction(formData: FormData): Promise<PreviewAnswer> {
  const actor = await requireActor();
  return preview(actor, formData, (bytes) => previewStaffImport(actor, bytes, undefined, absentLeaveOf(formData)));
}

export async function applyStaffImportAction(formData: FormData): Promise<ApplyAnswer> {
  const actor = await requireActor();
  return apply(actor, formData, (bytes, digest) => applyStaffImport(actor, bytes, digest, undefined, absentLeaveOf(formData)));
}

export async function previewUnitImportAction(formData: FormData): Promise<PreviewAnswer> {
  const actor = await requireActor();
  return preview(actor, formData, (bytes) => previewUnitImport(actor, bytes));
}

export async function applyUnitImportAction(formData: FormData): Promise<ApplyAnswer> {
  const actor = await requireActor();
  return apply(actor, formData, (bytes, digest) => applyUnitImport(actor, bytes, digest));
}
