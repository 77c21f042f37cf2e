import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { applyMigrations } from "@/lib/platform/db/migrate";

/**
 * The PostgreSQL server the tests run against: TEST_DATABASE_ADMIN_URL when given (CI points
 * it at the machine's server), otherwise an embedded one under .data/, so a clean clone on a
 * laptop needs nothing installed.
 */
export async function acquireTestServer(): Promise<{ adminUrl: string; release: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_ADMIN_URL;
  if (given) return { adminUrl: given, release: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.resolve(".data/test-postgres"),
    port: Number(process.env.TEST_EMBEDDED_PORT ?? 54330),
    database: "postgres",
  });
  return { adminUrl: embedded.url, release: embedded.stop };
}

export interface ThrowawayDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** A fresh, migrated database with a unique name; drop() removes it. */
export async function createThrowawayDatabase(adminUrl: string, prefix: string, migrate = true): Promise<ThrowawayDatabase> {
  await dropStaleDatabases(adminUrl, prefix);
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (migrate) await applyMigrations(url.toString());
  return {
    url: url.toString(),
    name,
    drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * A run that was killed (or whose embedded server stopped first) leaves its database behind;
 * the next run removes those older than a few hours, never one a parallel run may still use.
 */
async function dropStaleDatabases(adminUrl: string, prefix: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
    for (const { datname } of rows) {
      const createdAt = Number.parseInt(datname.slice(prefix.length + 1).split("_")[0] ?? "", 36);
      if (Number.isFinite(createdAt) && Date.now() - createdAt > STALE_AFTER_MS) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
  });
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
