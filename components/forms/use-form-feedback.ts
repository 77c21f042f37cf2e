"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/validation/form-state";

/** A feature's own messages, beside the shared ones: `<section>.validation.<key>` in the catalogue. */
export type MessageSection = "records" | "verifiedRecords" | "ojt" | "interviews" | "programmes" | "roleAdmin" | "attentionRules";

export interface FeedbackOptions {
  /** values the messages name ({fiscalYear}, {max}…) */
  params?: Record<string, string | number>;
  /** the feature's own message sections, looked up before the shared `validation` */
  sections?: readonly MessageSection[];
  /** this form's own wording of a key, already translated (e.g. a conflict on this page) */
  messages?: Partial<Record<string, string>>;
  /** what the form's control ids put before the field's name (`grant-` for `grant-staffNumber`) */
  idPrefix?: string;
  /** fields with no control to link to (hidden ids and versions, the form as a whole) */
  hidden?: readonly string[];
}

export interface FormFeedback {
  state: FormState;
  /** a field's message, for the field's error text */
  error: (field: string) => string | undefined;
  /** every field's message, in the order the server gave them, with the control to link to */
  errors: { field: string; id: string | null; message: string }[];
  /** why the whole form was refused (someone saved first, not allowed now) */
  formError?: string;
  /** the confirmation after a success */
  confirmation?: string;
}

/**
 * The one hook for a form's messages: a FormState's keys (lib/validation/form-state.ts) turned
 * into text, from the form's own sections first and then the shared `validation` section. The
 * summary (ErrorSummary) and each field show what it returns.
 */
export function useFormFeedback(state: FormState, { params = {}, sections = [], messages = {}, idPrefix = "", hidden = [] }: FeedbackOptions = {}): FormFeedback {
  const t = useTranslations();
  const text = (key: string): string => {
    const own = messages[key];
    if (own !== undefined) return own;
    const path = [...sections.map((section) => `${section}.validation.${key}`), `validation.${key}`].find((candidate) => t.has(candidate));
    return path ? t(path, params) : t("validation.invalid");
  };
  const fieldId = (field: string) => (field === "_form" || hidden.includes(field) ? null : `${idPrefix}${field}`);
  const errors = Object.entries(state.fieldErrors).map(([field, key]) => ({ field, id: fieldId(field), message: text(key) }));
  return {
    state,
    error: (field) => errors.find((entry) => entry.field === field)?.message,
    errors,
    formError: state.formError ? text(state.formError) : undefined,
    confirmation: state.ok ? text(state.done ?? "saved") : undefined,
  };
}
