/**
 * `npm run db:migrate`: applies pending migrations (for deployments). As the tables' owner,
 * MIGRATION_DATABASE_URL, when the portal itself connects as a less privileged role.
 */
import { applyMigrations } from "@/lib/platform/db/migrate";

const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  console.error("Invalid environment variable: DATABASE_URL (required)");
  process.exit(1);
}
const applied = await applyMigrations(url, { log: console.log });
console.log(applied.length === 0 ? "database schema is up to date" : `applied ${applied.length} migration(s)`);
