import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoleUrl, ensureAppRole } from "@/lib/platform/db/app-role";

/**
 * Issue 17, item 6: the embedded trial's portal connects as a role that owns nothing, set up by
 * ensureAppRole — the function `npm start` calls after the migrations (lib/platform/cli/start.ts) — so
 * the audit trail's append-only trigger binds it as it binds a city deployment. Here it sets up
 * a role of a unique name (roles are server-wide, and other runs share the server) on this run's
 * database, whose tables belong to the migrating role as the trial's belong to its superuser;
 * the role goes again at the end. What the role writes happens in transactions rolled back.
 */
const role = { name: `hagukumi_app_it_${randomUUID().replaceAll("-", "").slice(0, 12)}`, password: randomUUID() };
const helper = `${role.name}_helper`;
let ownerUrl: string;
let owner: pg.Client;

async function signIn(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: appRoleUrl(ownerUrl, role) });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with as the portal's role (null: it succeeded), inside a transaction rolled back. */
async function attempt(client: pg.Client, sql: string): Promise<string | null> {
  await client.query("BEGIN");
  try {
    await client.query(sql);
    return null;
  } catch (error) {
    return error instanceof pg.DatabaseError ? (error.code ?? "unknown") : "unknown";
  } finally {
    await client.query("ROLLBACK");
  }
}

beforeAll(async () => {
  ownerUrl = process.env.DATABASE_URL ?? "";
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  // As on a data folder from a version without it: the role does not exist yet.
  const { rowCount } = await owner.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
  expect(rowCount).toBe(0);
  await ensureAppRole(ownerUrl, role);
});

afterAll(async () => {
  for (const name of [role.name, helper]) {
    const exists = (await owner.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name])).rowCount;
    if (exists === 0) continue;
    await owner.query(`DROP OWNED BY ${owner.escapeIdentifier(name)}`);
    await owner.query(`DROP ROLE ${owner.escapeIdentifier(name)}`);
  }
  await owner.end();
});

describe("the role the trial's portal connects as", () => {
  it("signs in, is no superuser, and owns nothing", async () => {
    const app = await signIn();
    try {
      const { rows } = await app.query<{ me: string; superuser: boolean; owned: number }>(
        "SELECT current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser, (SELECT count(*)::int FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS owned",
      );
      expect(rows[0]).toEqual({ me: role.name, superuser: false, owned: 0 });
    } finally {
      await app.end();
    }
  });

  it("reads and writes the portal's rows, numbering new ones from their sequences", async () => {
    const app = await signIn();
    try {
      await app.query("BEGIN");
      const { rows } = await app.query<{ id: number }>("INSERT INTO org_unit (code, name, kind, path) VALUES ($1, '権限試験', 'BUREAU', '/') RETURNING id", [
        `app-role-${role.name}`,
      ]);
      const id = rows[0]?.id;
      expect(id).toBeGreaterThan(0);
      expect((await app.query("UPDATE org_unit SET path = '/' || id || '/' WHERE id = $1", [id])).rowCount).toBe(1);
      expect((await app.query("DELETE FROM org_unit WHERE id = $1", [id])).rowCount).toBe(1);
      await app.query("ROLLBACK");
    } finally {
      await app.end();
    }
  });

  it("appends to the audit trail and reads it, but cannot change, delete or truncate it", async () => {
    const app = await signIn();
    try {
      await app.query("BEGIN");
      await app.query("INSERT INTO audit_log (action, entity, detail) VALUES ('test.app-role', 'probe', '{}')");
      const { rows } = await app.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.app-role'");
      expect(rows[0]?.n).toBe(1);
      await app.query("ROLLBACK");
      // 42501 either way: the privilege is not granted, and the trigger refuses it besides.
      expect(await attempt(app, "UPDATE audit_log SET action = 'tampered' WHERE id = (SELECT min(id) FROM audit_log)")).toBe("42501");
      expect(await attempt(app, "DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)")).toBe("42501");
      expect(await attempt(app, "TRUNCATE audit_log")).toBe("42501");
      // Nor can it switch the trigger off, which only the owner may.
      expect(await attempt(app, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only_rows")).toBe("42501");
    } finally {
      await app.end();
    }
  });

  it("cannot change the schema nor read the migrations' bookkeeping", async () => {
    const app = await signIn();
    try {
      expect(await attempt(app, "CREATE TABLE app_role_probe (id int)")).toBe("42501");
      expect(await attempt(app, "DROP TABLE employee")).toBe("42501");
      expect(await attempt(app, 'SELECT count(*) FROM "_prisma_migrations"')).toBe("42501");
    } finally {
      await app.end();
    }
  });
});

describe("setting the role up again, as every start does", () => {
  it("is harmless, takes back what was granted by hand since, and grants tables added meanwhile", async () => {
    const name = owner.escapeIdentifier(role.name);
    await owner.query(`CREATE ROLE ${owner.escapeIdentifier(helper)} NOLOGIN`);
    await owner.query(`GRANT ${owner.escapeIdentifier(helper)} TO ${name}`);
    await owner.query(`GRANT UPDATE, DELETE ON audit_log TO ${name}`);
    await owner.query(`ALTER ROLE ${name} CREATEDB`);
    const table = `app_role_added_${role.name}`;
    await owner.query(`CREATE TABLE ${owner.escapeIdentifier(table)} (id int)`);
    try {
      await ensureAppRole(ownerUrl, role);
      await ensureAppRole(ownerUrl, role);
      const { rows } = await owner.query<{ update: boolean; delete: boolean; insert: boolean; createdb: boolean; memberships: number; added: boolean }>(
        `SELECT has_table_privilege($1, 'audit_log', 'UPDATE') AS update, has_table_privilege($1, 'audit_log', 'DELETE') AS delete,
                has_table_privilege($1, 'audit_log', 'INSERT') AS insert,
                (SELECT rolcreatedb FROM pg_roles WHERE rolname = $1) AS createdb,
                (SELECT count(*)::int FROM pg_auth_members WHERE member = (SELECT oid FROM pg_roles WHERE rolname = $1)) AS memberships,
                has_table_privilege($1, $2, 'SELECT') AS added`,
        [role.name, owner.escapeIdentifier(table)],
      );
      expect(rows[0]).toEqual({ update: false, delete: false, insert: true, createdb: false, memberships: 0, added: true });
      // The password is set again each time: the same one still signs in.
      const app = await signIn();
      await app.end();
    } finally {
      await owner.query(`DROP TABLE ${owner.escapeIdentifier(table)}`);
    }
  });
});
