import { db } from "@/lib/platform/db/client";
import { AppError } from "@/lib/platform/errors";
import type { Relation, Role } from "./matrix";
import type { Watch } from "./records";
import { describeError, type Probe, type ProbeResult } from "./runner";
import type { Scene } from "./scenes";
import { asUser, Redirect } from "./session";

/**
 * Server actions are public endpoints: anyone can post any form to them. Each action has a few
 * cases, each run through the real action with the session mocked (session.ts):
 * - signed out: sent to the sign-in page, nothing written; the same for a session whose account
 *   has been disabled since (the actor is read from the database on every request);
 * - a role and a relation: the record of the form is the actor's own, a colleague's, a team
 *   member's…, as the lib/ matrix has it — someone else's id answers "not found";
 * - forged: the hidden id points at no record (a number no row has) → "not found"; the version
 *   is one the person never saw → "conflict";
 * - tampered: fields the form does not have (status, owner, unit, role, version…) are added to
 *   an otherwise allowed request: it succeeds and none of those values lands.
 * Every refusal writes nothing: the actor's footprint and the watched records are unchanged.
 */

export type ActionOutcome = "ok" | "signin" | "notFound" | "conflict" | "invalid" | "notAllowed" | "refused" | "noop" | "ERROR";

export interface ActionCase {
  /** signed in as the scene's actor, or nobody (the scene still gives the form its records) */
  signedIn: boolean;
  /** the session is the actor's, but their account was disabled since they signed in */
  disabled?: boolean;
  role: Role;
  relation: Relation;
  forge?: "missing" | "stale" | "tamper";
  /** fields replaced for this case only (e.g. a level the actor does not own) */
  override?: Record<string, string>;
  expected: ActionOutcome;
}

export type FormFields = Record<string, string | Blob>;

export interface ActionRow<A = unknown> {
  /** the exported name, as the completeness guard finds it */
  action: string;
  /** its module, from the repository root */
  file: string;
  cases: readonly ActionCase[];
  arrange?: (scene: Scene) => Promise<A>;
  /** the form as the page posts it for the scene's record */
  form: (scene: Scene, arranged: A) => FormFields;
  /** the hidden field naming the record, which a forged request points at nothing */
  idField?: string;
  /** the version field, which a stale request sends as one the person never saw */
  versionField?: string;
  /** for a form that names its record otherwise (e.g. "training:12:3" in one field): how to forge it */
  forge?: { missing: (fields: FormFields) => FormFields; stale: (fields: FormFields) => FormFields };
  /** extra fields of a tampered request */
  tamper?: (scene: Scene, arranged: A) => Record<string, string>;
  /** after a tampered request: did any of its values land */
  landed?: (scene: Scene, arranged: A) => Promise<boolean>;
  invoke: (form: FormData) => Promise<unknown>;
  watch?: (arranged: A, scene: Scene) => Watch[];
  /** answers without writing even when allowed (a preview): its success is "ok", not "noop" */
  readOnly?: boolean;
}

export function actionRow<A>(definition: ActionRow<A>): ActionRow {
  return definition as unknown as ActionRow;
}

export const signedOut = (role: Role, relation: Relation): ActionCase => ({ signedIn: false, role, relation, expected: "signin" });
export const by = (role: Role, relation: Relation, expected: ActionOutcome, override?: Record<string, string>): ActionCase => ({
  signedIn: true,
  role,
  relation,
  expected,
  override,
});
export const disabled = (role: Role, relation: Relation): ActionCase => ({ signedIn: true, disabled: true, role, relation, expected: "signin" });
export const missing = (role: Role, relation: Relation): ActionCase => ({ signedIn: true, role, relation, forge: "missing", expected: "notFound" });
export const stale = (role: Role, relation: Relation): ActionCase => ({ signedIn: true, role, relation, forge: "stale", expected: "conflict" });
export const tampered = (role: Role, relation: Relation): ActionCase => ({ signedIn: true, role, relation, forge: "tamper", expected: "ok" });

/** The HR division's pages: signed out, three other roles, and HR. */
export const HR_CASES: readonly ActionCase[] = [
  signedOut("hr", "none"),
  by("employee", "none", "notFound"),
  by("coordinator", "none", "notFound"),
  by("hq", "none", "notFound"),
  by("hr", "none", "ok"),
];

/** The same, and HR naming a record that does not exist. */
export const HR_WITH_MISSING: readonly ActionCase[] = [...HR_CASES, missing("hr", "none")];

