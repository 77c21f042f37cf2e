"use client";

import { useTranslations } from "next-intl";
import { saveCountVerifiedOnlyAction } from "@/lib/insight/settings/settings-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * The HR division's switch between counting every declared training and only confirmed ones.
 * The value shown travels with the form, so a colleague's change in between is not undone.
 */
export function CountVerifiedOnlyForm({ current }: { current: boolean }) {
  const t = useTranslations("verifiedRecords.settings");
  const { state, pending, formProps } = useFormAction(saveCountVerifiedOnlyAction, INITIAL_FORM_STATE);
  // This page's own wording; the switch and the value it was shown are not fields one types.
  const feedback = useFormFeedback(state, { messages: { conflict: t("conflict"), notFound: t("notFound") }, hidden: ["countVerifiedOnly", "previous"] });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="previous" value={current ? "on" : "off"} />
      <Checkbox
        key={String(current)}
        id="count-verified-only"
        name="countVerifiedOnly"
        label={t("countVerifiedOnly")}
        defaultChecked={current}
        aria-describedby="count-verified-only-hint"
      />
      <p id="count-verified-only-hint" className="max-w-3xl text-std-16N-170 text-solid-gray-800">
        {t("countVerifiedOnlyHint")}
      </p>
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
