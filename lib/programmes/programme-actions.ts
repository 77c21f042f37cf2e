"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertProgrammeAdmin } from "@/lib/programmes/access";
import { type AttendanceImportPreview, type AttendanceSyncResult, applyAttendanceImport, previewAttendanceImport, setAttendance } from "@/lib/programmes/attendance";
import { type EnrolReport, enrolStaff } from "@/lib/programmes/enrolment";
import { createProgramme, setProgrammeRetired, updateProgramme } from "@/lib/programmes/programmes";
import { MAX_ATTENDANCE_FILE_BYTES } from "@/lib/programmes/read-attendance-csv";
import { attendanceSchema, enrolSchema, programmeCreateSchema, programmeRetireSchema, programmeUpdateSchema, sessionCreateSchema } from "@/lib/programmes/schemas";
import { createSession } from "@/lib/programmes/sessions";
import { formStateFromError, refusedBeforeForm } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";

const PAGE = "/city/programmes";

/** Sign-in, the HR division's role, the form's schema, the write, then the programme pages afresh. */
async function submit<S extends z.ZodType, R>(schema: S, formData: FormData, write: (actor: Actor, data: z.input<S>) => Promise<R>): Promise<FormState & { result?: R }> {
  const actor = await requireActor();
  const refused = refusedBeforeForm(() => assertProgrammeAdmin(actor));
  if (refused) return refused;
  const values = Object.fromEntries(Object.entries(formValues(formData)).filter(([, value]) => typeof value === "string"));
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const result = await write(actor, parsed.data as z.input<S>);
    revalidatePath(PAGE, "layout");
    return { ok: true, fieldErrors: {}, result };
  } catch (error) {
    const state = formStateFromError(error, values);
    if (state.formError === "conflict" || state.formError === "notFound") revalidatePath(PAGE, "layout");
    return state;
  }
}

export async function createProgrammeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(programmeCreateSchema, formData, createProgramme);
}

export async function updateProgrammeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(programmeUpdateSchema, formData, updateProgramme);
}

export async function setProgrammeRetiredAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(programmeRetireSchema, formData, setProgrammeRetired);
}

export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return submit(sessionCreateSchema, formData, createSession);
}

export type EnrolState = FormState & { result?: EnrolReport };

export async function enrolAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  return submit(enrolSchema, formData, enrolStaff);
}

export async function setAttendanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await submit(attendanceSchema, formData, setAttendance);
  return { ok: state.ok, fieldErrors: state.fieldErrors, formError: state.formError };
}

type UploadError = "noFile" | "tooLarge" | "notFound";
export type AttendancePreviewAnswer = { ok: true; preview: AttendanceImportPreview } | { ok: false; error: UploadError };
export type AttendanceApplyAnswer = { ok: true; result: AttendanceSyncResult } | { ok: false; error: UploadError | "digestMismatch" | "hasRejects" | "conflict" };

/** The uploaded file's bytes, held in memory only: nothing is written to disk or kept between requests. */
async function fileBytes(formData: FormData): Promise<Uint8Array | "noFile" | "tooLarge"> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return "noFile";
  if (file.size > MAX_ATTENDANCE_FILE_BYTES) return "tooLarge";
  return new Uint8Array(await file.arrayBuffer());
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

// The role is checked before the file is looked at: to anyone else, no size or format is revealed.
export async function previewAttendanceImportAction(formData: FormData): Promise<AttendancePreviewAnswer> {
  const actor = await requireActor();
  try {
    assertProgrammeAdmin(actor);
    const bytes = await fileBytes(formData);
    if (typeof bytes === "string") return { ok: false, error: bytes };
    return { ok: true, preview: await previewAttendanceImport(actor, Number(text(formData, "sessionId")), bytes) };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) return { ok: false, error: "notFound" };
    throw error;
  }
}

export async function applyAttendanceImportAction(formData: FormData): Promise<AttendanceApplyAnswer> {
  const actor = await requireActor();
  try {
    assertProgrammeAdmin(actor);
    const bytes = await fileBytes(formData);
    if (typeof bytes === "string") return { ok: false, error: bytes };
    const result = await applyAttendanceImport(actor, { sessionId: Number(text(formData, "sessionId")), version: Number(text(formData, "version")), digest: text(formData, "digest") }, bytes);
    revalidatePath(PAGE, "layout");
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "NOT_FOUND") return { ok: false, error: "notFound" };
    if (error.code === "NOT_ALLOWED") return { ok: false, error: "digestMismatch" };
    if (error.code === "CONFLICT") return { ok: false, error: "conflict" };
    return { ok: false, error: "hasRejects" };
  }
}
