import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { seedDemoData } from "@/prisma/seed";
import { acquireTestServer, createThrowawayDatabase } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

// One throwaway database per run, migrated and loaded with the demo data; dropped at the end.
export default async function setup(project: TestProject) {
  const server = await acquireTestServer();
  const database = await createThrowawayDatabase(server.adminUrl, "hagukumi_it");
  const db = createPrismaClient(database.url);
  await seedDemoData(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await database.drop();
    await server.release();
  };
}
