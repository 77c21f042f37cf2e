/**
 * The server the end-to-end tests run against: a fresh throwaway database, migrated and loaded
 * with the demo data, and a production build of the current source served on E2E_PORT.
 * Playwright starts it (webServer) and stops it with SIGTERM, when the database is dropped.
 */
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { seedDemoData } from "@/prisma/seed";
import { plantCanaries } from "./canaries";
import { E2E_SMTP_PORT, SERVER_CLOCK_FILE, shiftServerClock } from "./server-clock";
import { SERVER_DATABASE_FILE } from "./server-database";
import { acquireTestServer, createThrowawayDatabase } from "../support/postgres-server";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function run(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

const server = await acquireTestServer();
const database = await createThrowawayDatabase(server.adminUrl, "hagukumi_e2e");
const db = createPrismaClient(database.url, 2);
await seedDemoData(db);
await plantCanaries(db);
await db.$disconnect();
writeFileSync(SERVER_DATABASE_FILE, database.url);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database.url,
  AUTH_SECRET: "end-to-end-tests-secret-0123456789abcdef",
  // The tests move this server's clock (a transfer dated tomorrow) and read its mail.
  HAGUKUMI_TEST_CLOCK_FILE: SERVER_CLOCK_FILE,
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_FROM: "hagukumi@example.invalid",
  JOB_INTERVAL_SECONDS: "1",
};
shiftServerClock(0);

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  rmSync(SERVER_DATABASE_FILE, { force: true });
  await database.drop().catch((error: unknown) => console.error(`could not drop ${database.name}: ${String(error)}`));
  await server.release();
  process.exit(code);
}

// The build uses the same environment as the server, so its configuration check is real.
const build = run(["build"], env);
build.on("exit", (code) => {
  if (code !== 0) return void shutdown(code ?? 1);
  // As `npm start` serves it: one process per core on one port, the background jobs beside them.
  const app = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/platform/cli/serve.ts")], {
    cwd: root,
    env: { ...env, PORT: process.env.E2E_PORT ?? "3100" },
    stdio: "inherit",
  });
  app.on("exit", (appCode) => void shutdown(appCode ?? 0));
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => app.kill(signal));
});
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => build.kill(signal));
