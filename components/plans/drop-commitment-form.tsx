"use client";

import { useTranslations } from "next-intl";
import { dropCommitmentAction } from "@/app/(portal)/me/plans/actions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/validation/form-state";

export function DropCommitmentForm({ commitmentId, fiscalYear, version }: { commitmentId: number; fiscalYear: number; version: number }) {
  const t = useTranslations("commitments");
  const { state, pending, formProps } = useFormAction(dropCommitmentAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex max-w-3xl flex-col gap-4">
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="fiscalYear" value={fiscalYear} />
      <input type="hidden" name="version" value={version} />
      <TextArea id="reason" name="reason" label={t("dropReason")} rows={2} maxLength={1000} />
      <FormFeedback state={state} pending={pending} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("drop")}
        </Button>
      </div>
    </form>
  );
}
