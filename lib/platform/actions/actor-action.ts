import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireActor } from "@/lib/platform/auth/actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { formStateFromError, problemValuesOf } from "@/lib/platform/validation/action-result";
import { type Confirmation, fieldProblemsOf, type FormState, type MessageValues, textValues } from "@/lib/platform/validation/form-state";
import { confirmationInWords, formStateInWords, type Wording } from "@/lib/platform/validation/form-words";
import { localRoute } from "@/lib/platform/local-route";
import type { Locale } from "@/lib/platform/i18n/locales";
import { readerLocale } from "@/lib/platform/i18n/reader-locale";

/** A page to refresh after a change: its path, or a layout and every page below it. */
export type Revalidation = string | { layout: string };

type Data<T extends z.ZodType, S extends z.ZodType> = z.output<T> & z.output<S>;

export interface ActorActionOptions<T extends z.ZodType<object>, S extends z.ZodType<object>, R> {
  /** An area's role check, run before the form is read, so a caller without it learns nothing of the form. */
  allow?: (actor: Actor) => void;
  /** What the form acts on (hidden ids and versions): a value that fails here was forged, and is "not found". */
  target?: T;
  /** What the person typed: every field's problem comes back at once, as catalogue keys. */
  schema?: S;
  /** Where the form's refusals are worded: its feature's message sections, and the values they name. */
  wording?: Wording;
  /** What the schemas read; the form's text fields unless the form has repeated rows (goals, images…). */
  input?: (formData: FormData) => Record<string, unknown>;
  /** A field error's name in the form, where the schema numbers rows differently from the form. */
  fieldName?: (field: string, formData: FormData) => string;
  /** The domain call: the acting user and the parsed data. lib/ decides who may, and checks again. */
  handle: (actor: Actor, data: Data<T, S>) => Promise<R>;
  /** The pages that show what changed, refreshed after a change and after someone else's (a conflict). */
  revalidate: readonly Revalidation[] | ((data: Data<T, S>, result?: R) => readonly Revalidation[]);
  /** Where to go after a change; without it the form stays and answers `ok`. */
  redirect?: (result: R, data: Data<T, S>) => string;
  /**
   * What the person is told after a change: a key of the catalogue's `confirmations` section, or
   * one with values built from the result (who was told, how many) and the queue's next item.
   * Every action that changes something names what it did; `saved` is only the fallback.
   */
  done?: string | ((result: R, data: Data<T, S>, locale: Locale) => Confirmation);
}

export type ActorActionState<Extra extends object = object> = FormState & Partial<Extra>;

/** A form without a target or without typed fields parses to nothing. */
type Nothing = z.ZodType<Record<never, never>>;
const NOTHING = { success: true, data: {} } as const;
const NOT_FOUND: FormState = { ok: false, fieldErrors: {}, formError: "notFound" };

function refresh(pages: readonly Revalidation[]): void {
  for (const page of pages) {
    if (typeof page === "string") revalidatePath(page);
    else revalidatePath(page.layout, "layout");
  }
}

function renamed<V>(entries: Record<string, V>, rename: ((field: string) => string) | undefined): Record<string, V> {
  return rename ? Object.fromEntries(Object.entries(entries).map(([field, entry]) => [rename(field), entry])) : entries;
}

/**
 * The one pipeline of a server action: who is acting (from the session, never the form), the
 * area's role, the form parsed with zod, the domain call, the pages refreshed, then a redirect or
 * a form state. A refusal of the domain (AppError) comes back as the form's message with what the
 * person typed, except when someone saved first or the record is gone: then the page is refreshed
 * and the form shows the latest version, as the message says. Anything unexpected is thrown.
 * Every answer comes in the reader's words, so that no page sends the browser the catalogue's
 * messages for it.
 */
async function runActorAction<T extends z.ZodType<object>, S extends z.ZodType<object>, R>(
  options: ActorActionOptions<T, S, R>,
  formData: FormData,
): Promise<{ state: FormState; result?: R }> {
  const refused = async (state: FormState, problemValues: Record<string, MessageValues | undefined> = {}) => ({
    state: formStateInWords(state, await readerLocale(), options.wording, problemValues),
  });
  const actor = await requireActor();
  try {
    options.allow?.(actor);
  } catch (error) {
    return refused(formStateFromError(error), problemValuesOf(error));
  }
  const values = textValues(formData);
  const input = options.input?.(formData) ?? values;
  const target = options.target?.safeParse(input) ?? NOTHING;
  if (!target.success) return refused(NOT_FOUND);
  const rename = options.fieldName && ((field: string) => options.fieldName?.(field, formData) ?? field);
  const parsed = options.schema?.safeParse(input) ?? NOTHING;
  if (!parsed.success) {
    const problems = renamed(fieldProblemsOf(parsed.error), rename);
    const fieldErrors = Object.fromEntries(Object.entries(problems).map(([field, { key }]) => [field, key]));
    return refused({ ok: false, fieldErrors, values }, Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem.values])));
  }
  // zod's parse results are typed by each schema; their merge is what Data<T, S> names.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
  const data = { ...target.data, ...parsed.data } as Data<T, S>;
  const pages = (result?: R) => (typeof options.revalidate === "function" ? options.revalidate(data, result) : options.revalidate);
  let result: R;
  try {
    result = await options.handle(actor, data);
  } catch (error) {
    const state = formStateFromError(error, values);
    const problemValues = renamed(problemValuesOf(error), rename);
    if (state.formError !== "conflict" && state.formError !== "notFound")
      return refused({ ...state, fieldErrors: renamed(state.fieldErrors, rename) }, problemValues);
    refresh(pages());
    return refused({ ...state, values: undefined });
  }
  refresh(pages(result));
  // Each action names its own page; typed routes cannot check a path built from data.
  if (options.redirect) redirect(localRoute(options.redirect(result, data)));
  const locale = await readerLocale();
  const done = typeof options.done === "function" ? options.done(result, data, locale) : { key: options.done ?? "saved" };
  return { state: { ok: true, fieldErrors: {}, done: confirmationInWords(done, locale) }, result };
}

/**
 * A server action for a form with useActionState (components/forms/use-form-action.ts).
 * `answer` adds what the page shows after a success (the counts of a rollover…).
 */
export function actorAction<T extends z.ZodType<object> = Nothing, S extends z.ZodType<object> = Nothing, R = unknown, Extra extends object = object>(
  options: ActorActionOptions<T, S, R> & { answer?: (result: R) => Extra },
): (previous: ActorActionState<Extra>, formData: FormData) => Promise<ActorActionState<Extra>> {
  return async (_previous, formData) => {
    const { state, result } = await runActorAction(options, formData);
    // A successful run always carries its result; the answer's fields are the state's extras.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
    return (state.ok && options.answer ? { ...state, ...options.answer(result as R) } : state) as ActorActionState<Extra>;
  };
}

/**
 * A server action for a plain <form action> with no place for a message (a button that starts a
 * plan, moves a row): the same pipeline, and a form refused or wrongly filled leaves the page as
 * it was. Without script the browser still posts it.
 */
export function actorPostAction<T extends z.ZodType<object> = Nothing, S extends z.ZodType<object> = Nothing, R = unknown>(
  options: ActorActionOptions<T, S, R>,
): (formData?: FormData) => Promise<void> {
  // A button with no fields (mark all read) may be called with nothing.
  return async (formData = new FormData()) => {
    await runActorAction(options, formData);
  };
}
