import { inject } from "vitest";

// Modules under test read their configuration from the environment, as in production.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
