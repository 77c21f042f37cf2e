"use client";

import { useTranslations } from "next-intl";
import { revokeRoleAction } from "@/lib/role-assignments/role-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** One row's revoke: ends a started grant yesterday, deletes one not yet started. */
export function RevokeRoleButton({ assignmentId, label }: { assignmentId: number; label: string }) {
  const t = useTranslations("roleAdmin");
  const { state, pending, formProps } = useFormAction<FormState>(revokeRoleAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="assignmentId" value={assignmentId} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("revoke")}
      </Button>
      {state.formError && !pending ? (
        <p role="alert" className="text-std-16N-170 text-error-1">
          {state.formError === "notAllowed" ? t("revokeNotAllowed") : t("revokeFailed")}
        </p>
      ) : null}
    </form>
  );
}
