/**
 * `npm run bench`: how fast the portal's pages answer on the city-scale dataset (issue 7).
 *
 *   npm run bench                      # DATABASE_URL's database (or the embedded hagukumi_city)
 *   npm run bench -- --growth          # hagukumi_city_25, _50 and hagukumi_city, one build
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hagukumi_city npm run bench -- --no-build
 *
 * One run:
 * 1. reads the database from --database-url, else DATABASE_URL, else starts the embedded
 *    PostgreSQL (.data/postgres, port 54329, as `npm start` does) and uses its hagukumi_city.
 *    A database without staff stops the run: load it with `npm run dataset:load` first.
 * 2. builds the production server (`next build`, after waiting for any other build of this
 *    checkout) unless --no-build, and serves it with `next start` on a free port from 3200;
 *    the server is stopped at the end, on an error and on Ctrl-C.
 * 3. picks the accounts by SQL (accounts.ts) and signs in as each over HTTP (sign-in.ts);
 *    every page must answer 200 with its account's session before it is loaded.
 * 4. loads each page (targets.ts) with autocannon at 1 and at 10 connections, after a
 *    warm-up, and compares its throughput with the ceiling page app/bench-ceiling, measured in
 *    the same run at the same concurrency; samples the server's memory meanwhile.
 * 5. prints the table and the budgets, and writes them into tests/bench/RESULTS.md under the
 *    dataset's size (report.ts, results-file.ts).
 *
 * Options (`npm run bench -- --help`):
 *   --database-url <url>   database to measure (default DATABASE_URL, else embedded hagukumi_city)
 *   --duration <s>         measured seconds per page and concurrency (default 10)
 *   --warmup <s>           unmeasured seconds before each measurement (default 2; 0 for none)
 *   --no-build             serve the existing .next build (it must contain app/bench-ceiling)
 *   --port <n>             first port to try for the server (default 3200)
 *   --scale-label <label>  RESULTS.md section to write (default from the active staff count:
 *                          "full" ≈ 15,000, "1/2", "1/4", otherwise "<n> staff")
 *   --growth               measure hagukumi_city_25, hagukumi_city_50 and hagukumi_city on the
 *                          server of --database-url / DATABASE_URL / the embedded one, against
 *                          one build, and write each size's section and the growth table
 *   --migrate              apply pending migrations first, as `npm start` does; without it a
 *                          database behind prisma/migrations stops the run (the server would
 *                          answer 500 on a missing table)
 *   --no-write             print only
 *   --results <file>       results file (default tests/bench/RESULTS.md)
 *   --only <ids>           some of me,team,bureau,city,city-trends,city-export (the ceiling
 *                          always runs)
 *
 * The server inherits the environment apart from NODE_ENV, DATABASE_URL and AUTH_SECRET: e.g.
 * FIGURE_CACHE_SECONDS=0 measures the dashboards without their shared figure cache (which the
 * warm-up otherwise fills, so the load reads cached figures). The server gets the heap limit
 * `npm start` gives it (lib/cli/server-heap.ts) unless NODE_OPTIONS=--max-old-space-size=<MB>
 * names another.
 *
 * Exit status: 0 when every budget passes, 2 when one fails, 1 on an error (nothing written).
 * The run writes to the database only what the pages write themselves (audit rows for each
 * sign-in and each CSV export, the count is printed; cached figures where the portal keeps
 * them) and, with --migrate, the pending migrations. It never loads data.
 */
import { toIsoDate, tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { type Account, pickAccounts } from "./accounts";
import { applyMigrations } from "@/lib/db/migrate";
import { countAuditRows, type DatasetStats, databaseName, detectScaleLabel, GROWTH_DATABASES, openDatabaseServer, pendingMigrations, readDatasetStats, withDatabaseName } from "./database";
import { BenchError } from "./errors";
import { measure } from "./load";
import { describeMachine, gitCommit } from "./machine";
import { sampleMemory } from "./memory";
import { type BenchOptions, parseOptions, USAGE } from "./options";
import { checkBudgets, CONNECTIONS, consoleReport, growthSection, markdownSection, type Row, type ScaleRun } from "./report";
import { GROWTH_KEY, scaleKey, writeResults } from "./results-file";
import { buildApp, findFreePort, readBuildId, startServer } from "./server";
import { signIn } from "./sign-in";
import { benchTargets, TARGET_IDS, verifyTarget } from "./targets";

const log = (line: string) => console.log(`[bench] ${line}`);

// Stopped in reverse order on the way out, however the run ends.
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error(`[bench] cleanup: ${String(error)}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the server`);
    void cleanUp().finally(() => process.exit(130));
  });
}

interface Plan {
  url: string;
  label: string;
  stats: DatasetStats;
}

