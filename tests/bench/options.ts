import path from "node:path";
import { parseArgs } from "node:util";
import { BenchError } from "./errors";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface BenchOptions {
  /** from --database-url or DATABASE_URL; undefined means the embedded PostgreSQL */
  databaseUrl: string | undefined;
  /** seconds of measured load per target and concurrency */
  duration: number;
  /** seconds of unmeasured load before each measurement */
  warmup: number;
  build: boolean;
  /** the first port to try for `next start` */
  port: number;
  scaleLabel: string | undefined;
  growth: boolean;
  write: boolean;
  /** apply pending migrations as `npm start` does, instead of refusing to run */
  migrate: boolean;
  resultsFile: string;
  /** target ids to load (the ceiling always runs); empty means all */
  only: string[];
}

export const USAGE = `Usage: npm run bench -- [options]

  --database-url <url>   database holding the city-scale dataset (default: DATABASE_URL,
                         else the embedded PostgreSQL's hagukumi_city)
  --duration <s>         measured seconds per page and concurrency (default 10)
  --warmup <s>           unmeasured seconds before each measurement (default 2)
  --no-build             serve the existing .next build instead of running next build
  --port <n>             first port to try for next start (default 3200)
  --scale-label <label>  the section of RESULTS.md to write (default: from the staff count)
  --growth               run hagukumi_city_25, hagukumi_city_50 and hagukumi_city on the same
                         server against one build and write the growth table
  --migrate              apply pending migrations to the database(s) first, as npm start does
                         (without it, a database behind prisma/migrations stops the run)
  --no-write             print only; leave RESULTS.md alone
  --results <file>       where to write (default tests/bench/RESULTS.md)
  --only <ids>           comma-separated targets: me,team,bureau,city,city-trends,city-export
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
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  if (values.growth && values["scale-label"]) throw new BenchError("--scale-label names one database's section; --growth labels its three itself");
  return {
    databaseUrl: values["database-url"] ?? (process.env.DATABASE_URL || undefined),
    duration: positiveNumber("duration", values.duration, 10),
    warmup: values.warmup === "0" ? 0 : positiveNumber("warmup", values.warmup, 2),
    build: !values["no-build"],
    port: positiveNumber("port", values.port, 3200),
    scaleLabel: values["scale-label"],
    growth: values.growth,
    write: !values["no-write"],
    migrate: values.migrate,
    resultsFile: path.resolve(values.results ?? path.join(ROOT, "tests/bench/RESULTS.md")),
    only: values.only ? values.only.split(",").map((id) => id.trim()).filter(Boolean) : [],
  };
}
