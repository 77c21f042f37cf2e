"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { grantRole, revokeRole } from "@/lib/role-assignments/role-assignments";
import { grantRoleSchema, revokeRoleSchema } from "@/lib/role-assignments/schemas";
import { formStateFromError } from "@/lib/validation/action-result";
import { fieldErrorsOf, type FormState, formValues } from "@/lib/validation/form-state";

const PAGE = "/city/roles";

const stringValues = (formData: FormData) => Object.fromEntries(Object.entries(formValues(formData)).filter(([, value]) => typeof value === "string")) as Record<string, string>;

/** Thin: the form's schema, then lib/role-assignments decides (HR only, one transaction, audited). */
export async function grantRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = stringValues(formData);
  const parsed = grantRoleSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await grantRole(actor, parsed.data);
    revalidatePath(PAGE);
    return { ok: true, fieldErrors: {} };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const parsed = revokeRoleSchema.safeParse(stringValues(formData));
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "notFound" };
  try {
    await revokeRole(actor, parsed.data.assignmentId);
    revalidatePath(PAGE);
    return { ok: true, fieldErrors: {} };
  } catch (error) {
    const state = formStateFromError(error);
    revalidatePath(PAGE);
    return state;
  }
}
