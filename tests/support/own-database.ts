import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData } from "@/prisma/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";

/**
 * A demo database of a test file's own, for tests that change what every other file would see
 * (an HR setting such as "count only verified records") or that count rows exactly. The file
 * mocks `@/lib/platform/db/client` with a getter over `ownClient()`, as the authorization matrix does:
 *
 *   vi.mock("@/lib/platform/db/client", async () => {
 *     const { ownClient } = await import("@/tests/support/own-database");
 *     return { get db() { return ownClient(); } };
 *   });
 */
let database: ThrowawayDatabase | undefined;
let client: PrismaClient | undefined;

export function ownClient(): PrismaClient {
  if (!client) throw new Error("the test file's database is not open yet (beforeAll has not run)");
  return client;
}

/** `seed`: what goes in the fresh, migrated database; the demo by default. */
export async function openOwnDatabase(
  adminUrl: string,
  prefix: string,
  seed: (client: PrismaClient, url: string) => Promise<unknown> = (fresh) => seedDemoData(fresh),
): Promise<PrismaClient> {
  database = await createThrowawayDatabase(adminUrl, prefix);
  client = createPrismaClient(database.url, 8);
  await seed(client, database.url);
  return client;
}

/** The address of the test file's database, for loaders that connect by themselves. */
export function ownDatabaseUrl(): string {
  if (!database) throw new Error("the test file's database is not open yet (beforeAll has not run)");
  return database.url;
}

export async function closeOwnDatabase(): Promise<void> {
  await client?.$disconnect();
  await database?.drop();
}
