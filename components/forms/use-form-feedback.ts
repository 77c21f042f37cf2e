"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/platform/validation/form-state";

export interface FeedbackOptions {
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
  /** the confirmation after a success: what happened and who was told */
  confirmation?: string;
  /** the queue's next item after a success, one click away */
  next?: { href: string; label: string };
}

/**
 * The one hook for a form's messages: a FormState's problems as the server worded them
 * (lib/platform/validation/form-words.ts, from the form's own sections and then the shared
 * `validation` section), and a success as its confirmation. The browser holds none of the
 * validation messages; only this form's own wording of a key (a conflict on this page) comes
 * first. The summary (ErrorSummary) and each field show what it returns.
 */
export function useFormFeedback(state: FormState, { messages = {}, idPrefix = "", hidden = [] }: FeedbackOptions = {}): FormFeedback {
  const t = useTranslations("validation");
  // A key the server could not word does not happen (form-words.ts falls back itself); the
  // generic message keeps the summary's entry readable if it ever did.
  const text = (key: string, words: string | undefined): string => messages[key] ?? words ?? t("invalid");
  const done = state.ok ? state.done : undefined;
  const nextLabel = done?.next && (messages[done.next.key] ?? done.next.label);
  const fieldId = (field: string) => (field === "_form" || hidden.includes(field) ? null : `${idPrefix}${field}`);
  const errors = Object.entries(state.fieldErrors).map(([field, key]) => ({ field, id: fieldId(field), message: text(key, state.words?.fields[field]) }));
  return {
    state,
    error: (field) => errors.find((entry) => entry.field === field)?.message,
    errors,
    formError: state.formError ? text(state.formError, state.words?.form) : undefined,
    confirmation: done ? (messages[done.key] ?? done.text) : undefined,
    next: done?.next && nextLabel ? { href: done.next.href, label: nextLabel } : undefined,
  };
}
