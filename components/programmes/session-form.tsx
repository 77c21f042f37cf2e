"use client";

import { useTranslations } from "next-intl";
import { createSessionAction } from "@/lib/records/programmes/programme-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** A new session of the programme in a fiscal year. */
export function SessionForm({ programmeId, defaultFiscalYear }: { programmeId: number; defaultFiscalYear: number }) {
  const t = useTranslations("programmes");
  const { state, pending, formProps } = useFormAction(createSessionAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, {
    idPrefix: "session-",
    hidden: ["programmeId"],
  });
  const errorOf = feedback.error;
  const value = (name: string, fallback: string) => {
    const typed = state.ok ? undefined : state.values?.[name];
    return typeof typed === "string" ? typed : fallback;
  };
  return (
    <form {...formProps} key={state.ok ? "saved" : "editing"} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="programmeId" value={programmeId} readOnly />
      <Input
        id="session-fiscalYear"
        name="fiscalYear"
        type="number"
        label={t("fields.fiscalYear")}
        requiredLabel={t("required")}
        className="max-w-40"
        defaultValue={value("fiscalYear", String(defaultFiscalYear))}
        error={errorOf("fiscalYear")}
      />
      <Input
        id="session-startOn"
        name="startOn"
        type="date"
        label={t("fields.startOn")}
        requiredLabel={t("required")}
        className="max-w-60"
        defaultValue={value("startOn", "")}
        error={errorOf("startOn")}
      />
      <Input
        id="session-endOn"
        name="endOn"
        type="date"
        label={t("fields.endOn")}
        hint={t("fields.endOnHint")}
        requiredLabel={t("required")}
        className="max-w-60"
        defaultValue={value("endOn", "")}
        error={errorOf("endOn")}
      />
      <Input id="session-venue" name="venue" label={t("fields.venue")} className="max-w-2xl" defaultValue={value("venue", "")} error={errorOf("venue")} />
      <Checkbox id="session-online" name="online" label={t("fields.online")} defaultChecked={value("online", "") === "on"} />
      <Input
        id="session-capacity"
        name="capacity"
        type="number"
        min="1"
        label={t("fields.capacity")}
        hint={t("fields.capacityHint")}
        className="max-w-40"
        defaultValue={value("capacity", "")}
        error={errorOf("capacity")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("addSession")}
        </Button>
      </div>
    </form>
  );
}
