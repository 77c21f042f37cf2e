"use client";

import { useTranslations } from "next-intl";
import { endActingReviewerAction } from "@/lib/delegation/acting-reviewer-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** Ends a 代決 before its date. */
export function EndActingReviewerButton({ id, version, label }: { id: number; version: number; label: string }) {
  const t = useTranslations("cycle");
  const { state, pending, formProps } = useFormAction<FormState>(endActingReviewerAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("endActing")}
      </Button>
      {state.formError && !pending ? (
        <p role="alert" className="text-std-16N-170 text-error-1">
          {t("endFailed")}
        </p>
      ) : null}
    </form>
  );
}
