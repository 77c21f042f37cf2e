import { inject } from "vitest";

// Modules under test read their configuration from the environment, as in production.
process.env.DATABASE_URL = inject("databaseUrl");
// Tests write and then read figures at once: no shared copy may answer for the database.
process.env.FIGURE_CACHE_SECONDS = "0";
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
