"use client";

import { useTranslations } from "next-intl";
import { cancelTransferAction } from "@/lib/transfers/transfer-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** Calls off a transfer still waiting for its date. */
export function CancelTransferButton({ transferId, version, label }: { transferId: number; version: number; label: string }) {
  const t = useTranslations("transfers");
  const { state, pending, formProps } = useFormAction<FormState>(cancelTransferAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="transferId" value={transferId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("cancel")}
      </Button>
      {state.formError && !pending ? (
        <p role="alert" className="text-std-16N-170 text-error-1">
          {t("cancelFailed")}
        </p>
      ) : null}
    </form>
  );
}
