/**
 * `npm run dataset:load -- [--seed N] [--scale 0.25|0.5|1] [--replace] [--database NAME] [--today YYYY-MM-DD]`
 *
 * Loads a deterministic city-scale dataset (about 20 bureaus and wards, 600 sections, 15,000
 * staff and their records from FY2021 to today) into DATABASE_URL, or, without it, into the
 * embedded PostgreSQL that `npm start` uses (.data/postgres), in a database of its own
 * (`hagukumi_city` unless --database says otherwise), so the trial data stays untouched.
 * The same seed and scale give the same rows on the same day; --today pins the day (the data
 * runs up to the day before it), for runs that must match across days.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { DatabaseNotEmptyError } from "./database";
import { loadCityDataset } from "./load-city-dataset";

// The core, for scripts and tests that import this file rather than run it.
export { loadCityDataset, type LoadOptions, type LoadResult } from "./load-city-dataset";

const USAGE = "usage: npm run dataset:load -- [--seed N] [--scale 0.25|0.5|1] [--replace] [--database NAME] [--today YYYY-MM-DD]";

function fail(message: string): never {
  console.error(`[dataset] ${message}`);
  process.exit(1);
}

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        seed: { type: "string", default: "1" },
        scale: { type: "string", default: "1" },
        replace: { type: "boolean", default: false },
        database: { type: "string", default: "hagukumi_city" },
        today: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const seed = Number(values.seed);
    const scale = Number(values.scale);
    if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer\n${USAGE}`);
    if (!(scale > 0 && scale <= 1)) fail(`--scale must be a number in (0, 1], such as 0.25, 0.5 or 1\n${USAGE}`);
    if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) fail("--database must be a plain lower-case name");
    const today = values.today === undefined ? undefined : parseIsoDate(values.today);
    // A real calendar day, written the ISO way: 2026-02-30 would quietly become 2 March otherwise.
    const day = new Date(`${values.today ?? ""}T00:00:00Z`);
    if (values.today !== undefined && (Number.isNaN(day.getTime()) || !day.toISOString().startsWith(values.today))) {
      fail(`--today must be a date such as 2026-11-25\n${USAGE}`);
    }
    return { seed, scale, replace: values.replace, database: values.database, today };
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

async function main() {
  const options = parseOptions();
  const log = (line: string) => console.log(`[dataset] ${line}`);
  let url = process.env.DATABASE_URL;
  let stop: () => Promise<void> = async () => undefined;
  if (!url) {
    // Imported only when needed: with DATABASE_URL set, no embedded server is ever started.
    const { startEmbeddedPostgres } = await import("@/lib/platform/db/embedded");
    log(`DATABASE_URL is not set: using the embedded PostgreSQL (data in .data/postgres), database ${options.database}`);
    const embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(import.meta.dirname, "../../.data/postgres"),
      port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
      database: options.database,
      log,
    });
    url = embedded.url;
    stop = embedded.stop;
  }
  log(`loading seed ${options.seed} at scale ${options.scale} into ${new URL(url).pathname.slice(1)}`);
  try {
    const result = await loadCityDataset(url, { seed: options.seed, scale: options.scale, replace: options.replace, today: options.today, log });
    const width = Math.max(...Object.keys(result.counts).map((table) => table.length));
    log(`rows per table (FY${2021}–FY${result.currentFiscalYear}):`);
    for (const [table, rows] of Object.entries(result.counts).sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${table.padEnd(width)} ${rows.toLocaleString("en-US").padStart(10)}`);
    }
    const total = Object.values(result.counts).reduce((sum, rows) => sum + rows, 0);
    log(`${total.toLocaleString("en-US")} rows in ${(result.elapsedMs / 1000).toFixed(1)} s`);
  } catch (error) {
    await stop();
    if (error instanceof DatabaseNotEmptyError) fail(error.message);
    fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  await stop();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
