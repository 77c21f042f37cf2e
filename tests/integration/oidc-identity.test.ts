import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { identifyOidcUser, staffNumberClaim } from "@/lib/platform/auth/oidc-identity";
import { auditingProviderErrors, auditOidcRefusal, noteAuthError, providerErrorAnswer } from "@/lib/platform/auth/oidc-refusals";
import { endSessionUrl } from "@/lib/platform/auth/provider-logout";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Single sign-on's decisions about the person the identity provider vouched for, against the
 * database: found by the staff number claim, refused with a reason otherwise, each refusal
 * audited. (The whole flow against a real provider is tests/e2e/oidc-sign-in.spec.ts.)
 */

const tag = randomUUID().slice(0, 8);
const staff = { active: `it-oidc-${tag}-active`, departed: `it-oidc-${tag}-departed`, unknown: `it-oidc-${tag}-unknown` };
let unitId = 0;
let activeId = 0;

beforeAll(async () => {
  // A unit of its own outside every bureau's tree, so no dashboard test counts this person.
  const created = await db.orgUnit.create({ data: { code: `it-oidc-${tag}`, name: "試験用", kind: "UNIT", path: "/" }, select: { id: true } });
  unitId = (await db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true } })).id;
  for (const key of ["active", "departed"] as const) {
    const employee = await db.employee.create({
      data: {
        staffNumber: staff[key],
        name: `試験 ${key}`,
        nameKana: "シケン",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date(Date.UTC(2020, 3, 1)),
        unitId,
        active: key === "active",
      },
      select: { id: true },
    });
    if (key === "active") activeId = employee.id;
  }
});

afterAll(async () => {
  // The refusals audited here name staff numbers, not people (no actor): both can go.
  await db.employee.deleteMany({ where: { staffNumber: { in: Object.values(staff) } } });
  await db.orgUnit.delete({ where: { id: unitId } });
});

const refusalsNaming = (subject: string) =>
  db.auditLog.findMany({
    where: { action: "auth.sign-in-refused" satisfies AuditAction, detail: { path: ["subject"], equals: subject } },
    select: { actorId: true, detail: true },
  });

describe("identifyOidcUser", () => {
  it("finds the active employee by the staff number claim of the ID token (preferred_username by default)", async () => {
    expect(await identifyOidcUser({ sub: "s-1", preferred_username: ` ${staff.active} ` }, undefined)).toEqual({
      subject: "s-1",
      staffNumber: staff.active,
      employeeId: activeId,
      refusal: null,
    });
  });

  it.each([
    ["an unknown staff number", { sub: "s-2", preferred_username: staff.unknown }, "unknown-staff-number", staff.unknown],
    ["a departed employee", { sub: "s-3", preferred_username: staff.departed }, "departed", staff.departed],
    ["no claim at all, and no access token for userinfo", { sub: "s-4", name: "番号 なし" }, "missing-claim", null],
    ["a claim that is not a string", { sub: "s-5", preferred_username: 240036 }, "missing-claim", null],
  ] as const)("refuses %s with its reason", async (_label, claims, refusal, staffNumber) => {
    expect(await identifyOidcUser(claims, undefined)).toEqual({ subject: claims.sub, staffNumber, employeeId: null, refusal });
  });

  it("reads only a non-empty string of at most 64 characters", () => {
    expect(staffNumberClaim({ preferred_username: "" })).toBeNull();
    expect(staffNumberClaim({ preferred_username: "x".repeat(65) })).toBeNull();
    expect(staffNumberClaim({ preferred_username: "090029" })).toBe("090029");
    expect(staffNumberClaim(undefined)).toBeNull();
  });
});

describe("refused sign-ins are audited", () => {
  it("with the reason, the staff number and the provider's subject, without an actor", async () => {
    const subject = `it-oidc-${tag}-departed-subject`;
    await auditOidcRefusal({ reason: "departed", staffNumber: staff.departed, subject });
    expect(await refusalsNaming(subject)).toEqual([{ actorId: null, detail: { method: "oidc", reason: "departed", staffNumber: staff.departed, subject } }]);
  });

  it("as the provider's error, with its cause, when Auth.js logs one during the step", async () => {
    const before = await db.auditLog.count({
      where: { action: "auth.sign-in-refused" satisfies AuditAction, detail: { path: ["cause"], string_contains: tag } },
    });
    const answer = await auditingProviderErrors(async () => {
      noteAuthError(new Error(`token endpoint refused the code ${tag}`, { cause: new TypeError("invalid_grant") }));
      return "redirect to /signin?error=Configuration";
    });
    expect(answer).toBe("redirect to /signin?error=Configuration");
    const rows = await db.auditLog.findMany({
      where: { action: "auth.sign-in-refused" satisfies AuditAction, detail: { path: ["cause"], string_contains: tag } },
      select: { detail: true },
    });
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)?.detail).toEqual({
      method: "oidc",
      reason: "provider-error",
      cause: `Error: token endpoint refused the code ${tag} ← TypeError: invalid_grant`,
    });
  });

  it("with the provider's own error answer (without the callback's state) under the error Auth.js ended in", async () => {
    const answer = providerErrorAnswer({ providerId: "city-idp", error: "access_denied", error_description: `aborted ${tag}-answer`, state: "sealed" });
    expect(answer).toEqual({ error: "access_denied", error_description: `aborted ${tag}-answer` });
    await auditingProviderErrors(async () => {
      noteAuthError(answer);
      noteAuthError(new Error("OAuth Provider returned an error"));
    });
    const rows = await db.auditLog.findMany({
      where: { action: "auth.sign-in-refused" satisfies AuditAction, detail: { path: ["cause"], string_contains: `${tag}-answer` } },
      select: { detail: true },
    });
    expect(rows.map((row) => row.detail)).toEqual([
      expect.objectContaining({ cause: `Error: OAuth Provider returned an error ← {"error":"access_denied","error_description":"aborted ${tag}-answer"}` }),
    ]);
    expect(providerErrorAnswer({ providerId: "city-idp" })).toBeNull();
  });

  it("not at all when the step logs nothing, nor for errors outside a step", async () => {
    noteAuthError(new Error(`outside ${tag}-outside`));
    await auditingProviderErrors(async () => "fine");
    expect(
      await db.auditLog.count({
        where: { action: "auth.sign-in-refused" satisfies AuditAction, detail: { path: ["cause"], string_contains: `${tag}-outside` } },
      }),
    ).toBe(0);
  });
});

describe("endSessionUrl", () => {
  it("names the client, hints the ID token and comes back to the sign-in page", () => {
    const url = new URL(
      endSessionUrl("https://idp.example.invalid/session/end?ui=ja", {
        clientId: "hagukumi",
        idToken: "a.b.c",
        postLogoutRedirectUri: "https://portal.example.invalid/signin",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://idp.example.invalid/session/end");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ui: "ja",
      client_id: "hagukumi",
      id_token_hint: "a.b.c",
      post_logout_redirect_uri: "https://portal.example.invalid/signin",
    });
  });

  it("goes without the hint when the session kept no ID token", () => {
    const url = new URL(
      endSessionUrl("https://idp.example.invalid/logout", { clientId: "hagukumi", postLogoutRedirectUri: "https://portal.example.invalid/signin" }),
    );
    expect(url.searchParams.has("id_token_hint")).toBe(false);
    expect(url.searchParams.get("client_id")).toBe("hagukumi");
  });
});
