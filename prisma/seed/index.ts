import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import { hashPassword } from "@/lib/platform/auth/password";
import { type CalendarDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { seedCatalogue } from "./catalogue";
import { seedDemoTransfers } from "./demo-transfers";
import { seedDemoYear } from "./demo-year";
import { DEMO_PASSWORD, seedDemoOrganisation } from "./demo-organisation";

// Any fixed number will do, as long as nothing else in the portal takes the same advisory lock.
const SEED_LOCK_KEY = 4_826_001;

/** Whether the demo is loaded: by its audit row beside a city, by the policy on its own. */
async function demoLoaded(client: Pick<PrismaClient, "policy" | "auditLog">, besideCity: boolean): Promise<boolean> {
  return besideCity ? (await client.auditLog.count({ where: { action: "seed.demo" } })) > 0 : (await client.policy.count()) > 0;
}

/**
 * Loads the policy catalogue and the demo organisation into an empty database, all or nothing.
 * A database that already has a policy is left alone, so restarting a trial install keeps
 * whatever its users entered. `besideCity`: the generated city is already there with the
 * catalogue (living-demo.ts), and the demo joins it. `today`: the day the demo's year runs up to
 * (today in Tokyo unless a test fixes it).
 */
export async function seedDemoData(db: PrismaClient, options: { besideCity?: boolean; today?: CalendarDate } = {}): Promise<{ seeded: boolean }> {
  const besideCity = options.besideCity === true;
  const today = options.today ?? tokyoDate();
  if (await demoLoaded(db, besideCity)) return { seeded: false };

  // Hashed once, outside the transaction: argon2 is slow on purpose, and every demo account
  // shares the same password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.$transaction(
    async (tx) => {
      // Two processes starting together would both see an empty database; the lock makes the
      // second wait for the first and then find the policy there.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await demoLoaded(tx, besideCity)) return { seeded: false };

      const catalogue = besideCity ? {} : await seedCatalogue(tx);
      const organisation = await seedDemoOrganisation(tx, passwordHash);
      const year = await seedDemoYear(tx, today);
      await seedDemoTransfers(tx, fiscalYearOf(today));
      await recordAudit(tx, { actorId: null, action: "seed.demo", entity: "system", detail: { ...catalogue, ...organisation, ...year } });
      return { seeded: true };
    },
    { timeout: 60_000 },
  );
}
