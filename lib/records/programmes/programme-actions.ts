"use server";

import { revalidatePath } from "next/cache";
import { actorAction, type ActorActionState } from "@/lib/platform/actions/actor-action";
import { requireActor } from "@/lib/platform/auth/actor";
import { AppError } from "@/lib/platform/errors";
import { formatDate } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import {
  type AttendanceImportPreview,
  type AttendanceSyncResult,
  applyAttendanceImport,
  previewAttendanceImport,
  setAttendance,
} from "@/lib/records/programmes/attendance";
import { type EnrolReport, enrolStaff } from "@/lib/records/programmes/enrolment";
import { createProgramme, setProgrammeRetired, updateProgramme } from "@/lib/records/programmes/programmes";
import { MAX_ATTENDANCE_FILE_BYTES } from "@/lib/records/programmes/read-attendance-csv";
import {
  attendanceSchema,
  enrolSchema,
  programmeCreateSchema,
  programmeRetireSchema,
  programmeUpdateSchema,
  sessionCreateSchema,
} from "@/lib/records/programmes/schemas";
import { createSession } from "@/lib/records/programmes/sessions";

const PAGE = "/city/programmes";

// The HR division's role first, the form's schema, the write, then every programme page afresh.
const programmes = { allow: assertProgrammeAdmin, revalidate: [{ layout: PAGE }] } as const;

export const createProgrammeAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: programmeCreateSchema,
  handle: createProgramme,
  done: (_, { title }) => ({ key: "programmeCreated", values: { title } }),
});

export const updateProgrammeAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: programmeUpdateSchema,
  handle: updateProgramme,
  done: (_, { title }) => ({ key: "programmeUpdated", values: { title } }),
});

export const setProgrammeRetiredAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: programmeRetireSchema,
  handle: setProgrammeRetired,
  done: (_, { retire }) => ({ key: retire ? "programmeRetired" : "programmeRestored" }),
});

export const createSessionAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: sessionCreateSchema,
  handle: createSession,
  done: (_, { startOn }, locale) => ({ key: "sessionCreated", values: { startsOn: formatDate(parseIsoDate(startOn), locale) } }),
});

export type EnrolState = ActorActionState<{ result: EnrolReport }>;

/** The answer lists what became of each pasted line. */
export const enrolAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: enrolSchema,
  handle: enrolStaff,
  answer: (result: EnrolReport) => ({ result }),
  done: (result) => ({ key: "enrolled", values: { count: result.enrolled } }),
});

export const setAttendanceAction = actorAction({
  wording: { sections: ["programmes"] },
  ...programmes,
  schema: attendanceSchema,
  handle: setAttendance,
  done: (result, { status }) => ({ key: "attendanceSet", values: { status, records: result.recordsCreated + result.recordsUpdated + result.recordsDeleted } }),
});

type UploadError = "noFile" | "tooLarge" | "notFound";
export type AttendancePreviewAnswer = { ok: true; preview: AttendanceImportPreview } | { ok: false; error: UploadError };
export type AttendanceApplyAnswer =
  { ok: true; result: AttendanceSyncResult } | { ok: false; error: UploadError | "digestMismatch" | "hasRejects" | "conflict" };

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

// An upload is not an actor action: it answers a preview of a file, or the result of applying
// the file previewed, not a form state. The role is still checked first, before the file is
// looked at: to anyone else, no size or format is revealed.
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
    const result = await applyAttendanceImport(
      actor,
      { sessionId: Number(text(formData, "sessionId")), version: Number(text(formData, "version")), digest: text(formData, "digest") },
      bytes,
    );
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
