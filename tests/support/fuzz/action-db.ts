import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/**
 * The action fuzzer's own database: migrated, seeded with the demo data, and watched. Other test
 * files write to the shared database at the same time, so "this action wrote nothing" can only be
 * told on a database nobody else uses.
 *
 * Every table gets a row-level trigger that appends what changed to `fuzz_write`, so a write is
 * seen per run for the price of one small query (a whole-database checksum takes ~40 ms; it is
 * still taken once per pass, to check that the triggers saw everything). An UPDATE that matches
 * no row fires nothing, and a rolled-back transaction takes its log rows with it: exactly
 * "nothing was written".
 */

let client: PrismaClient | undefined;
let database: ThrowawayDatabase | undefined;

export function fuzzClient(): PrismaClient {
  if (!client) throw new Error("the fuzz database is not open yet (openFuzzDatabase in beforeAll)");
  return client;
}

export async function openFuzzDatabase(adminUrl: string): Promise<PrismaClient> {
  database = await createThrowawayDatabase(adminUrl, "hagukumi_fuzz");
  client = createPrismaClient(database.url);
  await seedDemoData(client);
  return client;
}

export async function closeFuzzDatabase(): Promise<void> {
  await client?.$disconnect();
  await database?.drop();
  client = undefined;
  database = undefined;
}

async function dataTables(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'fuzz_write') ORDER BY 1",
  );
  return rows.map((row) => row.name);
}

export async function watchWrites(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe("CREATE TABLE fuzz_write (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, row jsonb)");
  await db.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_LEVEL = 'STATEMENT' THEN
        INSERT INTO fuzz_write (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO fuzz_write (tbl, op, row) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
      ELSE
        INSERT INTO fuzz_write (tbl, op, row) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW));
      END IF;
      RETURN NULL;
    END $$`);
  for (const table of await dataTables(db)) {
    await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_log_rows AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION fuzz_log_write()`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_log_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION fuzz_log_write()`);
  }
}

export interface Write {
  id: number;
  tbl: string;
  op: string;
  row: Record<string, unknown> | null;
}

/** The id of the last logged write: runs compare against it. */
export async function writeMark(db: PrismaClient): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ id: number }[]>("SELECT coalesce(max(id), 0)::int AS id FROM fuzz_write");
  return row?.id ?? 0;
}

export async function writesSince(db: PrismaClient, mark: number): Promise<Write[]> {
  return db.$queryRawUnsafe<Write[]>("SELECT id::int AS id, tbl, op, row FROM fuzz_write WHERE id > $1 ORDER BY id", mark);
}

/** Rows and a checksum per table: what changed between two of these, the triggers must have seen. */
export async function fingerprint(db: PrismaClient): Promise<Map<string, string>> {
  const tables = await dataTables(db);
  const sql = tables
    .map((table) => `SELECT '${table}' AS t, count(*)::int || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table}" x`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return new Map(rows.map((row) => [row.t, row.h]));
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table)).sort();
}
