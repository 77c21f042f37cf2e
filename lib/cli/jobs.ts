/**
 * `npm run jobs`: the portal's background work — transfers taking effect on their date,
 * reminders, e-mail digests — every JOB_INTERVAL_SECONDS. `npm start` runs it beside the portal;
 * in production run it once per database (more is harmless: see lib/jobs/run-jobs.ts).
 */
import { createPrismaClient } from "@/lib/db/create-client";
import { runJobs } from "@/lib/jobs/run-jobs";

const { env } = await import("@/lib/env");
const client = createPrismaClient(env.DATABASE_URL, 2);
const settings = { smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null, portalUrl: env.PORTAL_URL };
const log = (line: string) => console.log(`[jobs] ${line}`);

let stopping = false;
let timer: NodeJS.Timeout | undefined;
let wake: (() => void) | undefined;

async function stop() {
  stopping = true;
  if (timer) clearTimeout(timer);
  wake?.();
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

log(`every ${env.JOB_INTERVAL_SECONDS} s; e-mail ${settings.smtp ? "through SMTP" : "kept in the outbox (no SMTP_URL)"}`);
while (!stopping) {
  try {
    const run = await runJobs(client, settings);
    const raised = Object.values(run.reminders).reduce((sum, count) => sum + count, 0);
    if (run.transfersApplied + raised + run.digestsWritten + run.mailsSent + run.mailsFailed > 0) {
      log(`transfers ${run.transfersApplied}, reminders ${raised}, digests ${run.digestsWritten}, sent ${run.mailsSent}, failed ${run.mailsFailed}`);
    }
  } catch (error) {
    // The database may be restarting: the next round tries again.
    console.error(`[jobs] round failed: ${(error as Error).message}`);
  }
  await new Promise<void>((resolve) => {
    wake = resolve;
    timer = setTimeout(resolve, env.JOB_INTERVAL_SECONDS * 1000);
  });
}
await client.$disconnect();
