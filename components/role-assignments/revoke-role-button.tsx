"use client";

import { useTranslations } from "next-intl";
import { revokeRoleAction } from "@/lib/people/roles/role-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** One row's revoke: ends a started grant yesterday, deletes one not yet started. */
export function RevokeRoleButton({ assignmentId, label }: { assignmentId: number; label: string }) {
  const t = useTranslations("roleAdmin");
  const { state, pending, formProps } = useFormAction<FormState>(revokeRoleAction, INITIAL_FORM_STATE);
  // This row's own wording of a refusal; the confirmation is the action's.
  const feedback = useFormFeedback(state, { messages: { notAllowed: t("revokeNotAllowed"), notFound: t("revokeFailed"), conflict: t("revokeFailed") } });
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="assignmentId" value={assignmentId} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("revoke")}
      </Button>
    </form>
  );
}
