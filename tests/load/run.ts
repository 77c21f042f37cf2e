/**
 * `npm run load`: the portal under load on the city dataset, served as the README deploys it
 * (`npm run serve`: lib/platform/cli/serve.ts, one server process per core, the jobs beside them, each
 * process behind the overload gate). Three modes, each a run of its own with its own section in
 * tests/load/RESULTS.md; each builds first (`--no-build` serves the existing .next build).
 *
 * 1. Closed loop (issue 8), the default, about 9 minutes with the build:
 *      DATABASE_URL=postgresql://postgres@127.0.0.1:5433/hagukumi_city npm run load -- \
 *        --restart-command 'pg_ctlcluster --skip-systemctl-redirect -m fast 15 load restart'
 *    100 signed-in users of every role, each waiting for an answer and thinking 5–15 s before
 *    the next request: reads, writes and scope probes for 120 s; the same with PostgreSQL
 *    restarted half-way; then 50 rounds of two supervisors approving one plan at once. Each phase
 *    ends with a consistency check against the database.
 *      --duration <s> (120)  --users <n> (100: 70 employees, 16 supervisors, 8 bureau
 *      coordinators, 6 HR; scaled for other numbers)  --think <min-max> ms (5000-15000)
 *      --rounds <n> (50)  --restart-command <cmd> (default: pg_ctlcluster, fast mode, for the
 *      local Debian cluster listening on DATABASE_URL's port, so never another one) | --no-restart
 *
 * 2. Open loop (issue 16), about 7–8 minutes with the build (the build ~3 of them here):
 *      DATABASE_URL=… npm run load -- --open [--rates 20,25,30,35,40,50,80,160] [--step-seconds 40]
 *    The same users' mix, sent on a timetable whatever the answers: 10 s of unjudged warm-up
 *    at the lowest rate (--warmup), each rate for --step-seconds, then the lowest rate again for
 *    20 s (--recovery-seconds) to show the portal recovers by itself. Per step: offered and
 *    achieved throughput, p50/p95 of the 200 answers, 503s, errors, memory (largest process and
 *    sum), the machine's busy share and the CPU a request cost the portal and PostgreSQL.
 *    Capacity: the highest step with p95 under 300 ms, no error and no 503 (goal 100/s).
 *    Overload must come back as 503s, never errors, and no server process may die.
 *    With --page /bench-ceiling,/bench-floor each page alone instead of the mix, one after the
 *    other (rates 40 to 200 unless given): what the stack itself serves here, before any page's
 *    own work (about 5 minutes a page).
 *
 * 3. Several instances (issue 16), about 5 minutes with the build:
 *      DATABASE_URL=… npm run load -- --instances 2 [--rate 30] [--duration 60]
 *    Two `npm run serve` launchers (one server process each, jobs on in both) on two ports,
 *    HAProxy in front (round robin, health checks on /signin, no stickiness; needs
 *    /usr/sbin/haproxy). Checks sessions, the figure cache and the sign-in throttle across the
 *    instances, signs the users in through the balancer, runs the open-loop mix through it and
 *    half-way SIGKILLs the process group of the instance whose jobs raised the most reminders
 *    (then removes those reminders again, for the survivors' jobs to raise); then checks the
 *    writes, and that the jobs (all running, every 10 s) wrote no reminder or digest twice.
 *
 * Common: --users <n>, --database-url <url> (else DATABASE_URL), --click-share <0-1> (of a user's
 * pages after the first, those reached by a link: navigation.ts), --no-build, --no-write (print
 * only), --workers <n> (the one instance's server processes; default one per core). The dataset
 * must be loaded (`npm run dataset:load`). It writes to the database: training records and plan
 * comments marked 負荷試験 <run id>, removed again once checked, and what an earlier run left
 * before it begins (leftovers.ts); the approval rounds approve submitted plans
 * (`npm run dataset:load -- --replace` restores it); --instances empties figure_cache (a cache)
 * and removes this month's unread, unmailed monthly reminders so that both instances' jobs race
 * to raise them again, and locks one staff number for 15 minutes with failed sign-ins.
 * The restart needs the right to restart the server (root, or the postgres user, here).
 * Exit status 0 when every check passes, 2 when one fails, 1 on an error.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildApp, findFreePort } from "../bench/server";
import { ROOT } from "../bench/options";
import { runClosed } from "./closed";
import { runInstances } from "./instances";
import { removeLoadWrites } from "./leftovers";
import { runOpen } from "./open";
import { openMarkdown, openVerdicts, pagesMarkdown } from "./open-report";
import { type LoadOptions, parseLoadOptions, USAGE } from "./options";
import { startPortal } from "./portal";
import { phaseTable, type Verdict, verdicts } from "./report";
import { type Section, writeSection } from "./results-file";
import { builtActions, log, withDatabase } from "./setup";

const RESULTS = path.join(ROOT, "tests/load/RESULTS.md");

/**
 * The restart for the cluster the run uses: the local Debian cluster on the URL's port. Not
 * simply "main": on a machine with several clusters that one may be someone else's.
 */
