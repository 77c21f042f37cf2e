import path from "node:path";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { BenchError } from "./errors";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BenchOptions {
  /** from --database-url or DATABASE_URL; undefined means the embedded PostgreSQL */
  databaseUrl: string | undefined;
  /** seconds of measured load per target and mode */
  duration: number;
  /** seconds of unmeasured load before each measurement */
  warmup: number;
  build: boolean;
  /** the first port to try for the server */
  port: number;
  /** which server configurations to measure: one process, one per core, or both in turn */
  modes: ("one" | "all")[];
  /** the Node.js binary the server runs on */
  node: string;
  /** measure the Node.js comparison with this second binary instead of the page list */
  compareNode: string | undefined;
  scaleLabel: string | undefined;
  growth: boolean;
  write: boolean;
  /** apply pending migrations as `npm start` does, instead of refusing to run */
  migrate: boolean;
  resultsFile: string;
  /** target or account ids to load (the ceiling always runs); empty means all */
  only: string[];
}

/** Short enough that both modes over the whole list fit in about a quarter of an hour. */
const DEFAULT_DURATION = 3;
const DEFAULT_WARMUP = 1;

export const USAGE = `Usage: npm run bench -- [options]

  --database-url <url>   database holding the city-scale dataset (default: DATABASE_URL,
                         else the embedded PostgreSQL's hagukumi_city)
  --duration <s>         measured seconds per page and mode (default ${DEFAULT_DURATION})
  --warmup <s>           unmeasured seconds before each measurement, and at least 6 answers per
                         connection (default ${DEFAULT_WARMUP}; 0 for none)
  --mode one|all|both    serve with one process, with one per core (${availableParallelism()} here), or
                         both in turn, each judged against its own ceiling (default both)
  --node <path>          the Node.js binary the server runs on (default: this one, ${process.version})
  --compare-node <path>  instead of the page list, measure a few key pages with one process on
                         --node and on this binary (e.g. /usr/bin/node, Node 20) and write the
                         "Node 24 and 20 side by side" section
  --no-build             serve the existing .next build instead of running next build
  --port <n>             first port to try for the server (default 3200)
  --scale-label <label>  the section of RESULTS.md to write (default: from the staff count)
  --growth               run hagukumi_city_25, hagukumi_city_50 and hagukumi_city on the same
                         PostgreSQL against one build and write the growth table (each in
                         every --mode: --mode all keeps it to three times one mode)
  --migrate              apply pending migrations to the database(s) first, as npm start does
                         (without it, a database behind prisma/migrations stops the run)
  --no-write             print only; leave RESULTS.md alone
  --results <file>       where to write (default tests/bench/RESULTS.md)
  --only <ids>           comma-separated target ids (employee.me, hr.audit…) or account ids
                         (employee, supervisor, supervisor-largest, bureau, bureau-largest, hr,
                         hq) for all of theirs; the ceiling always runs. The ids are listed in
                         tests/bench/targets.ts and printed with the results.
  --help`;

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new BenchError(`--${name} must be a positive number, got "${value}"`);
  return parsed;
}

export function parseOptions(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      "database-url": { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      "no-build": { type: "boolean", default: false },
      port: { type: "string" },
      "scale-label": { type: "string" },
      growth: { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      migrate: { type: "boolean", default: false },
      results: { type: "string" },
      only: { type: "string" },
      mode: { type: "string" },
      node: { type: "string" },
      "compare-node": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  if (values.growth && values["scale-label"]) throw new BenchError("--scale-label names one database's section; --growth labels its three itself");
  if (values["compare-node"] && (values.growth || values.mode))
    throw new BenchError("--compare-node measures one process on each Node: it takes neither --growth nor --mode");
  const mode = values.mode ?? "both";
  if (mode !== "one" && mode !== "all" && mode !== "both") throw new BenchError(`--mode must be one, all or both, got "${mode}"`);
  return {
    databaseUrl: values["database-url"] ?? (process.env.DATABASE_URL || undefined),
    duration: positiveNumber("duration", values.duration, DEFAULT_DURATION),
    warmup: values.warmup === "0" ? 0 : positiveNumber("warmup", values.warmup, DEFAULT_WARMUP),
    build: !values["no-build"],
    port: positiveNumber("port", values.port, 3200),
    modes: mode === "both" ? ["one", "all"] : [mode],
    node: values.node ?? process.execPath,
    compareNode: values["compare-node"],
    scaleLabel: values["scale-label"],
    growth: values.growth,
    write: !values["no-write"],
    migrate: values.migrate,
    resultsFile: path.resolve(values.results ?? path.join(ROOT, "tests/bench/RESULTS.md")),
    only: values.only
      ? values.only
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : [],
  };
}
