"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { saveProxyContentAction } from "@/lib/year/plans/proxy-actions";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/**
 * 代理入力: the career vision from a member's paper sheet, typed in by their reviewer. Transfer
 * wishes and the self-assessment are not here: they are the member's own to write.
 */
export function ProxyContentForm({ plan }: { plan: { id: number; version: number; visionNow: string; vision3Years: string; vision10Years: string } }) {
  const t = useTranslations("proxyEntry");
  const { state, pending, formProps } = useFormAction(saveProxyContentAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["planId", "version"] });
  const error = feedback.error;
  return (
    // The key makes the form take the saved values after a save or a refused (stale) one.
    <form key={plan.version} {...formProps} className="flex max-w-3xl flex-col gap-6">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <TextArea
        id="visionNow"
        name="visionNow"
        label={t("visionNow")}
        requiredLabel={t("required")}
        defaultValue={plan.visionNow}
        error={error("visionNow")}
        maxLength={4000}
      />
      <TextArea
        id="vision3Years"
        name="vision3Years"
        label={t("vision3Years")}
        defaultValue={plan.vision3Years}
        error={error("vision3Years")}
        maxLength={4000}
      />
      <TextArea
        id="vision10Years"
        name="vision10Years"
        label={t("vision10Years")}
        defaultValue={plan.vision10Years}
        error={error("vision10Years")}
        maxLength={4000}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
