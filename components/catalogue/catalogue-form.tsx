"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox, Input, Select, TextArea } from "@/components/ui/form-controls";
import {
  addFocusPointAction,
  addInitiativeAction,
  addMeasureAction,
  setRetiredAction,
  updateAreaAction,
  updateFocusPointAction,
  updateFocusThemeAction,
  updateInitiativeAction,
  updateMeasureAction,
  updatePromotionPlanAction,
  updateTargetImageAction,
} from "@/lib/policy/catalogue/catalogue-actions";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** The catalogue's changes, by name: the page says which one a form makes. */
const CATALOGUE_ACTIONS = {
  addFocusPoint: addFocusPointAction,
  addInitiative: addInitiativeAction,
  addMeasure: addMeasureAction,
  setRetired: setRetiredAction,
  updateArea: updateAreaAction,
  updateFocusPoint: updateFocusPointAction,
  updateFocusTheme: updateFocusThemeAction,
  updateInitiative: updateInitiativeAction,
  updateMeasure: updateMeasureAction,
  updatePromotionPlan: updatePromotionPlanAction,
  updateTargetImage: updateTargetImageAction,
} as const;

/** One control of a catalogue form, described by the (server) page. */
export type CatalogueField =
  | { kind: "hidden"; name: string; value: string }
  | { kind: "text" | "textarea" | "number"; name: string; label: string; defaultValue: string; required?: boolean }
  | { kind: "checkbox"; name: string; label: string; defaultChecked: boolean }
  | { kind: "select"; name: string; label: string; defaultValue: string; options: { value: string; label: string }[]; placeholder?: string };

/**
 * A catalogue edit, addition or retirement: the fields, the save button and the answer. The hidden
 * "before…" fields carry what the editor saw, so a change made meanwhile is refused, not lost.
 */
export function CatalogueForm({
  formId,
  action,
  fields,
  submitLabel,
  requiredLabel,
  variant = "primary",
}: {
  formId: string;
  action: keyof typeof CATALOGUE_ACTIONS;
  fields: CatalogueField[];
  submitLabel: string;
  requiredLabel?: string;
  variant?: "primary" | "secondary";
}) {
  const { state, pending, formProps } = useFormAction(CATALOGUE_ACTIONS[action], INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: `${formId}-`, hidden: fields.flatMap((field) => (field.kind === "hidden" ? [field.name] : [])) });
  const errorOf = feedback.error;
  return (
    <form {...formProps} className="flex flex-col gap-4">
      <ErrorSummary feedback={feedback} pending={pending} />
      {fields.map((field) => {
        const id = `${formId}-${field.name}`;
        switch (field.kind) {
          case "hidden":
            return <input key={field.name} type="hidden" name={field.name} value={field.value} readOnly />;
          case "textarea":
            return (
              <TextArea
                key={field.name}
                id={id}
                name={field.name}
                label={field.label}
                defaultValue={field.defaultValue}
                requiredLabel={field.required ? requiredLabel : undefined}
                error={errorOf(field.name)}
              />
            );
          case "checkbox":
            return <Checkbox key={field.name} id={id} name={field.name} label={field.label} defaultChecked={field.defaultChecked} />;
          case "select":
            return (
              <Select
                key={field.name}
                id={id}
                name={field.name}
                label={field.label}
                defaultValue={field.defaultValue}
                options={field.options}
                placeholder={field.placeholder}
                error={errorOf(field.name)}
              />
            );
          default:
            return (
              <Input
                key={field.name}
                id={id}
                name={field.name}
                label={field.label}
                type={field.kind === "number" ? "number" : "text"}
                inputMode={field.kind === "number" ? "numeric" : undefined}
                className={field.kind === "number" ? "max-w-40" : "max-w-2xl"}
                defaultValue={field.defaultValue}
                requiredLabel={field.required ? requiredLabel : undefined}
                error={errorOf(field.name)}
              />
            );
        }
      })}
      <div>
        <Button type="submit" variant={variant} size={variant === "primary" ? "md" : "sm"} disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