/** An int4 no row has: a forged id must look like any other missing record. */
export const NO_SUCH_ID = "2000000000";

export const caseKey = (row: ActionRow, c: ActionCase) =>
  `${row.action} (${row.file}) | ${c.signedIn ? `${c.disabled ? "disabled " : ""}${c.role}` : `signed out (${c.role}'s form)`} × ${c.relation}${c.forge ? ` × ${c.forge}` : ""}${c.override ? ` × ${JSON.stringify(c.override)}` : ""}`;

/** `ok` is a success of any shape: a state with ok, a redirect elsewhere than the sign-in page, a void return. */
interface Answer {
  outcome: ActionOutcome;
  detail: string;
}

const FORM_ERRORS: Record<string, ActionOutcome> = { notFound: "notFound", conflict: "conflict", notAllowed: "notAllowed" };

/** What the action answered, whether it returned or threw. */
function answerOf(result: { value?: unknown; error?: unknown }): Answer {
  const { value, error } = result;
  if (error instanceof Redirect) {
    if (error.url === "/signin") return { outcome: "signin", detail: error.url };
    // next/navigation's notFound(), as the test stands it in: the 404 page.
    if (error.url === "/_not-found") return { outcome: "notFound", detail: "notFound()" };
    return { outcome: "ok", detail: error.url };
  }
  if (error instanceof AppError) {
    const outcome: ActionOutcome =
      error.code === "NOT_FOUND" ? "notFound" : error.code === "CONFLICT" ? "conflict" : error.code === "NOT_ALLOWED" ? "notAllowed" : "invalid";
    return { outcome, detail: `thrown ${error.message}` };
  }
  if (error !== undefined) return { outcome: "ERROR", detail: describeError(error) };
  if (value === undefined || typeof value !== "object" || value === null || !("ok" in value)) return { outcome: "ok", detail: "returned" };
  const state = value as { ok: boolean; formError?: string; error?: string; fieldErrors?: Record<string, string> };
  if (state.ok) return { outcome: "ok", detail: "ok" };
  const detail = JSON.stringify(state);
  const named = state.formError ?? state.error;
  if (named !== undefined) return { outcome: FORM_ERRORS[named] ?? (state.formError ? "notAllowed" : "refused"), detail };
  return { outcome: Object.keys(state.fieldErrors ?? {}).length > 0 ? "invalid" : "refused", detail };
}

function formFor(row: ActionRow, c: ActionCase, scene: Scene, arranged: unknown): FormData {
  const fields: FormFields = { ...row.form(scene, arranged), ...(c.forge === "tamper" ? row.tamper?.(scene, arranged) : {}), ...c.override };
  let forged = fields;
  if (c.forge === "missing") {
    if (row.forge) forged = row.forge.missing(fields);
    else if (!row.idField) throw new Error(`${row.action}: a forged-id case needs an idField`);
    else forged[row.idField] = NO_SUCH_ID;
  }
  if (c.forge === "stale") {
    if (row.forge) forged = row.forge.stale(fields);
    else if (!row.versionField) throw new Error(`${row.action}: a stale case needs a versionField`);
    else forged[row.versionField] = String(Number(fields[row.versionField]) + 1);
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(forged)) form.append(name, value);
  return form;
}

export function actionProbe(row: ActionRow, c: ActionCase, n: number): Probe {
  return {
    key: caseKey(row, c),
    n,
    role: c.role,
    relation: c.relation,
    arrange: async (scene) => {
      const arranged = row.arrange ? await row.arrange(scene) : undefined;
      if (c.disabled) await db.employee.update({ where: { id: scene.actor.employeeId }, data: { active: false } });
      return arranged;
    },
    trace: (scene, arranged) => row.watch?.(arranged, scene) ?? [],
    run: async (scene, arranged) => {
      const form = formFor(row, c, scene, arranged);
      const result = await asUser(c.signedIn ? scene.actor.employeeId : null, () => row.invoke(form)).then(
        (value: unknown) => ({ value }),
        (error: unknown) => ({ error }),
      );
      const answer = answerOf(result);
      const tamperedLanded = c.forge === "tamper" && row.landed ? await row.landed(scene, arranged) : undefined;
      return { outcome: answer.outcome, tamperedLanded, detail: answer.detail };
    },
  };
}

/** A void action that "succeeded" without writing anything did nothing: a refusal it swallowed. */
export function actionOutcome(row: ActionRow, result: ProbeResult): string {
  return result.outcome === "ok" && !result.wrote && !row.readOnly ? "noop" : result.outcome;
}
