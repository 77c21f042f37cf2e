"use client";

import { useTranslations } from "next-intl";
import { grantRoleAction } from "@/lib/people/roles/role-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox, Input, Select } from "@/components/ui/form-controls";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** What the pickers above the form chose (app/(portal)/city/roles): the fields start from it. */
export interface GrantChosen {
  staffNumber?: string | undefined;
  /** the person, named for the field's hint */
  person?: string | undefined;
  unitCode?: string | undefined;
  unit?: string | undefined;
}

/**
 * Grants a role to a member of staff; the unit only for unit-scoped roles. The person and the
 * unit come from the pickers by name, filled in here as their staff number and unit code (which
 * someone who knows them may still type).
 */
export function GrantRoleForm({ roleOptions, chosen }: { roleOptions: { value: string; label: string }[]; chosen: GrantChosen }) {
  const t = useTranslations("roleAdmin");
  const { state, pending, formProps } = useFormAction<FormState>(grantRoleAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "grant-" });
  const errorOf = feedback.error;
  const value = (name: string) => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : undefined;
  };
  return (
    // Re-mounted after a success so the next grant starts from an empty form, and after a
    // choice in a picker so the fields take it up.
    <form {...formProps} key={`${state.ok ? "done" : "editing"}/${chosen.staffNumber ?? ""}/${chosen.unitCode ?? ""}`} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      <Input
        id="grant-staffNumber"
        name="staffNumber"
        label={t("staffNumber")}
        requiredLabel={t("required")}
        hint={chosen.person ? t("picker.chosenHint", { choice: chosen.person }) : t("picker.staffNumberHint")}
        defaultValue={value("staffNumber") ?? chosen.staffNumber}
        error={errorOf("staffNumber")}
        autoComplete="off"
      />
      <Select
        id="grant-role"
        name="role"
        label={t("role")}
        requiredLabel={t("required")}
        options={roleOptions}
        placeholder={t("chooseRole")}
        defaultValue={value("role") ?? ""}
        error={errorOf("role")}
      />
      <Input
        id="grant-unitCode"
        name="unitCode"
        label={t("unitCode")}
        hint={chosen.unit ? t("picker.chosenHint", { choice: chosen.unit }) : t("unitCodeHint")}
        defaultValue={value("unitCode") ?? chosen.unitCode}
        error={errorOf("unitCode")}
        autoComplete="off"
      />
      <Checkbox id="grant-includeSubunits" name="includeSubunits" label={t("includeSubunitsLabel")} defaultChecked={value("includeSubunits") === "on"} />
      <Input
        id="grant-validFrom"
        name="validFrom"
        type="date"
        label={t("validFrom")}
        hint={t("validFromHint")}
        defaultValue={value("validFrom")}
        error={errorOf("validFrom")}
      />
      <Input
        id="grant-validTo"
        name="validTo"
        type="date"
        label={t("validTo")}
        hint={t("validToHint")}
        defaultValue={value("validTo")}
        error={errorOf("validTo")}
      />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {t("grant")}
        </Button>
      </div>
    </form>
  );
}
