/**
 * `npm start`: runs the portal on this machine.
 * Without DATABASE_URL it starts an embedded PostgreSQL with its data under .data/ (a trial or
 * a first look), with DATABASE_URL it uses that server and never starts an embedded one.
 * Either way it applies pending migrations, loads the demo data into an empty database when
 * asked to, builds once if there is no production build, and serves it with one process per
 * core and the background jobs beside them (serve.ts). The embedded server's tables belong to its
 * superuser, which migrates and seeds; the portal's processes connect as `hagukumi_app`, a role
 * that owns nothing (lib/platform/db/app-role.ts), as the README's deployment section has a city
 * deployment do — so the audit trail is append-only in a trial too.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { appRoleUrl, ensureAppRole } from "@/lib/platform/db/app-role";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "@/lib/platform/db/embedded";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { seedLivingDemo } from "@/prisma/seed/living-demo";
import { servePortal } from "./serve";

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = path.join(root, ".data");
const log = (line: string) => console.log(`[hagukumi] ${line}`);

function fail(message: string): never {
  console.error(`[hagukumi] ${message}`);
  process.exit(1);
}

/**
 * A trial keeps its generated secrets with its data: the session secret, so restarts keep people
 * signed in, and the portal role's password.
 */
function trialSecret(name: "auth-secret" | "app-role-password"): string {
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** The role the embedded trial's server processes connect as. */
const TRIAL_APP_ROLE = "hagukumi_app";

/** A child process and its exit code; `stop` ends it early (a start that failed beside it). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): { exited: Promise<number>; stop: () => void } {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  const exited = new Promise<number>((resolve) => {
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 1);
    });
  });
  return { exited, stop: () => child.kill("SIGTERM") };
}

/**
 * The production build when there is none yet (or `--rebuild`), else nothing: the exit code,
 * 0 when there was nothing to do. HAGUKUMI_START_BUILD: the start's build skips what only a
 * release or a rebuild needs (next.config.ts).
 */
function buildOnce(env: NodeJS.ProcessEnv): { exited: Promise<number>; stop: () => void } {
  if (existsSync(path.join(root, ".next/BUILD_ID")) && !process.argv.includes("--rebuild")) return { exited: Promise.resolve(0), stop: () => undefined };
  log("building the portal (first start only; `npm run build` rebuilds)");
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  return run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production", HAGUKUMI_START_BUILD: "1" });
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
    env.AUTH_SECRET ??= trialSecret("auth-secret");
    env.DEMO_DATA ??= "on";
  }
  Object.assign(process.env, env);
  try {
    // Validate the whole configuration before touching anything: one line names what is wrong.
    await import("@/lib/platform/env");
  } catch (error) {
    await embedded?.stop();
    fail(error instanceof Error ? error.message : String(error));
  }

  // The tables' owner applies migrations; the portal may connect as a role that owns nothing
  // (then it cannot change or delete the audit trail, see the design notes). The owner's
  // address stays in this process only: the build and the servers get the portal's.
  const ownerUrl = env.MIGRATION_DATABASE_URL || env.DATABASE_URL;
  const role = embedded ? { name: TRIAL_APP_ROLE, password: trialSecret("app-role-password") } : undefined;
  if (role) env.DATABASE_URL = appRoleUrl(ownerUrl, role);

  // The first start builds beside the migrations and the demo data rather than after them: the
  // build needs no database, and they took 13 s of a first start on two cores.
  const build = buildOnce({ ...env });
  try {
    const applied = await applyMigrations(ownerUrl, { log });
    if (applied.length === 0) log("database schema is up to date");

    if (env.DEMO_DATA === "on") {
      const db = createPrismaClient(ownerUrl, 2);
      // The demo accounts beside a small generated city (a few hundred staff, their years up to
      // today), so the dashboards have figures from the first look (prisma/seed/living-demo.ts).
      const { seeded } = await seedLivingDemo(ownerUrl, db, { log });
      await db.$disconnect();
      log(seeded ? "demo data loaded (sign in as demo-employee / demo-password)" : "keeping the data already in the database");
    }

    if (role) {
      // Every start, after the migrations: a data folder from before the role gets it, and
      // tables a new release added are granted.
      await ensureAppRole(ownerUrl, role);
      log(`the portal connects as ${TRIAL_APP_ROLE}, which owns no table: the audit trail is append-only for it`);
    }
  } catch (error) {
    build.stop();
    await embedded?.stop();
    fail(error instanceof Error ? error.message : String(error));
  }

  if ((await build.exited) !== 0) {
    await embedded?.stop();
    fail("the build failed");
  }

  const { env: settings } = await import("@/lib/platform/env");
  const code = await servePortal({
    port: settings.PORT,
    hostname: settings.BIND_ADDRESS,
    workers: settings.WEB_CONCURRENCY,
    jobs: settings.JOBS === "on",
    env,
  });
  await embedded?.stop();
  process.exit(code);
}

main().catch(async (error: unknown) => fail(error instanceof Error ? error.message : String(error)));
