import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only. The portal applies migrations itself (lib/platform/db/migrate.ts)
// because every CLI command wants to download the schema engine first.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/hagukumi" },
});
