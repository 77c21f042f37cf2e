import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { readMigrations } from "@/lib/platform/db/migrate";
import { BenchError } from "./errors";
import { ROOT } from "./options";

/** The database names the dataset generator leaves behind (prisma/dataset). */
export const CITY_DATABASE = "hagukumi_city";
export const GROWTH_DATABASES = [
  { name: "hagukumi_city_25", label: "1/4" },
  { name: "hagukumi_city_50", label: "1/2" },
  { name: CITY_DATABASE, label: "full" },
] as const;

/** The full dataset's staff count: a run's scale is named by its ratio to this. */
export const FULL_STAFF = 15_000;

export interface DatasetStats {
  database: string;
  employees: number;
  activeEmployees: number;
  plans: number;
  plansThisYear: number;
  commitments: number;
  postgresVersion: string;
}

/** Raised when a database is missing or empty: the bench never loads data itself. */
export class MissingDataset extends BenchError {}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export interface DatabaseServer {
  /** the URL of hagukumi_city (or of the database given), the base for the growth databases */
  url: string;
  stop: () => Promise<void>;
}

/**
 * The database from --database-url / DATABASE_URL, or, as `npm start` does without one, the
 * embedded PostgreSQL in .data/postgres (it must not be running for `npm start` at the same time).
 */
export async function openDatabaseServer(databaseUrl: string | undefined, log: (line: string) => void): Promise<DatabaseServer> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => undefined };
  log("DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres)");
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, ".data/postgres"),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    database: CITY_DATABASE,
    log,
  });
  return embedded;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    // 3D000: the database does not exist yet
    if ((error as { code?: string }).code === "3D000") throw missing(databaseName(url));
    throw error;
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function missing(database: string): MissingDataset {
  return new MissingDataset(`database ${database} holds no staff: run \`npm run dataset:load\` first (the bench never loads data itself)`);
}

/** Row counts of what the pages read; refuses an empty database (or one without the schema). */
export async function readDatasetStats(url: string, fiscalYear: number): Promise<DatasetStats> {
  const database = databaseName(url);
  return withClient(url, async (client) => {
    const schema = await client.query<{ present: boolean }>("SELECT to_regclass('public.employee') IS NOT NULL AS present");
    if (!schema.rows[0]?.present) throw missing(database);
    const { rows } = await client.query<Omit<DatasetStats, "database" | "postgresVersion">>(
      `SELECT (SELECT count(*) FROM employee)::int AS "employees",
              (SELECT count(*) FROM employee WHERE active)::int AS "activeEmployees",
              (SELECT count(*) FROM development_plan)::int AS "plans",
              (SELECT count(*) FROM development_plan WHERE fiscal_year = $1)::int AS "plansThisYear",
              (SELECT count(*) FROM commitment)::int AS "commitments"`,
      [fiscalYear],
    );
    const counts = rows[0];
    if (!counts || counts.employees === 0) throw missing(database);
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    return { database, ...counts, postgresVersion: version.rows[0]?.server_version ?? "unknown" };
  });
}

/**
 * Migrations in prisma/migrations that the database has not had: the built server expects
 * them (a missing table answers 500), but the dataset may have been loaded before they existed.
 */
export async function pendingMigrations(url: string): Promise<string[]> {
  const migrations = await readMigrations();
  const applied = await withClient(url, async (client) => {
    const table = await client.query<{ present: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present");
    if (!table.rows[0]?.present) return new Set<string>();
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.map((row) => row.migration_name));
  });
  return migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
}

/** The exports and sign-ins the bench makes are audited: it reports how many rows it added. */
export async function countAuditRows(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM audit_log");
    return rows[0]?.count ?? 0;
  });
}

/** A scale's name from its active staff: "full", "1/2", "1/4", or the count for anything else. */
export function detectScaleLabel(activeEmployees: number): string {
  const ratio = activeEmployees / FULL_STAFF;
  const named = [
    { label: "full", ratio: 1 },
    { label: "1/2", ratio: 0.5 },
    { label: "1/4", ratio: 0.25 },
  ].find((scale) => Math.abs(ratio - scale.ratio) <= scale.ratio * 0.2);
  return named?.label ?? `${activeEmployees} staff`;
}
