import type { z } from "zod";

/**
 * Values a message names: a person, a count (shown with separators by `{count, number}`). A
 * `fiscalYear` given as its number is shown as the reader's label (令和8年度, FY2026).
 */
export type MessageValues = Record<string, string | number>;

/**
 * What a successful action tells the person, in words the catalogue's `confirmations` section
 * holds: what happened and who was told (「差し戻しました。佐久間さんに通知しました。」), and
 * where an action works through a queue, its next item one click away.
 */
export interface Confirmation {
  key: string;
  values?: MessageValues;
  next?: { href: string; key: string; values?: MessageValues; label?: string };
  /**
   * The words, written by the server (lib/platform/validation/form-words.ts) in the reader's
   * language: the browser then needs no copy of the `confirmations` section (6 KB in every page
   * with a form). Absent for a key that section lacks: the form then confirms nothing in words
   * (tests/unit/glossary.test.ts fails on such a key).
   */
  text?: string;
}

/**
 * What a server action answers to its form. Messages are keys of the `validation` sections of
 * the message catalogue, so the same schema serves Japanese and English; `words` says them in
 * the reader's language.
 */
export interface FormState<Values = Record<string, string>> {
  ok: boolean;
  /** field name → message key */
  fieldErrors: Record<string, string>;
  /** a message key for the whole form (conflict, not found…) */
  formError?: string;
  /** after a success, what to confirm (every action names one; `confirmations.saved` is the fallback) */
  done?: Confirmation;
  /** what the person typed, to refill the form after a refusal */
  values?: Partial<Values>;
  /**
   * After a refusal, the same problems in the reader's words, written by the server
   * (lib/platform/validation/form-words.ts): each field's, and the whole form's.
   */
  words?: { fields: Record<string, string>; form?: string };
}

export const INITIAL_FORM_STATE: FormState = { ok: false, fieldErrors: {} };

const CODE_TO_KEY: Record<string, string> = {
  too_big: "tooLong",
  too_small: "required",
  invalid_type: "invalid",
  invalid_format: "invalid",
  invalid_value: "invalid",
  invalid_union: "invalid",
  custom: "invalid",
};

/** A field's problem: a key of the catalogue's `validation` sections, and the values its message names. */
export interface Problem {
  key: string;
  values?: MessageValues;
}

/**
 * The first problem per field, as a catalogue key. Our schemas set keys as messages, and a
 * custom issue's `params` as the values they name (the fiscal year a date must fall in); other
 * issues map by their code.
 */
export function fieldProblemsOf(error: z.ZodError): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (problems[field]) continue;
    const key = issue.message.startsWith("validation.") ? issue.message.slice("validation.".length) : (CODE_TO_KEY[issue.code] ?? "invalid");
    const values = issue.code === "custom" ? messageValues(issue.params) : undefined;
    problems[field] = values ? { key, values } : { key };
  }
  return problems;
}

/** The params of an issue, where they are values a message can name. */
function messageValues(params: Record<string, unknown> | undefined): MessageValues | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The first problem per field, as a catalogue key. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldProblemsOf(error)).map(([field, { key }]) => [field, key]));
}

/** FormData → plain object; repeated names become arrays. */
export function formValues(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  // A plain object (it travels back to client components), so a field named __proto__ is dropped
  // rather than allowed to replace the prototype.
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || key === "__proto__") continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** A form's text fields only (files and repeated names left out), as the schemas read them. */
export function textValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(formValues(formData)).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
}
