import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/platform/auth/credentials";
import { forgetExpiredSignInAttempts, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, THROTTLE_WINDOW_MINUTES } from "@/lib/platform/auth/sign-in-throttle";
import { hashPassword } from "@/lib/platform/auth/password";
import { db } from "@/lib/platform/db/client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-org-chart";

/**
 * Password sign-in answers only "this employee" or null, and leaves an audit row for every
 * attempt it gets to check. Accounts are made here with unique staff numbers, and audit rows
 * are counted by the staff number they name, so that other test files signing in at the same
 * time cannot move the counts.
 */

const tag = randomUUID().slice(0, 8);
const PASSWORD = "correct horse battery staple";
const staff = {
  active: `it-pw-${tag}-active`,
  inactive: `it-pw-${tag}-inactive`,
  noCredential: `it-pw-${tag}-nocred`,
  unknown: `it-pw-${tag}-unknown`,
  locked: `it-pw-${tag}-locked`,
  shared: `it-pw-${tag}-shared`,
  burst: `it-pw-${tag}-burst`,
  mistyped: `it-pw-${tag}-mistyped`,
};
type Account = "active" | "inactive" | "noCredential" | "locked" | "shared" | "burst" | "mistyped";
let unitId = 0;
const ids: Record<Account, number> = { active: 0, inactive: 0, noCredential: 0, locked: 0, shared: 0, burst: 0, mistyped: 0 };

beforeAll(async () => {
  // A unit of its own outside every bureau's tree: its active accounts are in no head-count that
  // the dashboard tests running at the same time check.
  const created = await db.orgUnit.create({ data: { code: `it-pw-${tag}`, name: "試験用", kind: "UNIT", path: "/" }, select: { id: true } });
  const unit = await db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true } });
  unitId = unit.id;
  const passwordHash = await hashPassword(PASSWORD);
  for (const key of ["active", "inactive", "noCredential", "locked", "shared", "burst", "mistyped"] as const) {
    const employee = await db.employee.create({
      data: {
        staffNumber: staff[key],
        name: `試験 ${key}`,
        nameKana: "シケン",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date(Date.UTC(2020, 3, 1)),
        unitId: unit.id,
        // Inactive employees are not counted anywhere, so only the active accounts are briefly visible.
        active: key !== "inactive",
        credential: key === "noCredential" ? undefined : { create: { passwordHash } },
      },
    });
    ids[key] = employee.id;
  }
});

afterAll(async () => {
  await db.employee.deleteMany({ where: { staffNumber: { in: Object.values(staff) } } });
  await db.orgUnit.delete({ where: { id: unitId } });
});

type AuditRow = { action: string; actorId: number | null; entity: string; detail: unknown };

async function auditRowsFor(staffNumber: string): Promise<AuditRow[]> {
  return db.$queryRaw<AuditRow[]>`
    SELECT action, actor_id AS "actorId", entity, detail FROM audit_log
    WHERE entity = 'session' AND detail->>'staffNumber' = ${staffNumber} ORDER BY id`;
}

/** Runs one attempt and returns its answer and the audit rows it added for that staff number. */
async function attempt(staffNumber: string, input: unknown) {
  const before = await auditRowsFor(staffNumber);
  const result = await authenticateWithPassword(input);
  const after = await auditRowsFor(staffNumber);
  return { result, added: after.slice(before.length), grew: after.length - before.length };
}

