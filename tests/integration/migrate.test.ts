import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, test } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/platform/db/migrate";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/**
 * Our runner stands in for `prisma migrate deploy`, so it must behave like it where it matters:
 * the same bookkeeping (a server that does have Prisma's engine must see nothing to do), never
 * applying a migration twice even when two app instances start at once, and never leaving a
 * migration half done.
 */

const adminUrl = inject("adminDatabaseUrl");
const databases: ThrowawayDatabase[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** An empty database: no tables, not even _prisma_migrations. */
async function emptyDatabase(): Promise<string> {
  const database = await createThrowawayDatabase(adminUrl, "hagukumi_migrate", false);
  databases.push(database);
  return database.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  started_at: Date;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

const migrationRows = (url: string) => query<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

// Read independently of readMigrations(), so that a bug there cannot agree with itself.
async function migrationsOnDisk(dir = MIGRATIONS_DIR): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    })),
  );
}

describe("applyMigrations on the project's migrations", () => {
  test("applies every migration to an empty database and records it as Prisma does", async () => {
    const url = await emptyDatabase();
    const onDisk = await migrationsOnDisk();
    expect(onDisk.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(onDisk.map((m) => m.name));

    // The table must be Prisma's own, column for column, or `prisma migrate` would reject it.
    const columns = await query<{ name: string; type: string; not_null: boolean; default: string | null }>(
      url,
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
              pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = '"_prisma_migrations"'::regclass AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY a.attnum`,
    );
    expect(columns).toEqual([
      { name: "id", type: "character varying(36)", not_null: true, default: null },
      { name: "checksum", type: "character varying(64)", not_null: true, default: null },
      { name: "finished_at", type: "timestamp with time zone", not_null: false, default: null },
      { name: "migration_name", type: "character varying(255)", not_null: true, default: null },
      { name: "logs", type: "text", not_null: false, default: null },
      { name: "rolled_back_at", type: "timestamp with time zone", not_null: false, default: null },
      { name: "started_at", type: "timestamp with time zone", not_null: true, default: "now()" },
      { name: "applied_steps_count", type: "integer", not_null: true, default: "0" },
    ]);

    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(onDisk.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      // Prisma compares this checksum (sha256 of the file, hex) to detect edited migrations.
      expect(row.checksum).toBe(onDisk[index]?.checksum);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ applied_steps_count: 1, rolled_back_at: null, logs: null });
    }
  });

  test("a second run applies nothing and leaves the records untouched", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    const before = await migrationRows(url);

    expect(await applyMigrations(url)).toEqual([]);
    expect(await migrationRows(url)).toEqual(before);
  });

  test("concurrent runs on a fresh database all succeed and apply each migration once", async () => {
    const url = await emptyDatabase();
    const names = (await migrationsOnDisk()).map((m) => m.name);

    // Without the advisory lock both would read an empty table and the slower one would fail
    // on CREATE TYPE/TABLE "already exists". Three runners make a lucky interleaving unlikely.
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);

    expect(results.flat().sort()).toEqual(names);
    expect(results.filter((applied) => applied.length > 0)).toHaveLength(1);
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
  });
});

describe("applyMigrations on a failing migration", () => {
  let dir: string; // a fresh one per test, removed in afterAll

  async function writeMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }

  const tableExists = async (url: string, table: string) =>
    (await query<{ found: string | null }>(url, `SELECT to_regclass($1)::text AS found`, [table]))[0]?.found !== null;

  test("rolls the broken migration back whole, records nothing for it, and names it", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hagukumi-migrations-"));
    tempDirs.push(dir);
    await writeMigration("20260101000000_good", `CREATE TABLE "good_table" ("id" INTEGER PRIMARY KEY);`);
    // The first statements succeed; only the last one fails.
    await writeMigration(
      "20260102000000_broken",
      `CREATE TABLE "half_applied" ("id" INTEGER);
       INSERT INTO "half_applied" VALUES (1);
       ALTER TABLE "good_table" ADD COLUMN "extra" TEXT;
       SELECT * FROM "no_such_table";`,
    );
    await writeMigration("20260103000000_later", `CREATE TABLE "later_table" ("id" INTEGER);`);
    const url = await emptyDatabase();

    const failure = applyMigrations(url, { dir });
    await expect(failure).rejects.toThrow(/20260102000000_broken/);
    await expect(failure).rejects.toThrow(/no_such_table/);

    // The good migration before it stays applied; nothing of the broken one survives, and the
    // runner stopped there instead of carrying on with the later one.
    expect(await tableExists(url, "good_table")).toBe(true);
    expect(await tableExists(url, "half_applied")).toBe(false);
    expect(await tableExists(url, "later_table")).toBe(false);
    const goodColumns = await query<{ column_name: string }>(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'good_table'`);
    expect(goodColumns.map((c) => c.column_name)).toEqual(["id"]);
    expect((await migrationRows(url)).map((row) => row.migration_name)).toEqual(["20260101000000_good"]);

    // Because nothing was recorded, fixing the file is all it takes to carry on.
    await writeMigration("20260102000000_broken", `CREATE TABLE "half_applied" ("id" INTEGER);`);
    expect(await applyMigrations(url, { dir })).toEqual(["20260102000000_broken", "20260103000000_later"]);
  });

  test("a migration and its record commit together: if recording fails, the migration is undone", async () => {
    // A multi-statement query is already atomic on its own (PostgreSQL runs it as one implicit
    // transaction), so only a failure *after* the SQL, while recording it, shows whether the
    // runner wraps both in one transaction. This migration makes its own record impossible.
    dir = await mkdtemp(path.join(tmpdir(), "hagukumi-migrations-"));
    tempDirs.push(dir);
    await writeMigration(
      "20260101000000_unrecordable",
      `CREATE TABLE "made" ("id" INTEGER);
       ALTER TABLE "_prisma_migrations" ADD CONSTRAINT "refuse" CHECK (migration_name <> '20260101000000_unrecordable');`,
    );
    const url = await emptyDatabase();

    await expect(applyMigrations(url, { dir })).rejects.toThrow(/20260101000000_unrecordable.*refuse/);
    expect(await tableExists(url, "made")).toBe(false);
    expect(await migrationRows(url)).toEqual([]);
  });

  test("warns, without re-applying, when an applied migration was edited afterwards", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hagukumi-migrations-"));
    tempDirs.push(dir);
    await writeMigration("20260101000000_good", `CREATE TABLE "good_table" ("id" INTEGER PRIMARY KEY);`);
    const url = await emptyDatabase();
    await applyMigrations(url, { dir });

    await writeMigration("20260101000000_good", `CREATE TABLE "good_table" ("id" BIGINT PRIMARY KEY);`);
    const log: string[] = [];
    expect(await applyMigrations(url, { dir, log: (line) => log.push(line) })).toEqual([]);
    expect(log).toEqual([expect.stringContaining("20260101000000_good was edited")]);
  });
});
