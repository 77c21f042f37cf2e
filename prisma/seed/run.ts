// Loads the demo data into the database at DATABASE_URL as `npm start` does (the demo accounts
// beside a small generated city, living-demo.ts): `tsx prisma/seed/run.ts`.
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { seedLivingDemo } from "./living-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}

const db = createPrismaClient(url, 2);
try {
  const { seeded } = await seedLivingDemo(url, db, { log: (line) => console.log(line) });
  console.log(seeded ? "demo data loaded" : "demo data already present");
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