describe("authenticateWithPassword", () => {
  it("answers the employee id for the right password and audits auth.sign-in with the actor", async () => {
    const { result, added, grew } = await attempt(staff.active, { staffNumber: staff.active, password: PASSWORD });
    expect(result).toEqual({ employeeId: ids.active });
    expect(grew).toBe(1);
    expect(added).toEqual([
      { action: "auth.sign-in", actorId: ids.active, entity: "session", detail: { method: "password", staffNumber: staff.active, address: "unknown" } },
    ]);
  });

  it("trims the staff number, as a pasted one often has spaces", async () => {
    const { result, added } = await attempt(staff.active, { staffNumber: `  ${staff.active} `, password: PASSWORD });
    expect(result).toEqual({ employeeId: ids.active });
    expect(added.map((row) => row.action)).toEqual(["auth.sign-in"]);
  });

  it("signs in a seeded demo account with the demo password", async () => {
    const id = (await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-employee" } })).id;
    expect(await authenticateWithPassword({ staffNumber: "demo-employee", password: DEMO_PASSWORD })).toEqual({ employeeId: id });
  });

  // A wrong password, an unknown number, a disabled account and one without a password must be
  // indistinguishable to the caller and in the audit row (no actor, same shape).
  it.each([
    ["a wrong password", () => staff.active, "wrong-password"],
    ["a password differing only in case", () => staff.active, PASSWORD.toUpperCase()],
    ["an unknown staff number", () => staff.unknown, PASSWORD],
    ["an inactive employee with the right password", () => staff.inactive, PASSWORD],
    ["an employee without a credential", () => staff.noCredential, PASSWORD],
  ])("answers null for %s and audits auth.sign-in-failed without an actor", async (_label, staffNumberOf, password) => {
    const staffNumber = staffNumberOf();
    const { result, added, grew } = await attempt(staffNumber, { staffNumber, password });
    expect(result).toBeNull();
    expect(grew).toBe(1);
    expect(added).toEqual([
      { action: "auth.sign-in-failed", actorId: null, entity: "session", detail: { method: "password", staffNumber, address: "unknown" } },
    ]);
  });

  it("never writes the password into the audit log", async () => {
    await attempt(staff.active, { staffNumber: staff.active, password: "a-secret-that-must-not-leak" });
    const leaked = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM audit_log WHERE detail::text LIKE '%a-secret-that-must-not-leak%'`;
    expect(leaked[0]?.n).toBe(0);
  });

  // Input that fails the schema is turned away before any lookup. It is not audited: there is
  // no staff number to attribute it to, and logging arbitrary 64 kB strings would let anyone
  // grow the audit log at will. The answer is still the same null.
  it.each([
    ["an empty staff number", { staffNumber: "", password: PASSWORD }, ""],
    ["a blank staff number", { staffNumber: "   ", password: PASSWORD }, ""],
    ["an empty password", { staffNumber: staff.active, password: "" }, staff.active],
    ["an oversized staff number", { staffNumber: "9".repeat(65), password: PASSWORD }, "9".repeat(65)],
    ["an oversized password", { staffNumber: staff.active, password: "x".repeat(257) }, staff.active],
  ])("answers null for %s and writes no audit row", async (_label, input, auditedAs) => {
    const { result, grew } = await attempt(auditedAs, input);
    expect(result).toBeNull();
    expect(grew).toBe(0);
  });

  it.each([[null], [undefined], ["demo-employee"], [{ staffNumber: 12345, password: PASSWORD }], [{ staffNumber: "demo-employee" }]])(
    "answers null for malformed input %j",
    async (input) => {
      expect(await authenticateWithPassword(input)).toBeNull();
    },
  );

  it("accepts the longest allowed password and staff number without error", async () => {
    const { result, grew } = await attempt("8".repeat(64), { staffNumber: "8".repeat(64), password: "y".repeat(256) });
    expect(result).toBeNull();
    expect(grew).toBe(1);
  });
});

describe("throttling failed sign-ins", () => {
  it(`locks a staff number after ${MAX_FAILURES_PER_ACCOUNT} failures, even for the right password, with the same answer`, async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      expect(await authenticateWithPassword({ staffNumber: staff.locked, password: `guess-${i}` }, `198.51.100.${i}`)).toBeNull();
    }
    const { result, added } = await attempt(staff.locked, { staffNumber: staff.locked, password: PASSWORD });
    expect(result).toBeNull();
    expect(added).toEqual([
      { action: "auth.sign-in-throttled", actorId: null, entity: "session", detail: { method: "password", staffNumber: staff.locked, address: "unknown" } },
    ]);
    // Another account is not affected.
    expect(await authenticateWithPassword({ staffNumber: staff.shared, password: PASSWORD })).toEqual({ employeeId: ids.shared });
  });

  it(`locks an address after ${MAX_FAILURES_PER_ADDRESS} failures, whichever staff numbers it tries`, async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}-${tag}`;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await authenticateWithPassword({ staffNumber: `it-pw-${tag}-spray-${i}`, password: "guess" }, address);
    }
    expect(await authenticateWithPassword({ staffNumber: staff.shared, password: PASSWORD }, address)).toBeNull();
    expect(await authenticateWithPassword({ staffNumber: staff.shared, password: PASSWORD }, "192.0.2.10")).toEqual({ employeeId: ids.shared });
  }, 60_000);
});

/** How the audit trail says a batch of attempts ended: passwords checked (right or wrong) and attempts refused unchecked. */
function outcomes(rows: AuditRow[]) {
  const count = (action: string) => rows.filter((row) => row.action === action).length;
  return { checked: count("auth.sign-in") + count("auth.sign-in-failed"), throttled: count("auth.sign-in-throttled"), total: rows.length };
}

