"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { deleteAttentionRuleAction } from "@/lib/settings/attention-rule-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/validation/form-state";

/** One rule's removal, guarded by the version the officer saw; a refusal says why beside the button. */
export function DeleteAttentionRuleButton({ ruleId, version, label }: { ruleId: number; version: number; label: string }) {
  const t = useTranslations("attentionRules");
  const { state, pending, formProps } = useFormAction<FormState>(deleteAttentionRuleAction, INITIAL_FORM_STATE);
  return (
    <form {...formProps} className="flex flex-col gap-1">
      <input type="hidden" name="ruleId" value={ruleId} readOnly />
      <input type="hidden" name="version" value={version} readOnly />
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-busy={pending} aria-label={label}>
        {t("delete")}
      </Button>
      {state.formError && !pending ? (
        <p role="alert" className="text-std-16N-170 text-error-1">
          {state.formError === "conflict" ? t("conflict") : t("notFound")}
        </p>
      ) : null}
    </form>
  );
}
