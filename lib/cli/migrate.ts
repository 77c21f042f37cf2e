/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (for deployments). */
import { applyMigrations } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Invalid environment variable: DATABASE_URL (required)");
  process.exit(1);
}
const applied = await applyMigrations(url, { log: console.log });
console.log(applied.length === 0 ? "database schema is up to date" : `applied ${applied.length} migration(s)`);