describe("throttling concurrent sign-ins", () => {
  // Counted after the check, as it was, all twenty of these were checked and the right one signed in.
  it(`checks at most ${MAX_FAILURES_PER_ACCOUNT} passwords of a burst on one staff number, and refuses the right one fired last`, async () => {
    const attempts = [
      ...Array.from({ length: 19 }, (_, i) => ({ staffNumber: staff.burst, password: `burst-guess-${i}` })),
      { staffNumber: staff.burst, password: PASSWORD },
    ];
    // Each from its own address, as a botnet would: only the per-account limit can stop them.
    const results = await Promise.all(attempts.map((input, i) => authenticateWithPassword(input, `198.51.100.${100 + i}`)));
    expect(results.at(-1)).toBeNull();
    expect(results.every((result) => result === null)).toBe(true);
    const seen = outcomes(await auditRowsFor(staff.burst));
    expect(seen.total).toBe(attempts.length);
    // The first five counted are checked (a fresh account: none failed before), the rest refused unchecked.
    expect(seen.checked).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(seen.throttled).toBe(attempts.length - MAX_FAILURES_PER_ACCOUNT);
    // The account stays locked for its owner too, until the window has passed.
    expect(await authenticateWithPassword({ staffNumber: staff.burst, password: PASSWORD }, "192.0.2.44")).toBeNull();
  }, 60_000);

  it(`checks at most ${MAX_FAILURES_PER_ADDRESS} passwords of a burst from one address across staff numbers`, async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}-burst-${tag}`;
    const sprayed = Array.from({ length: MAX_FAILURES_PER_ADDRESS + 10 }, (_, i) => `it-pw-${tag}-burst-spray-${i}`);
    const results = await Promise.all(sprayed.map((staffNumber) => authenticateWithPassword({ staffNumber, password: "guess" }, address)));
    expect(results.every((result) => result === null)).toBe(true);
    const rows = await db.$queryRaw<AuditRow[]>`
      SELECT action, actor_id AS "actorId", entity, detail FROM audit_log
      WHERE entity = 'session' AND detail->>'address' = ${address} ORDER BY id`;
    const seen = outcomes(rows);
    expect(seen.total).toBe(sprayed.length);
    expect(seen.checked).toBe(MAX_FAILURES_PER_ADDRESS);
    expect(seen.throttled).toBe(sprayed.length - MAX_FAILURES_PER_ADDRESS);
    for (const row of rows) expect(row.detail).toMatchObject({ method: "password" });
    // The address is locked for a right password too; the same person elsewhere is not.
    expect(await authenticateWithPassword({ staffNumber: staff.shared, password: PASSWORD }, address)).toBeNull();
    expect(await authenticateWithPassword({ staffNumber: staff.shared, password: PASSWORD }, "192.0.2.45")).toEqual({ employeeId: ids.shared });
  }, 60_000);

  it("takes a right password's attempt back, so a person who mistyped is not counted for signing in", async () => {
    const staffNumber = staff.mistyped;
    const address = `192.0.2.${Math.floor(Math.random() * 200) + 1}-${tag}`;
    const counted = async () => db.signInAttempt.count({ where: { staffNumber, address } });
    expect(await authenticateWithPassword({ staffNumber, password: "typo" }, address)).toBeNull();
    expect(await counted()).toBe(1);
    expect(await authenticateWithPassword({ staffNumber, password: PASSWORD }, address)).toEqual({ employeeId: ids.mistyped });
    expect(await counted()).toBe(1);
  });

  it("forgets attempts once they are older than the window, and keeps the recent ones", async () => {
    const staffNumber = `it-pw-${tag}-expired`;
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db.signInAttempt.createMany({
      data: [
        { staffNumber, address: "192.0.2.50", at: minutesAgo(THROTTLE_WINDOW_MINUTES + 1) },
        { staffNumber, address: "192.0.2.50", at: minutesAgo(THROTTLE_WINDOW_MINUTES - 1) },
      ],
    });
    await forgetExpiredSignInAttempts(db);
    const left = await db.signInAttempt.findMany({ where: { staffNumber }, select: { at: true } });
    expect(left).toHaveLength(1);
    expect(left[0]!.at.getTime()).toBeGreaterThan(minutesAgo(THROTTLE_WINDOW_MINUTES).getTime());
  });
});
