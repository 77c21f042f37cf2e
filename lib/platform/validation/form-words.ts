import "server-only";
import { createTranslator } from "use-intl/core";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { type Locale, languageOf } from "@/lib/platform/i18n/locales";
import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { runtimeMessage } from "@/lib/platform/i18n/runtime-message";
import type { Confirmation, FormState, MessageValues } from "./form-state";

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

/** How an action's refusals are worded: its feature's sections, and values its messages name that no problem carries. */
export interface Wording {
  /** the feature's own message sections, looked up before the shared `validation` */
  sections?: readonly MessageSection[];
  /** the form's standing values ({min}, {max} of a range the schema holds) */
  values?: MessageValues;
}

const CATALOGUES = { ja, en };

/** A fiscal year travels as its number and is read as the reader's label (令和8年度, FY2026). */
function shown(values: MessageValues, locale: Locale): MessageValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, name === "fiscalYear" && typeof value === "number" ? formatFiscalYear(value, locale) : value]),
  );
}

/**
 * Words a form's answer for the reader, as its confirmation is (below): each
 * refusal's key from the form's own sections first, then the shared `validation` section, with
 * the values its problem carries (a fiscal year) over the form's standing ones. The browser then
 * needs none of the validation messages: every page with a form carried 2–3 KB of them, of which
 * a form could show only a few.
 */
export function formStateInWords(
  state: FormState,
  locale: Locale,
  wording: Wording = {},
  problemValues: Record<string, MessageValues | undefined> = {},
): FormState {
  if (state.ok) return state;
  const t = createTranslator({ locale, messages: CATALOGUES[languageOf(locale)] });
  const word = (key: string, values: MessageValues | undefined): string => {
    const named = shown({ ...wording.values, ...values }, locale);
    const paths = [...(wording.sections ?? []).map((section) => `${section}.validation.${key}`), `validation.${key}`, "validation.invalid"];
    for (const path of paths) {
      const text = runtimeMessage(t, path, undefined, named);
      if (text !== undefined) return text;
    }
    return key;
  };
  const fields = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, word(key, problemValues[field])]));
  return { ...state, words: { fields, ...(state.formError ? { form: word(state.formError, problemValues._form) } : {}) } };
}

/**
 * A confirmation's words and its next item's label, from the catalogue's `confirmations`
 * section (the catalogue as the mails read it: an action has no page to take it from).
 */
export function confirmationInWords(done: Confirmation, locale: Locale): Confirmation {
  const t = createTranslator({ locale, messages: CATALOGUES[languageOf(locale)].confirmations });
  const text = runtimeMessage(t, done.key, undefined, done.values ?? {});
  const label = done.next && runtimeMessage(t, done.next.key, undefined, done.next.values ?? {});
  return { ...done, ...(text === undefined ? {} : { text }), ...(done.next && label !== undefined ? { next: { ...done.next, label } } : {}) };
}
