import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The audit trail is append-only in the database itself: a role that is not the table's owner
 * (as the portal's role is in production) may insert and read audit rows but never change,
 * delete or truncate them, whatever it was granted. Everything here happens in one transaction
 * that is rolled back, the role included, so nothing is left behind.
 */
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  await client.query("CREATE ROLE hagukumi_app_probe NOLOGIN");
  // More than the portal would ever get: every privilege on the table and its sequence.
  await client.query("GRANT ALL ON audit_log TO hagukumi_app_probe");
  await client.query("GRANT ALL ON SEQUENCE audit_log_id_seq TO hagukumi_app_probe");
  await client.query("SET LOCAL ROLE hagukumi_app_probe");
});

afterAll(async () => {
  await client.query("ROLLBACK");
  await client.end();
});

async function attempt(sql: string, params: unknown[] = []): Promise<string | null> {
  await client.query("SAVEPOINT attempt");
  try {
    await client.query(sql, params);
    await client.query("RELEASE SAVEPOINT attempt");
    return null;
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
    return error instanceof pg.DatabaseError ? (error.code ?? "unknown") : "unknown";
  }
}

describe("audit_log for the portal's role", () => {
  it("accepts new rows and reads them", async () => {
    expect(await attempt("INSERT INTO audit_log (action, entity, detail) VALUES ('test.append-only', 'probe', '{}')")).toBeNull();
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'test.append-only'");
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("refuses to change, delete or truncate them", async () => {
    expect(await attempt("UPDATE audit_log SET action = 'tampered' WHERE action = 'test.append-only'")).toBe("42501");
    expect(await attempt("DELETE FROM audit_log WHERE action = 'test.append-only'")).toBe("42501");
    expect(await attempt("TRUNCATE audit_log")).toBe("42501");
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'test.append-only'");
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