function defaultRestart(databaseUrl: string): string | null {
  const url = new URL(databaseUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]", ""].includes(url.hostname)) return null;
  const port = url.port || "5432";
  try {
    const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/));
    const cluster = clusters.find((fields) => fields[2] === port);
    return cluster ? `pg_ctlcluster --skip-systemctl-redirect -m fast ${cluster[0]} ${cluster[1]} restart` : null;
  } catch {
    return null; // no Debian tooling here
  }
}

/** Prints the checks, writes the mode's section unless --no-write, and answers the exit code: 2 when a check failed. */
function finish(checks: Verdict[], write: boolean, section: Section, body: string): number {
  for (const check of checks) console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.label}: ${check.measured}`);
  if (write) writeSection(RESULTS, section, body);
  return checks.every((check) => check.pass) ? 0 : 2;
}

/** One instance with every core (or --workers), for the closed and open modes. */
async function runSingle(o: Exclude<LoadOptions, { mode: "instances" }>): Promise<number> {
  const actions = builtActions();
  const server = await startPortal({
    name: "the portal",
    databaseUrl: o.databaseUrl,
    port: await findFreePort(3400),
    jobs: true,
    ...(o.workers === null ? {} : { workers: o.workers }),
  });
  log(`npm run serve on ${server.baseUrl} (process group ${server.pid})`);
  try {
    if (o.mode === "open" && o.pages.length > 0) {
      const reports = [];
      for (const page of o.pages) reports.push(await runOpen(o, server, actions, page));
      // The pages' checks read alike: each says which page it judged.
      const checks = reports.flatMap((report) =>
        openVerdicts(report).map((check) => (check.label.startsWith(`${report.page} `) ? check : { ...check, label: `${report.page}: ${check.label}` })),
      );
      return finish(checks, o.write, "pages", pagesMarkdown(reports));
    }
    if (o.mode === "open") {
      const report = await runOpen(o, server, actions);
      return finish(openVerdicts(report), o.write, "open", openMarkdown(report));
    }
    const { report, body } = await runClosed(o, server, actions);
    for (const line of phaseTable(report.phases)) console.log(line);
    return finish(verdicts(report), o.write, "closed", body);
  } catch (error) {
    log(`the portal's last lines:\n${server.tail()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const o = parseLoadOptions(process.argv.slice(2), process.env, defaultRestart);
  if (o === "help") {
    console.log(USAGE);
    return 0;
  }
  if (o.build) await buildApp(o.databaseUrl, log);
  const removed = (when: string) =>
    withDatabase(o.databaseUrl, removeLoadWrites).then(({ trainingRecords, comments }) =>
      log(`removed ${when}: ${trainingRecords} training records and ${comments} plan comments`),
    );
  await removed("what earlier runs wrote");
  const code = o.mode === "instances" ? await runInstances(o, RESULTS) : await runSingle(o);
  await removed("this run's writes, checked");
  if (o.write) log("results written to tests/load/RESULTS.md");
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[load] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
