import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DATE_STYLE_COOKIE, DATE_STYLES, LANGUAGES, LOCALE_COOKIE } from "@/lib/platform/i18n/locales";
import { discoverServerActions } from "@/tests/support/authorization-matrix/discover";
import { createFixtures, type Fixtures } from "@/tests/support/fuzz/action-fixtures";
import {
  changedTables,
  closeFuzzDatabase,
  fingerprint,
  openFuzzDatabase,
  watchWrites,
  type Write,
  writeMark,
  writesSince,
} from "@/tests/support/fuzz/action-db";
import { ACTIONS, type ActionSpec, type ActorName, NOT_FUZZED } from "@/tests/support/fuzz/action-table";
import { isCatalogueKey } from "@/tests/support/fuzz/catalogue";
import { type BaseForm, describeForm, type Entry, type FileEntry, hostileForm, toFormData } from "@/tests/support/fuzz/form-data";
import { prototypeKeys } from "@/tests/support/fuzz/hostile";
import { describeOutcome, type Outcome, outcomeOf, succeeded } from "@/tests/support/fuzz/outcome";

/**
 * Issue 8, "Bad input": every server action, called directly with random hostile FormData
 * (real field names with NUL bytes, lone surrogates, full-width digits, 1 MB values, files where
 * text belongs, repeated and missing fields, __proto__ keys), as demo-employee, as the user the
 * form is for, and signed out. Properties, per run:
 *  - no 500: the action answers a form state, returns, redirects, or throws an AppError;
 *  - every message key in the answer exists in ja.json and en.json;
 *  - a refusal writes nothing (row-level triggers on every table of a throwaway database log
 *    each write; a checksum of the whole database per pass checks that they saw everything);
 *  - signed out, every action that needs a session redirects to /signin, or refuses on the form
 *    alone without touching the database, and writes nothing;
 *  - Object.prototype is untouched.
 *
 * fast-check seed 20260803 (fixed, so CI replays the same forms; a failure prints seed and path).
 */
const SEED = 20260803;
// More runs where the valid form is the caller's own (the input reaches the database) than
// where the first check refuses anyway; sign-in hashes a password per run (Argon2, slow on purpose).
const RUNS = { own: 16, foreign: 5, signedOut: 2, signIn: 12 } as const;

const session = vi.hoisted(() => ({ actor: null as Actor | null, cookies: new Map<string, string>(), dbReads: 0 }));

// Every lib/ module reads `db` from here: point it at this file's own database (opened in
// beforeAll, hence a getter).
vi.mock("@/lib/platform/db/client", async () => {
  const { fuzzClient } = await import("@/tests/support/fuzz/action-db");
  return {
    get db() {
      session.dbReads++;
      return fuzzClient();
    },
  };
});

// The signed-in person comes from the test, as lib/platform/auth/actor would read it from the session.
vi.mock("@/lib/platform/auth/actor", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getActor: async () => session.actor,
    requireActor: async () => {
      if (!session.actor) redirect("/signin");
      return session.actor;
    },
  };
});

// Outside a request Next's cache and cookies have no store; the actions only notify them.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (session.cookies.has(name) ? { name, value: session.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void session.cookies.set(name, value),
    delete: (name: string) => void session.cookies.delete(name),
    has: (name: string) => session.cookies.has(name),
    getAll: () => [...session.cookies].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers(),
}));

// Auth.js does not load outside Next (it imports "next/server", which Node's ESM resolution does
// not find), and its signIn needs a live request. Its error classes are stood in for, and signIn
// does what the credentials provider in lib/platform/auth/auth.ts does — the real authenticateWithPassword,
// which checks and audits — answering as Auth.js does: CredentialsSignin for a refusal, a
// redirect for a success.
vi.mock("next-auth", () => {
  class AuthError extends Error {
    type = "AuthError";
  }
  class CredentialsSignin extends AuthError {
    override type = "CredentialsSignin";
  }
  return { AuthError, CredentialsSignin };
});
vi.mock("@/lib/platform/auth/auth", async () => {
  const { CredentialsSignin } = await import("next-auth");
  const { redirect } = await import("next/navigation");
  const { authenticateWithPassword } = await import("@/lib/platform/auth/credentials");
  return {
    OIDC_PROVIDER_ID: "city-idp",
    auth: async () => null,
    handlers: {},
    signOut: async () => redirect("/signin"),
    signIn: async (provider: string, options: Record<string, unknown>) => {
      if (provider !== "password") throw new Error(`no stand-in for provider ${provider}`);
      const result = await authenticateWithPassword(options, "203.0.113.8");
      if (!result) throw new CredentialsSignin();
      redirect(String(options.redirectTo ?? "/") as never);
    },
  };
});

const PROTOTYPE_BEFORE = prototypeKeys();
const SIGN_IN_AUDIT = new Set(["auth.sign-in-failed", "auth.sign-in-throttled"]);

let db: PrismaClient;
let fixtures: Fixtures;

