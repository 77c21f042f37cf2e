import pg from "pg";

/**
 * The role the portal's server processes connect as, when the tables belong to another (the
 * README's deployment section, step 5): it reads and writes rows and owns nothing, so the audit
 * trail's append-only trigger binds it (the trigger lets only the tables' owner change or delete
 * audit rows) and it cannot alter the schema. The embedded trial creates it at every start
 * (lib/platform/cli/start.ts); a city deployment sets up the same by hand, as the README says.
 *
 * Run as the tables' owner, after the migrations, so that tables a new release added are granted
 * too. Idempotent: the role is created when missing, and its attributes, password and privileges
 * are set to exactly these every time — a data folder from a version without it gets it, and a
 * privilege granted by hand since is taken back.
 */
export interface AppRole {
  /** the role's name; it is cluster-wide, so tests pass a unique one */
  name: string;
  password: string;
}

// The trail is written and read, never changed; the migrations' own bookkeeping is the owner's.
const INSERT_ONLY = ["audit_log"];
const OWNER_ONLY = ["_prisma_migrations"];

export async function ensureAppRole(ownerUrl: string, role: AppRole): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const name = client.escapeIdentifier(role.name);
  try {
    await client.query("BEGIN");
    // Two starts at once (or two trials on one server) create it once.
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('hagukumi:app-role', 0))");
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
    if (rowCount === 0) await client.query(`CREATE ROLE ${name}`);
    await client.query(
      `ALTER ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(role.password)}`,
    );
    // A member of the owner's role would pass the trigger (it asks pg_has_role … 'MEMBER'): none.
    const { rows: memberships } = await client.query<{ granted: string }>(
      "SELECT r.rolname AS granted FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles a ON a.oid = m.member WHERE a.rolname = $1",
      [role.name],
    );
    for (const { granted } of memberships) await client.query(`REVOKE ${client.escapeIdentifier(granted)} FROM ${name}`);
    const { rows } = await client.query<{ database: string; schema: string }>("SELECT current_database() AS database, current_schema() AS schema");
    const database = client.escapeIdentifier(rows[0]?.database ?? "");
    const schema = client.escapeIdentifier(rows[0]?.schema ?? "public");
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${name}`);
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${name}`);
    await client.query(`REVOKE CREATE ON SCHEMA ${schema} FROM ${name}`);
    // Whatever was granted before (by hand, or by an older release) gives way to exactly this.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${name}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${name}`);
    // Tables the owner adds later (a migration run by `npm run db:migrate` meanwhile) are granted too.
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${name}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${name}`);
    for (const table of INSERT_ONLY) {
      if (await tableExists(client, table)) await client.query(`REVOKE UPDATE, DELETE ON ${client.escapeIdentifier(table)} FROM ${name}`);
    }
    for (const table of OWNER_ONLY) {
      if (await tableExists(client, table)) await client.query(`REVOKE ALL ON ${client.escapeIdentifier(table)} FROM ${name}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [client.escapeIdentifier(table)]);
  return rows[0]?.found !== null && rows[0]?.found !== undefined;
}

/** The same server and database as `ownerUrl`, signed in as the portal's role. */
export function appRoleUrl(ownerUrl: string, role: AppRole): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role.name);
  url.password = encodeURIComponent(role.password);
  return url.toString();
}
