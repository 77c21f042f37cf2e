import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { type ActionCase, actionOutcome, actionProbe, type ActionRow, caseKey } from "@/tests/support/authorization-matrix/action-matrix";
import { ACTION_TABLE } from "@/tests/support/authorization-matrix/action-table";
import { closeMatrixDatabase, matrixClient, openMatrixDatabase } from "@/tests/support/authorization-matrix/database";
import { discoverDataAccessFunctions, discoverServerActions } from "@/tests/support/authorization-matrix/discover";
import { rowKey } from "@/tests/support/authorization-matrix/matrix";
import { indexFootprintColumns } from "@/tests/support/authorization-matrix/records";
import { cellProbe, cellsOf, type ProbeResult, runProbes, SUCCESS } from "@/tests/support/authorization-matrix/runner";
import { TABLE } from "@/tests/support/authorization-matrix/table";
import { loadWorld } from "@/tests/support/authorization-matrix/world";

/**
 * Issue 8, "Authorization, proven as a matrix": who may do what to whose records, for every
 * data-access function of lib/ and every server action of app/, run against a database of its
 * own (migrated and seeded with the demo organisation).
 *
 * - The lib/ table (tests/support/authorization-matrix/table.ts, one file per domain) lists
 *   each function that takes the acting person with its matrix: role (employee, supervisor,
 *   bureau coordinator, HR division, and the headquarters as a fifth column) × relation of the
 *   record to them (own, team, bureau, other 局, former supervisor after a transfer, OJT trainer;
 *   `none` for functions with no subject record, which are per role) → outcome. Denials are
 *   cells like any other.
 * - Every cell gets fresh people (scenes.ts) and records (records.ts): a read must return the
 *   record or refuse; a write must succeed and leave a trace, or refuse and change nothing (the
 *   actor's footprint anywhere in the database, and the subject's records, compared whole).
 * - The server actions (action-table.ts) are called as the endpoints they are, with the
 *   session mocked per call and the real requireActor(): every action has a signed-out case
 *   (sent to sign in, nothing written), and savePlanContentAction, reviewPlanAction and
 *   grantRoleAction one for a session whose account has since been disabled. Beyond that —
 *   · the whole approvePlan matrix through the form: reviewPlanAction;
 *   · each role on its own record, someone else's id (a colleague's, a team member's, another
 *     局's), a non-existent id, and where the form carries a version, a stale one (a conflict on
 *     one's own record; on someone else's still "not found", so a version never tells that a
 *     record exists): every action of me/plans, plans/[planId], me/records, notifications,
 *     commitments, interviews, ojt and team/ojt/new;
 *   · extra fields (status, owner/employee/supervisor ids, unit, level, reviewer, version…)
 *     added to an allowed request, which must not land: savePlanContentAction,
 *     saveReflectionAction, submitPlanAction, startPlanAction, addCommitmentAction,
 *     updateCommitmentAction (both), recordProgressAction, reviewPlanAction,
 *     createCommitmentAction (and a level it does not own), submitCommitmentAction,
 *     reviewCommitmentAction, create/updateTrainingAction, create/updateQualificationAction,
 *     markAllReadAction (a colleague's notification), recordInterviewAction,
 *     updateInterviewAction, createOjtPlanAction, updateOjtPlanAction, logOjtSessionAction,
 *     grantRoleAction;
 *   · the HR division's pages (city/catalogue, city/programmes, city/roles, city/import,
 *     city/rollover): signed out, employee, coordinator, HQ (not found) and HR (allowed), plus a
 *     non-existent id where the form names a record;
 *   · the public actions (signOutAction, signInWithPassword, signInWithOidc): signed in or not,
 *     they answer without writing anything; switchLocale and switchDateStyle write only the
 *     signed-in person's own row.
 * - The completeness guard finds the functions and actions in the source (discover.ts) and
 *   fails on any without rows, and on rows naming one that no longer exists.
 *
 * Cells run in bulk in beforeAll (runner.ts) and each is reported by its own test.
 */

// Every lib/ and app/ module under test reads `db` from here: point it at this file's own
// database (database.ts). A getter, because the database exists only once beforeAll has run.
vi.mock("@/lib/platform/db/client", async () => {
  const { matrixClient } = await import("@/tests/support/authorization-matrix/database");
  return {
    get db() {
      return matrixClient();
    },
  };
});
// The session, per call (session.ts); requireActor() and loadActor() stay real.
vi.mock("@/lib/platform/auth/session-cookie", async () => {
  const { readSession } = await import("@/tests/support/authorization-matrix/session");
  return { readSession };
});
vi.mock("@/lib/platform/auth/auth", async () => {
  const { sessionAuth } = await import("@/tests/support/authorization-matrix/session");
  return { auth: sessionAuth, signIn: async () => undefined, signOut: async () => undefined, handlers: {}, OIDC_PROVIDER_ID: "city-idp" };
});
// next-auth itself does not load outside Next (it imports next/server); the sign-in action
// only needs its error class.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/navigation", async () => {
  const { redirectTo } = await import("@/tests/support/authorization-matrix/session");
  return { redirect: redirectTo, notFound: () => redirectTo("/_not-found") };
});
// Outside a Next request there is no cache to revalidate and no cookie jar.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));