/** Outcomes per action and pass, printed at the end: what the fuzzer actually reached. */
const tally = new Map<string, Record<string, number>>();

beforeAll(async () => {
  db = await openFuzzDatabase(inject("adminDatabaseUrl"));
  fixtures = await createFixtures(db);
  await watchWrites(db);
}, 120_000);

afterAll(async () => {
  const lines = [...tally].map(
    ([key, counts]) =>
      `${key}: ${Object.entries(counts)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(", ")}`,
  );
  console.log(`actions-fuzz outcomes (seed ${SEED})\n${lines.join("\n")}`);
  await closeFuzzDatabase();
});

function count(key: string, outcome: Outcome) {
  const kind =
    outcome.kind === "answer"
      ? outcome.ok
        ? "ok"
        : "refused"
      : outcome.kind === "redirect"
        ? `redirect ${outcome.to.split("?")[0]}`
        : outcome.kind === "app-error"
          ? `AppError ${outcome.code}`
          : outcome.kind;
  const counts = tally.get(key) ?? {};
  counts[kind] = (counts[kind] ?? 0) + 1;
  tally.set(key, counts);
}

function writesAllowed(spec: ActionSpec, outcome: Outcome, formData: FormData, writes: readonly Write[]): boolean {
  if (succeeded(outcome) || spec.mayWrite === "always") return true;
  if (typeof spec.mayWrite === "function") return spec.mayWrite(formData);
  // A refused sign-in is audited (who tried, from where) and counted towards the throttle: the
  // only writes a refusal may make.
  if (spec.mayWrite === "sign-in-audit") {
    return writes.every(
      (write) => write.op === "INSERT" && ((write.tbl === "audit_log" && SIGN_IN_AUDIT.has(String(write.row?.action))) || write.tbl === "sign_in_attempt"),
    );
  }
  return false;
}

/** One request: the properties every run must keep. */
async function check(spec: ActionSpec, actor: Actor | null, entries: Entry[], pass: string): Promise<void> {
  session.actor = actor;
  session.dbReads = 0;
  const mark = await writeMark(db);
  const formData = toFormData(entries);
  const outcome = await outcomeOf(() => spec.run(formData));
  const writes = await writesSince(db, mark);
  count(`${spec.name} [${pass}]`, outcome);
  const seen = `${describeOutcome(outcome)} for ${describeForm(entries).slice(0, 600)}`;

  expect(outcome.kind, `a 500: ${seen}`).not.toBe("crash");
  if (outcome.kind === "answer") {
    const unknown = outcome.keys.filter((key) => !spec.sections.some((section) => isCatalogueKey(`${section}.${key}`)));
    expect(unknown, `message keys outside the catalogue: ${seen}`).toEqual([]);
  }
  if (!actor && !spec.anonymous) {
    // Signed out: sent to sign in, or refused on the form alone (a malformed hidden id) without
    // the database being touched.
    const refusedUnread = outcome.kind === "answer" && !outcome.ok && session.dbReads === 0;
    if (!refusedUnread) expect(outcome, `signed out: ${seen}`).toEqual({ kind: "redirect", to: "/signin" });
  }
  const written = writes.map((write) => `${write.op} ${write.tbl}`);
  if (!writesAllowed(spec, outcome, formData, writes)) expect(written, `a refusal wrote: ${seen}`).toEqual([]);
  // Whatever is posted, a cookie only ever holds one of the values the request config reads.
  const language = session.cookies.get(LOCALE_COOKIE);
  if (language !== undefined) expect(LANGUAGES).toContain(language);
  const dateStyle = session.cookies.get(DATE_STYLE_COOKIE);
  if (dateStyle !== undefined) expect(DATE_STYLES).toContain(dateStyle);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPE_BEFORE);
}

async function fuzz(spec: ActionSpec, who: ActorName | null, runs: number): Promise<void> {
  const actor = who === null ? null : fixtures.actors[who];
  const pass = who === null ? "signed out" : `as demo-${who}`;
  await fc.assert(
    fc.asyncProperty(hostileForm(spec.base(fixtures)), (entries) => check(spec, actor, entries, pass)),
    { seed: SEED, numRuns: runs, interruptAfterTimeLimit: 20_000 },
  );
}

/**
 * Checks the write log itself once per pass: whatever the checksums say changed since the pass
 * began, the triggers must have logged. (Per action it would cost ~40 ms × 165.)
 */
function theLogSawEveryChange() {
  let before: Map<string, string>;
  let mark: number;
  beforeAll(async () => {
    before = await fingerprint(db);
    mark = await writeMark(db);
  });
  it("…and the write log saw every change the database checksums show", async () => {
    const logged = new Set((await writesSince(db, mark)).map((write) => write.tbl));
    expect(changedTables(before, await fingerprint(db)).filter((table) => !logged.has(table))).toEqual([]);
  });
}

