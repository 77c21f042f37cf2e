"use client";

import { useTranslations } from "next-intl";
import { saveCountVerifiedOnlyAction, type SettingFormState } from "@/lib/settings/settings-actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";

const INITIAL: SettingFormState = { ok: false, fieldErrors: {} };

/**
 * The HR division's switch between counting every declared training and only confirmed ones.
 * The value shown travels with the form, so a colleague's change in between is not undone.
 */
export function CountVerifiedOnlyForm({ current }: { current: boolean }) {
  const t = useTranslations("verifiedRecords.settings");
  const { state, pending, formProps } = useFormAction(saveCountVerifiedOnlyAction, INITIAL);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {state.formError ? <Notice tone="error" title={state.formError === "conflict" ? t("conflict") : t("notFound")} /> : null}
      <input type="hidden" name="previous" value={current ? "on" : "off"} />
      <Checkbox key={String(current)} id="count-verified-only" name="countVerifiedOnly" label={t("countVerifiedOnly")} defaultChecked={current} aria-describedby="count-verified-only-hint" />
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