const ROOT = path.resolve(import.meta.dirname, "../..");
const cells = cellsOf(TABLE);
const actionCases = ACTION_TABLE.flatMap((row) => row.cases.map((c) => ({ row, c })));
let results: Map<string, ProbeResult>;

beforeAll(async () => {
  await openMatrixDatabase(inject("adminDatabaseUrl"));
  await indexFootprintColumns();
  const world = await loadWorld();
  // The figures' statements are planned from statistics; a database fresh from its template
  // has none until autovacuum happens by, and planned blind the bureau's section figures took
  // over the 30 s statement timeout on some runs. Production databases are analysed.
  await matrixClient().$executeRawUnsafe("ANALYZE");
  const probes = [...cells.map(cellProbe), ...actionCases.map(({ row, c }, i) => actionProbe(row, c, cells.length + i))];
  results = await runProbes(world, probes);
}, 240_000);

afterAll(async () => {
  await closeMatrixDatabase();
});

const resultOf = (key: string): ProbeResult => {
  const result = results.get(key);
  if (!result) throw new Error(`the cell did not run: ${key}`);
  return result;
};

describe("completeness guard", () => {
  const label = ({ file, name }: { file: string; name: string }) => `${file}#${name}`;

  it("has rows for every lib/ function that takes the acting person, and none for a function that is gone", () => {
    const found = new Set(discoverDataAccessFunctions(ROOT).map(label));
    const listed = new Set(TABLE.map((row) => label({ file: row.file, name: row.fn })));
    expect(found.size, "the scan found nothing: is it looking in the right place?").toBeGreaterThan(100);
    expect([...found].filter((fn) => !listed.has(fn)).sort(), "functions without rows in the matrix").toEqual([]);
    expect([...listed].filter((fn) => !found.has(fn)).sort(), "rows naming a function that no longer takes an Actor (or no longer exists)").toEqual([]);
  });

  it("has cases for every server action, and none for an action that is gone", () => {
    const found = new Set(discoverServerActions(ROOT).map(label));
    const listed = new Set(ACTION_TABLE.map((row) => label({ file: row.file, name: row.action })));
    expect(found.size).toBeGreaterThan(50);
    expect([...found].filter((action) => !listed.has(action)).sort(), "server actions without cases").toEqual([]);
    expect([...listed].filter((action) => !found.has(action)).sort(), "cases naming an action that no longer exists").toEqual([]);
  });

  it("names every cell and every action case once", () => {
    const keys = [...cells.map((cell) => cell.key), ...actionCases.map(({ row, c }) => caseKey(row, c))];
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it("gives every action that needs a session a signed-out case", () => {
    const isPublic = (row: ActionRow) => row.file === "lib/platform/auth/session-actions.ts" || row.file === "lib/platform/auth/sign-in-actions.ts";
    const without = ACTION_TABLE.filter((row) => !isPublic(row) && !row.cases.some((c) => !c.signedIn && c.expected === "signin")).map((row) => row.action);
    expect(without).toEqual([]);
  });
});

describe.each(TABLE.map((row) => [rowKey(row), row] as const))("%s", (_key, row) => {
  it.each(cells.filter((cell) => cell.row === row).map((cell) => [`${cell.role} × ${cell.relation} → ${cell.expected}`, cell] as const))(
    "%s",
    (_name, cell) => {
      const result = resultOf(cell.key);
      // The detail (the refusal's message, or the error) is the message, so a failing cell says what the product answered.
      expect(result.outcome, result.detail).toBe(cell.expected);
      const succeeded = SUCCESS.includes(cell.expected);
      if (row.kind === "write") expect(result.wrote, succeeded ? "an allowed write must leave a trace" : "a refused write must change nothing").toBe(succeeded);
      if (row.kind === "read" && !succeeded) expect(result.wrote, "a refused read must leave no trace").toBe(false);
    },
  );
});

const caseName = (c: ActionCase) =>
  `${c.signedIn ? `${c.disabled ? "disabled " : ""}${c.role}` : "signed out"} × ${c.relation}${c.forge ? ` × ${c.forge}` : ""}${c.override ? ` × ${JSON.stringify(c.override)}` : ""} → ${c.expected}`;

describe.each(ACTION_TABLE.map((row) => [`${row.action} (${row.file})`, row] as const))("action %s", (_key, row) => {
  it.each(row.cases.map((c) => [caseName(c), c] as const))("%s", (_name, c) => {
    const result = resultOf(caseKey(row, c));
    expect(actionOutcome(row, result), result.detail).toBe(c.expected);
    if (c.expected !== "ok") expect(result.wrote, "a refused or empty request must change nothing").toBe(false);
    if (c.forge === "tamper") expect(result.tamperedLanded, "a field the form does not have must not land").toBe(false);
  });
});
