/**
 * `npm run jobs`: the portal's background work — transfers taking effect on their date,
 * reminders, e-mail digests — every JOB_INTERVAL_SECONDS. `npm start` and `npm run serve` run it
 * beside the portal on every instance; one of them per database does the work at a time, the
 * holder of an advisory lock (lib/platform/jobs/jobs-leadership.ts), and another takes over if it goes.
 */
import { createPrismaClient } from "@/lib/platform/db/create-client";
import { jobsLeadership } from "@/lib/platform/jobs/jobs-leadership";
import { runJobs } from "@/lib/platform/jobs/run-jobs";

const { env } = await import("@/lib/platform/env");
const client = createPrismaClient(env.DATABASE_URL, 2);
const settings = { smtp: env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null, portalUrl: env.PORTAL_URL };
const log = (line: string) => console.log(`[jobs] ${line}`);
const leadership = jobsLeadership(env.DATABASE_URL);
let leading = false;

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
async function round() {
  const run = await runJobs(client, settings);
  const raised = Object.values(run.reminders).reduce((sum, count) => sum + count, 0);
  if (run.transfersApplied + raised + run.digestsWritten + run.mailsSent + run.mailsFailed > 0) {
    log(`transfers ${run.transfersApplied}, reminders ${raised}, digests ${run.digestsWritten}, sent ${run.mailsSent}, failed ${run.mailsFailed}`);
  }
  const destroyed = run.retention ? Object.entries(run.retention).filter(([, count]) => count > 0) : [];
  if (destroyed.length > 0) log(`retention: ${destroyed.map(([kind, count]) => `${kind} ${count}`).join(", ")}`);
}

while (!stopping) {
  const lead = await leadership.lead();
  if (lead !== leading) log(lead ? "this instance runs the jobs" : "another instance runs the jobs (or the database is away): standing by");
  leading = lead;
  // The database may be restarting: the next round tries again.
  if (lead) await round().catch((error: unknown) => console.error(`[jobs] round failed: ${error instanceof Error ? error.message : String(error)}`));
  await new Promise<void>((resolve) => {
    wake = resolve;
    timer = setTimeout(resolve, env.JOB_INTERVAL_SECONDS * 1000);
  });
}
await leadership.close();
await client.$disconnect();
