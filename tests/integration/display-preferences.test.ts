import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { DATE_STYLE_COOKIE, LOCALE_COOKIE } from "@/lib/platform/i18n/locales";
import { restoreDisplayPreferences } from "@/lib/platform/i18n/restore-display-preferences";
import { saveDisplayPreference } from "@/lib/platform/i18n/save-display-preference";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Issue 9: language and calendar are the person's, not the browser's (staff share office PCs).
 * Switching while signed in saves the choice on the person's row (audited) and in the cookie;
 * signing in elsewhere writes the saved choice into that browser's cookies; signing out clears
 * them for the next person. Each browser is a cookie jar of its own here.
 */

const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), actor: null as Actor | null }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (name: string) => void browser.jar.delete(name),
  }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/platform/auth/actor", () => ({ getActor: async () => browser.actor }));
// Auth.js does not load outside Next; sign-out's own work is not what is tested here.
vi.mock("@/lib/platform/auth/auth", () => ({ signOut: async () => undefined }));

const { signOutAction, switchDateStyle, switchLocale } = await import("@/lib/platform/auth/session-actions");

const tag = randomUUID().slice(0, 8);
let unitId = 0;
let actor: Actor;
let otherId = 0;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const saved = (id: number) => db.employee.findUniqueOrThrow({ where: { id }, select: { preferredLanguage: true, dateStyle: true } });
const auditRows = (id: number) =>
  db.auditLog.findMany({
    where: { actorId: id, action: "employee.display-preference" satisfies AuditAction },
    select: { entityId: true, detail: true },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  // A unit of its own outside every bureau's tree, so no dashboard test counts these people.
  const created = await db.orgUnit.create({ data: { code: `it-pref-${tag}`, name: "試験用", kind: "UNIT", path: "/" }, select: { id: true } });
  unitId = (await db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true } })).id;
  const make = (suffix: string) =>
    db.employee.create({
      data: {
        staffNumber: `it-pref-${tag}-${suffix}`,
        name: "試験 表示",
        nameKana: "シケン",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date(Date.UTC(2020, 3, 1)),
        unitId,
      },
      select: { id: true, staffNumber: true, name: true },
    });
  const me = await make("me");
  otherId = (await make("other")).id;
  actor = {
    employeeId: me.id,
    staffNumber: me.staffNumber,
    name: me.name,
    unitId,
    grants: [{ role: "EMPLOYEE", unitId, unitName: "試験用", unitPath: `/${unitId}/`, includeSubunits: false }],
  };
});

afterAll(async () => {
  // Audit rows are append-only: the people stay (unique staff numbers, inactive, in no tree that is counted).
  await db.employee.updateMany({ where: { staffNumber: { startsWith: `it-pref-${tag}` } }, data: { active: false } });
});

beforeEach(() => {
  browser.jar = new Map();
  browser.actor = null;
});

describe("a choice made while signed in", () => {
  it("is saved on the person's own row, audited, and kept in the cookie", async () => {
    browser.actor = actor;
    await switchLocale(form({ locale: "en" }));
    await switchDateStyle(form({ style: "gregorian" }));
    expect(await saved(actor.employeeId)).toEqual({ preferredLanguage: "en", dateStyle: "gregorian" });
    expect(browser.jar).toEqual(
      new Map([
        [LOCALE_COOKIE, "en"],
        [DATE_STYLE_COOKIE, "gregorian"],
      ]),
    );
    expect(await auditRows(actor.employeeId)).toEqual([
      { entityId: String(actor.employeeId), detail: { language: "en" } },
      { entityId: String(actor.employeeId), detail: { dateStyle: "gregorian" } },
    ]);
    // Nobody else's row moved.
    expect(await saved(otherId)).toEqual({ preferredLanguage: null, dateStyle: null });
  });

  it("is restored into another browser's cookies at sign-in, replacing the previous person's", async () => {
    await saveDisplayPreference(actor, { language: "en" });
    await saveDisplayPreference(actor, { dateStyle: "gregorian" });
    browser.jar = new Map([
      [LOCALE_COOKIE, "ja"],
      [DATE_STYLE_COOKIE, "wareki"],
    ]);
    expect(await restoreDisplayPreferences(actor.employeeId)).toEqual({ language: "en", dateStyle: "gregorian" });
    expect(browser.jar).toEqual(
      new Map([
        [LOCALE_COOKIE, "en"],
        [DATE_STYLE_COOKIE, "gregorian"],
      ]),
    );
  });

  it("can be changed back, and the next sign-in restores the latest", async () => {
    browser.actor = actor;
    await switchLocale(form({ locale: "ja" }));
    browser.jar = new Map();
    await restoreDisplayPreferences(actor.employeeId);
    expect(browser.jar.get(LOCALE_COOKIE)).toBe("ja");
  });
});

describe("without a saved choice", () => {
  it("sign-in leaves the browser's choice (made on the sign-in page) as it is", async () => {
    browser.jar = new Map([[LOCALE_COOKIE, "en"]]);
    expect(await restoreDisplayPreferences(otherId)).toEqual({ language: null, dateStyle: null });
    expect(browser.jar).toEqual(new Map([[LOCALE_COOKIE, "en"]]));
  });

  it("a signed-out switch is the browser's only: no row, no audit", async () => {
    const before = (await auditRows(otherId)).length;
    await switchLocale(form({ locale: "en" }));
    expect(browser.jar.get(LOCALE_COOKIE)).toBe("en");
    expect(await saved(otherId)).toEqual({ preferredLanguage: null, dateStyle: null });
    expect((await auditRows(otherId)).length).toBe(before);
  });
});

describe("refusals", () => {
  it("an unknown language or calendar writes neither row nor cookie", async () => {
    browser.actor = actor;
    const before = await saved(actor.employeeId);
    await switchLocale(form({ locale: "fr" }));
    await switchDateStyle(form({ style: "julian" }));
    expect(await saved(actor.employeeId)).toEqual(before);
    expect(browser.jar.size).toBe(0);
    await expect(saveDisplayPreference(actor, { language: "fr" } as never)).rejects.toThrow();
  });

  it("the database itself refuses a value outside the two", async () => {
    await expect(db.employee.update({ where: { id: otherId }, data: { dateStyle: "julian" } })).rejects.toThrow();
  });
});

it("signing out clears the cookies, so the next person at a shared PC starts from the defaults", async () => {
  browser.jar = new Map([
    [LOCALE_COOKIE, "en"],
    [DATE_STYLE_COOKIE, "gregorian"],
  ]);
  await signOutAction();
  expect(browser.jar.size).toBe(0);
});
