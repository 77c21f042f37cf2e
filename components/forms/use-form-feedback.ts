"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/platform/validation/form-state";

/** Any key of the message catalogue (typed by lib/platform/i18n/app-config.d.ts). */
type Translator = ReturnType<typeof useTranslations<never>>;
type CatalogueKey = Parameters<Translator>[0];

/**
 * The one place a message key is known only at run time: the server's validation keys. has()
 * looks each one up in the catalogue before it is read, so the narrowing is checked — at run
 * time, where the compiler cannot.
 */
function inCatalogue(t: Translator, key: string): key is CatalogueKey {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- has() is the check
  return t.has(key as CatalogueKey);
}

/** A feature's own messages, beside the shared ones: `<section>.validation.<key>` in the catalogue. */
export type MessageSection =
  | "records"
  | "verifiedRecords"
  | "ojt"
  | "interviews"
  | "programmes"
  | "roleAdmin"
  | "trainingApplications"
  | "retention"
  | "yearEnd"
  | "cycle"
  | "attentionRules";

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
  /** the confirmation after a success: what happened and who was told */
  confirmation?: string;
  /** the queue's next item after a success, one click away */
  next?: { href: string; label: string };
}

/**
 * The one hook for a form's messages: a FormState's keys (lib/platform/validation/form-state.ts) turned
 * into text, from the form's own sections first and then the shared `validation` section; a
 * success into its confirmation, as the server worded it. The summary
 * (ErrorSummary) and each field show what it returns.
 */
export function useFormFeedback(
  state: FormState,
  { params = {}, sections = [], messages = {}, idPrefix = "", hidden = [] }: FeedbackOptions = {},
): FormFeedback {
  const t = useTranslations();
  const text = (key: string): string => {
    const own = messages[key];
    if (own !== undefined) return own;
    const path = [...sections.map((section) => `${section}.validation.${key}`), `validation.${key}`].find((candidate) => inCatalogue(t, candidate));
    return path ? t(path, params) : t("validation.invalid");
  };
  // A confirmation comes in words, written by the server from the catalogue's `confirmations`
  // section and the action's values (actor-action.ts); the form's own wording of a key comes
  // first (a count the form shows, say), as for errors.
  const confirm = (key: string, words: string | undefined): string => messages[key] ?? words ?? text(key);
  const done = state.ok ? (state.done ?? { key: "saved" }) : undefined;
  const fieldId = (field: string) => (field === "_form" || hidden.includes(field) ? null : `${idPrefix}${field}`);
  const errors = Object.entries(state.fieldErrors).map(([field, key]) => ({ field, id: fieldId(field), message: text(key) }));
  return {
    state,
    error: (field) => errors.find((entry) => entry.field === field)?.message,
    errors,
    formError: state.formError ? text(state.formError) : undefined,
    confirmation: done ? confirm(done.key, done.text) : undefined,
    next: done?.next ? { href: done.next.href, label: confirm(done.next.key, done.next.label) } : undefined,
  };
}
