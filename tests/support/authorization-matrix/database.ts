import pg from "pg";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/**
 * The matrix runs on a database of its own, migrated and seeded with the demo organisation:
 * its cells approve plans, close fiscal years, import staff and retire catalogue items, none of
 * which the shared test database may see while other files read it. The test file mocks
 * `@/lib/platform/db/client` with a getter over `matrixClient()`, so every lib/ and app/ module under
 * test talks to this database without knowing it.
 */
let database: ThrowawayDatabase | undefined;
let client: PrismaClient | undefined;

// Cells run concurrently, each holding an interactive transaction at times: a pool wider than
// the runner's concurrency keeps them from queueing for connections.
const POOL_SIZE = 24;

export function matrixClient(): PrismaClient {
  if (!client) throw new Error("the authorization-matrix database is not open yet (beforeAll has not run)");
  return client;
}

export async function openMatrixDatabase(adminUrl: string): Promise<PrismaClient> {
  database = await createThrowawayDatabase(adminUrl, "hagukumi_authz");
  // A database thrown away at the end needs no durable commits, and its queries are too short
  // for JIT compilation to pay off: both only slow thousands of small transactions down.
  const settings = new pg.Client({ connectionString: database.url });
  await settings.connect();
  try {
    await settings.query(`ALTER DATABASE "${database.name}" SET synchronous_commit = off`);
    await settings.query(`ALTER DATABASE "${database.name}" SET jit = off`);
  } finally {
    await settings.end();
  }
  client = createPrismaClient(database.url, POOL_SIZE);
  await seedDemoData(client);
  return client;
}

export async function closeMatrixDatabase(): Promise<void> {
  await client?.$disconnect();
  await database?.drop();
}