describe("the action table is complete", () => {
  it('names every exported server action (every "use server" module)', () => {
    const root = path.resolve(import.meta.dirname, "../..");
    // Found as the authorization matrix finds them: functions, and actions made by actorAction.
    const exported = discoverServerActions(root).map(({ file, name }) => `${file}#${name}`);
    const listed = new Set([...ACTIONS.map((spec) => spec.name), ...Object.keys(NOT_FUZZED)]);
    expect(exported.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

/**
 * Issue 17: the HR division's actions (every one under /city) check the role before they read
 * the form, so someone without it is answered "not found" whatever was posted, and learns
 * neither the form's fields nor its limits, which a field error (or "file too large") would show.
 */
/** The HR division's server actions: everything under /city (the pages that only HR reaches). */
const HR_ACTION_MODULES = [
  "lib/policy/catalogue/catalogue-actions.ts",
  "lib/people/personnel/import-actions.ts",
  "lib/records/programmes/programme-actions.ts",
  "lib/insight/settings/reminder-settings-actions.ts",
  "lib/insight/settings/attention-rule-actions.ts",
  "lib/people/roles/role-actions.ts",
  "lib/year/rollover/rollover-actions.ts",
  "lib/insight/settings/settings-actions.ts",
  "lib/people/transfers/transfer-actions.ts",
];

describe("the HR division's actions, posted with a bad form by someone without the role", () => {
  const hrActions = ACTIONS.filter((spec) => HR_ACTION_MODULES.some((module) => spec.name.startsWith(`${module}#`)));
  const badForms = (base: BaseForm): Record<string, Entry[]> => ({
    "nothing posted": [],
    "every field NUL and 5,000 characters long": Object.keys(base).map((name): Entry => [name, `\u0000${"x".repeat(5_000)}`]),
    "every field empty, every file 6 MB": Object.entries(base).map(([name, value]): Entry => [
      name,
      typeof value === "object" && !Array.isArray(value) ? { file: (value as FileEntry).file, content: "x".repeat(6 * 1024 * 1024) } : "",
    ]),
  });
  const cases = hrActions.flatMap((spec) => (["employee", "supervisor"] as const).map((who) => [`${spec.name} as demo-${who}`, spec, who] as const));

  it("covers every action under /city", () => {
    // Every module named above holds fuzzed actions, and every module the pages under /city
    // import is named above.
    expect(new Set(hrActions.map((spec) => spec.name.split("#")[0]))).toEqual(new Set(HR_ACTION_MODULES));
    const root = path.resolve(import.meta.dirname, "../..");
    const cityPages = readdirSync(path.join(root, "app/(portal)/city"), { recursive: true, encoding: "utf8" }).filter((file) => /\.tsx?$/.test(file));
    const imported = new Set(
      cityPages.flatMap((file) =>
        [...readFileSync(path.join(root, "app/(portal)/city", file), "utf8").matchAll(/from "@\/(lib\/[\w/-]+-actions)"/g)].map((match) => `${match[1]}.ts`),
      ),
    );
    expect([...imported].filter((module) => !HR_ACTION_MODULES.includes(module))).toEqual([]);
  });

  it.each(cases)("%s", async (_name, spec, who) => {
    session.actor = fixtures.actors[who];
    for (const [label, entries] of Object.entries(badForms(spec.base(fixtures)))) {
      const mark = await writeMark(db);
      const answer = (await spec.run(toFormData(entries))) as { ok?: boolean; fieldErrors?: Record<string, string>; formError?: string; error?: string };
      expect(answer, label).toMatchObject({ ok: false });
      expect(answer.fieldErrors ?? {}, label).toEqual({});
      expect(answer.formError ?? answer.error, label).toBe("notFound");
      expect(await writesSince(db, mark), label).toEqual([]);
    }
  });
});

// Passes in this order: the writes of the second pass (HR editing the catalogue, a supervisor
// reviewing) must not turn the first pass's valid forms into refusals before they ran.
describe(`as demo-employee (seed ${SEED})`, () => {
  // (Switching the language and signing in need no session: they are fuzzed signed out.)
  it.each(ACTIONS.filter((spec) => !spec.anonymous).map((spec) => [spec.name, spec] as const))("%s", async (_name, spec) => {
    await fuzz(spec, "employee", spec.actor === "employee" ? RUNS.own : RUNS.foreign);
  });
  theLogSawEveryChange();
});

describe(`as the user the form is for (seed ${SEED})`, () => {
  it.each(ACTIONS.filter((spec) => spec.actor !== "employee").map((spec) => [`${spec.name} as demo-${spec.actor}`, spec] as const))(
    "%s",
    async (_name, spec) => {
      await fuzz(spec, spec.actor, RUNS.own);
    },
  );
  theLogSawEveryChange();
});

describe(`signed out (seed ${SEED})`, () => {
  it.each(ACTIONS.map((spec) => [spec.name, spec] as const))("%s", async (_name, spec) => {
    await fuzz(spec, null, spec.anonymous ? RUNS.signIn : RUNS.signedOut);
  });
  theLogSawEveryChange();
});