async function benchDatabase(plan: Plan, options: BenchOptions, commit: string): Promise<ScaleRun> {
  const today = tokyoDate();
  const fiscalYear = fiscalYearOf(today);
  const startedAt = new Date();
  const machine = describeMachine();
  if (machine.loadAverage > machine.cpus / 2) log(`WARNING: the machine is busy (load average ${machine.loadAverage} on ${machine.cpus} CPUs): the numbers will be noisy`);
  log(`— ${plan.label}: ${databaseName(plan.url)}, ${plan.stats.activeEmployees} active staff —`);
  const accounts = await pickAccounts(plan.url, toIsoDate(today), fiscalYear);
  const auditBefore = await countAuditRows(plan.url);
  const server = await startServer(plan.url, await findFreePort(options.port));
  cleanups.push(server.stop);
  const memory = sampleMemory(server.pid);
  const rows: Row[] = [];
  let peak: ScaleRun["memory"] | undefined;
  try {
    log(`serving on ${server.baseUrl} (pid ${server.pid})`);
    const cookies = new Map<Account["role"], string>();
    for (const account of [accounts.employee, accounts.supervisor, accounts.bureau, accounts.hr]) {
      cookies.set(account.role, await signIn(server.baseUrl, account.staffNumber));
      log(`signed in as ${account.role} ${account.staffNumber}: ${account.why}`);
    }
    const targets = benchTargets(accounts, fiscalYear).filter((target) => options.only.length === 0 || target.as === null || options.only.includes(target.id));
    const sizes = new Map<string, number>();
    for (const target of targets) {
      const cookie = target.as ? cookies.get(target.as) : undefined;
      sizes.set(target.id, await verifyTarget(server.baseUrl, target, cookie, target.as ? `${target.as} ${accounts[target.as].staffNumber}` : "nobody"));
    }
    for (const connections of CONNECTIONS) {
      for (const target of targets) {
        const measurement = await measure(new URL(target.path, server.baseUrl).toString(), target.as ? cookies.get(target.as) : undefined, connections, options.duration, options.warmup);
        log(`${target.label} @ ${connections}: p50 ${measurement.p50.toFixed(1)} ms, p95 ${measurement.p95.toFixed(1)} ms, ${measurement.requestsPerSecond.toFixed(1)} req/s`);
        rows.push({ target, measurement, bytes: sizes.get(target.id) ?? 0 });
      }
    }
  } catch (error) {
    console.error(`[bench] the server's last lines:\n${server.tail()}`);
    throw error;
  } finally {
    peak = memory.stop();
    await server.stop();
    const at = cleanups.indexOf(server.stop);
    if (at >= 0) cleanups.splice(at, 1);
  }
  const auditRowsAdded = (await countAuditRows(plan.url)) - auditBefore;
  log(`the run added ${auditRowsAdded} audit_log rows (sign-ins and exports)`);
  return {
    label: plan.label,
    startedAt,
    commit,
    machine,
    stats: plan.stats,
    accounts,
    duration: options.duration,
    warmup: options.warmup,
    rows,
    memory: peak,
    auditRowsAdded,
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const unknown = options.only.filter((id) => !(TARGET_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) throw new BenchError(`--only: unknown target ${unknown.join(", ")} (known: ${TARGET_IDS.join(", ")})`);

  const server = await openDatabaseServer(options.databaseUrl, log);
  cleanups.push(server.stop);
  const fiscalYear = fiscalYearOf(tokyoDate());
  const databases = options.growth
    ? GROWTH_DATABASES.map((database) => ({ url: withDatabaseName(server.url, database.name), label: database.label as string }))
    : [{ url: server.url, label: options.scaleLabel }];
  // Every database is checked before the build (and before any is migrated), so a missing one
  // costs seconds, not minutes.
  const plans: (Plan & { pending: string[] })[] = [];
  for (const database of databases) {
    const stats = await readDatasetStats(database.url, fiscalYear);
    plans.push({ url: database.url, stats, label: database.label ?? detectScaleLabel(stats.activeEmployees), pending: await pendingMigrations(database.url) });
  }
  const behind = plans.filter((plan) => plan.pending.length > 0);
  if (behind.length > 0 && !options.migrate) {
    const what = behind.map((plan) => `${plan.stats.database} lacks ${plan.pending.join(", ")}`).join("; ");
    throw new BenchError(`${what}: run again with --migrate (or apply them with npm run db:migrate)`);
  }
  for (const plan of behind) await applyMigrations(plan.url, { log: (line) => log(`${plan.stats.database}: ${line}`) });

  const first = plans[0];
  if (!first) throw new Error("nothing to measure");
  if (options.build) await buildApp(first.url, log);
  const buildId = readBuildId();
  if (!buildId) throw new BenchError("there is no production build in .next: run without --no-build");

  const commit = gitCommit();
  const startedAt = new Date();
  const runs: ScaleRun[] = [];
  for (const plan of plans) {
    const run = await benchDatabase(plan, options, commit);
    console.log(`\n${run.label} — ${run.stats.activeEmployees} active staff (${run.stats.database})\n${consoleReport(run)}\n`);
    runs.push(run);
  }
  if (readBuildId() !== buildId) log("WARNING: .next was rebuilt during the run (another next build?); the numbers may mix two builds");

  if (options.write) {
    const blocks = runs.map((run) => ({ key: scaleKey(run.label), staff: run.stats.activeEmployees, body: markdownSection(run) }));
    if (options.growth) blocks.push({ key: GROWTH_KEY, staff: 0, body: growthSection(runs, startedAt, commit) });
    writeResults(options.resultsFile, blocks);
    log(`wrote ${options.resultsFile}`);
  }
  return runs.every((run) => checkBudgets(run).every((check) => check.pass)) ? 0 : 2;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    await cleanUp();
    // parseArgs's own errors (an unknown option) explain themselves as well
    const plain = error instanceof BenchError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(`[bench] ${plain && error instanceof Error ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
