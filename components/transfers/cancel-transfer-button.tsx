"use client";

import { useTranslations } from "next-intl";
import { cancelTransferAction } from "@/lib/people/transfers/transfer-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** Calls off a transfer still waiting for its date. */
export function CancelTransferButton({ transferId, version, label }: { transferId: number; version: number; label: string }) {
  const t = useTranslations("transfers");
  const { state, pending, formProps } = useFormAction<FormState>(cancelTransferAction, INITIAL_FORM_STATE);
  // Whatever the refusal (gone, applied meanwhile), this row says it in its own words.
  const feedback = useFormFeedback(state, {
    messages: { notAllowed: t("cancelFailed"), notFound: t("cancelFailed"), conflict: t("cancelFailed"), invalid: t("cancelFailed") },
    hidden: ["transferId", "version"],
  });
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="transferId" value={transferId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("cancel")}
      </Button>
    </form>
  );
}
