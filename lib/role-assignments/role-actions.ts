"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { assertRoleAssigner, grantRole, revokeRole } from "@/lib/role-assignments/role-assignments";
import { grantRoleSchema, revokeRoleSchema } from "@/lib/role-assignments/schemas";
import { formStateFromError, refusedBeforeForm } from "@/lib/validation/action-result";
import { type FormState, textValues } from "@/lib/validation/form-state";
import { submitForm } from "@/lib/validation/submit-form";

const PAGE = "/city/roles";

/** Thin: the HR division's role first, the form's schema, then lib/role-assignments decides (one transaction, audited). */
export async function grantRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return refusedBeforeForm(() => assertRoleAssigner(actor)) ?? submitForm(formData, grantRoleSchema, (data) => grantRole(actor, data), PAGE);
}

export async function revokeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const refused = refusedBeforeForm(() => assertRoleAssigner(actor));
  if (refused) return refused;
  const parsed = revokeRoleSchema.safeParse(textValues(formData));
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
