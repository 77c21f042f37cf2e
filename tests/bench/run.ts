/**
 * `npm run bench`: how fast every page of the portal answers, for each role, on the city-scale
 * dataset (issues 7 and 16).
 *
 *   npm run bench                      # DATABASE_URL's database (or the embedded hagukumi_city)
 *   npm run bench -- --mode all --only employee,supervisor --duration 2 --warmup 0 --no-build
 *   npm run bench -- --compare-node /usr/bin/node   # Node 24 and Node 20 side by side
 *   npm run bench -- --growth --mode all  # hagukumi_city_25, _50 and hagukumi_city, one build
 *
 * One run:
 * 1. reads the database from --database-url, else DATABASE_URL, else starts the embedded
 *    PostgreSQL (.data/postgres, port 54329, as `npm start` does) and uses its hagukumi_city.
 *    A database without staff stops the run: load it with `npm run dataset:load` first.
 * 2. builds the production server (`next build`, after waiting for any other build or server of
 *    this checkout) unless --no-build.
 * 3. picks the accounts by SQL (accounts.ts): an employee, a supervisor of about fifteen and the
 *    局長 or 部長 with the widest scope, the coordinators of the median and of the largest
 *    bureau, the HR division and the headquarters; then the records each may open (records.ts)
 *    to fill the dynamic routes. A route the dataset has no record for is reported, not loaded.
 * 4. for each mode (--mode: one process, then one per core), serves the build the way the
 *    README deploys it (lib/platform/cli/serve.ts, JOBS=off) on a free port from 3200, signs in as each
 *    account over HTTP (sign-in.ts), opens every page of the list (targets.ts) once with its
 *    account — a page answering anything but a 200 of its type is reported as failed and left
 *    out, the others go on — then loads each with autocannon at 10 connections after a
 *    warm-up, the ceiling page app/bench-ceiling first; samples each server process's memory
 *    meanwhile. The server is stopped at the end of the mode, on an error and on Ctrl-C.
 * 5. prints the table (both modes side by side, the missed budgets with by how much) and writes
 *    it into tests/bench/RESULTS.md under the dataset's size (report.ts, results-file.ts),
 *    leaving the hand-written analysis block alone.
 *
 * With the defaults (3 s measured after 1 s and at least 60 answers of warm-up, both modes) the whole list of about 80
 * pages takes about 12 minutes after the build (4 to 5 minutes on this machine), plus the time
 * the server needs after each slow page to finish what was in flight (load.ts, settle): on
 * 2026-12-06 about 3 minutes per mode, most of it the 局長's 8.5 MB /team.
 *
 * Options: `npm run bench -- --help` (options.ts).
 *
 * The server inherits the environment apart from NODE_ENV, DATABASE_URL, AUTH_SECRET and the
 * cluster's settings (PORT, BIND_ADDRESS, WEB_CONCURRENCY, JOBS, MAX_REQUESTS_IN_FLIGHT): e.g.
 * FIGURE_CACHE_SECONDS=0 measures the dashboards without their shared figure cache (which the
 * warm-up otherwise fills). Its processes get the heap limit serve.ts gives them
 * (lib/platform/cli/server-heap.ts) unless NODE_OPTIONS=--max-old-space-size=<MB> names another.
 *
 * Exit status: 0 when every page was measured within every budget, 2 when a budget is missed or
 * a page failed, 1 on an error (nothing written). The run writes to the database only what the
 * pages write themselves (audit rows for each sign-in, export and recorded read, the count is
 * printed; cached figures where the portal keeps them) and, with --migrate, the pending
 * migrations. It never loads data.
 */
import { availableParallelism } from "node:os";
import { benchScale, nodeVersion, type ScalePlan, type ServerConfig } from "./bench-mode";
import { runPasses, type ScaleRun } from "./budgets";
import { applyMigrations } from "@/lib/platform/db/migrate";
import { GROWTH_DATABASES, detectScaleLabel, openDatabaseServer, pendingMigrations, readDatasetStats, withDatabaseName } from "./database";
import { BenchError } from "./errors";
import { gitCommit } from "./machine";
import { type BenchOptions, parseOptions, USAGE } from "./options";
import { consoleReport, growthSection, markdownSection, nodeSection } from "./report";
import { GROWTH_KEY, NODE_KEY, scaleKey, writeResults } from "./results-file";
import { buildApp, readBuildId, type RunningServer } from "./server";
import { knownSelectors, NODE_COMPARISON_IDS } from "./targets";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";

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

function trackServer(server: RunningServer): () => void {
  cleanups.push(server.stop);
  return () => {
    const at = cleanups.indexOf(server.stop);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

function serverConfigs(options: BenchOptions): ServerConfig[] {
  if (options.compareNode) {
    return [options.node, options.compareNode].map((node) => {
      const version = nodeVersion(node);
      return { label: `Node ${version}`, short: `N${version.replace(/^v/, "").split(".")[0]}`, workers: 1, node };
    });
  }
  const cores = availableParallelism();
  return options.modes.map((mode) =>
    mode === "one"
      ? { label: "1 process", short: "1p", workers: 1, node: options.node }
      : { label: `${cores} processes`, short: `${cores}p`, workers: cores, node: options.node },
  );
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const known = knownSelectors();
  const unknown = options.only.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new BenchError(`--only: unknown target or account ${unknown.join(", ")} (known: ${known.join(", ")})`);
  // Both binaries are asked for their version before anything is built.
  const configs = serverConfigs(options);

  const server = await openDatabaseServer(options.databaseUrl, log);
  cleanups.push(server.stop);
  const fiscalYear = fiscalYearOf(tokyoDate());
  const databases = options.growth
    ? GROWTH_DATABASES.map((database) => ({ url: withDatabaseName(server.url, database.name), label: database.label as string }))
    : [{ url: server.url, label: options.scaleLabel }];
  // Every database is checked before the build (and before any is migrated), so a missing one
  // costs seconds, not minutes.
  const plans: (ScalePlan & { pending: string[] })[] = [];
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
  const settings = { duration: options.duration, warmup: options.warmup, port: options.port, only: options.only, commit, log, onServer: trackServer };
  const runs: ScaleRun[] = [];
  for (const plan of plans) {
    const run = options.compareNode
      ? await benchScale(plan, configs, settings, (target) => NODE_COMPARISON_IDS.includes(target.id))
      : await benchScale(plan, configs, settings);
    console.log(`\n${run.label} — ${run.stats.activeEmployees} active staff (${run.stats.database})\n${consoleReport(run)}\n`);
    runs.push(run);
  }
  if (readBuildId() !== buildId) log("WARNING: .next was rebuilt during the run (another next build?); the numbers may mix two builds");

  if (options.write) {
    const blocks = options.compareNode
      ? runs.map((run) => ({ key: NODE_KEY, staff: 0, body: nodeSection(run) }))
      : runs.map((run) => ({ key: scaleKey(run.label), staff: run.stats.activeEmployees, body: markdownSection(run) }));
    if (options.growth) blocks.push({ key: GROWTH_KEY, staff: 0, body: growthSection(runs, startedAt, commit) });
    writeResults(options.resultsFile, blocks);
    log(`wrote ${options.resultsFile}`);
  }
  return runs.every(runPasses) ? 0 : 2;
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
