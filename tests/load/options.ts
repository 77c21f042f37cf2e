import { parseArgs } from "node:util";
import { parseRates } from "./schedule";

/** `npm run load` options (run.ts's header explains them); parsed without touching anything. */

interface Common {
  databaseUrl: string;
  users: number;
  /** of a user's page requests after the first, the share made by a link (traffic.ts, navigation.ts) */
  clickShare: number;
  build: boolean;
  write: boolean;
  /** `--workers`: server processes of the one instance (closed and open modes); null: one per core, as deployed */
  workers: number | null;
}

export interface ClosedOptions extends Common {
  mode: "closed";
  duration: number;
  think: [number, number];
  rounds: number;
  /** null: no restart phase */
  restart: string | null;
}

export interface OpenOptions extends Common {
  mode: "open";
  rates: number[];
  stepSeconds: number;
  warmupSeconds: number;
  recoverySeconds: number;
  /** where to write every request of the run, one JSON line each (null: nowhere) */
  trace: string | null;
  /** `--page`: each of these pages alone in turn instead of the mix (empty: the mix) */
  pages: string[];
}

export interface InstancesOptions extends Common {
  mode: "instances";
  instances: number;
  /** requests per second offered through the balancer */
  rate: number;
  duration: number;
}

export type LoadOptions = ClosedOptions | OpenOptions | InstancesOptions;

const MIX_RATES = "20,25,30,35,40,50,80,160";
/** One cheap page alone goes further than the mix before it queues. */
const PAGE_RATES = "40,60,80,100,120,160,200";

export const USAGE = `npm run load -- [mode] [options]
  (no mode)                closed-loop users, a PostgreSQL restart, double approvals
      --duration <s>       seconds of each load phase (120)
      --think <min-max>    ms between one user's requests (5000-15000)
      --rounds <n>         approval rounds (50)
      --restart-command <cmd> | --no-restart
  --open                   open-loop capacity steps
      --rates <list>       requests/s of each step (${MIX_RATES}; with --page ${PAGE_RATES})
      --step-seconds <s>   seconds of each step (40)
      --warmup <s>         unjudged seconds at the lowest rate first (10)
      --recovery-seconds <s>  the low-rate step after the highest (20)
      --trace <file>       every request as one JSON line (sent at, step, role, page, status, ms),
                           and the portal's memory and CPU and PostgreSQL's CPU every 0.5 s
      --page <list>        each page alone in turn instead of the mix, such as
                           /bench-ceiling,/bench-floor: what the stack itself serves
  --instances <n>          n instances behind HAProxy, one killed half-way (n = 2 to 4)
      --rate <r>           requests/s through the balancer (30)
      --duration <s>       seconds of load, the kill half-way (60)
  common: --users <n> (100), --database-url <url> (DATABASE_URL), --no-build, --no-write
      --click-share <0-1>  of a user's pages after the first, the share reached by a link as the
                           browser's router asks for it, the page's server components only (0.75;
                           0: every page a whole document, as runs before 2026-12-08 measured)
      --workers <n>        server processes (one instance; default one per core, as deployed)`;

function positive(value: string, name: string, integer = true): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number)))
    throw new Error(`--${name} takes a positive ${integer ? "whole " : ""}number (got "${value}")`);
  return number;
}

/**
 * `defaultRestart` finds the command that restarts the PostgreSQL behind a URL (the caller asks
 * the machine); null when it cannot, and then the run refuses rather than skip the phase.
 */
export function parseLoadOptions(args: string[], env: NodeJS.ProcessEnv, defaultRestart: (databaseUrl: string) => string | null): LoadOptions | "help" {
  const { values } = parseArgs({
    args,
    options: {
      open: { type: "boolean", default: false },
      instances: { type: "string" },
      duration: { type: "string" },
      users: { type: "string", default: "100" },
      "click-share": { type: "string", default: "0.75" },
      think: { type: "string", default: "5000-15000" },
      rounds: { type: "string", default: "50" },
      "restart-command": { type: "string" },
      "no-restart": { type: "boolean", default: false },
      rates: { type: "string" },
      page: { type: "string" },
      "step-seconds": { type: "string", default: "40" },
      warmup: { type: "string", default: "10" },
      "recovery-seconds": { type: "string", default: "20" },
      trace: { type: "string" },
      rate: { type: "string", default: "30" },
      "no-build": { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      workers: { type: "string" },
      "database-url": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return "help";
  const databaseUrl = values["database-url"] ?? env.DATABASE_URL;
  if (!databaseUrl) throw new Error("set DATABASE_URL (or --database-url) to the city dataset's database");
  const clickShare = Number(values["click-share"]);
  if (!(clickShare >= 0 && clickShare <= 1)) throw new Error(`--click-share takes a share from 0 to 1 (got "${values["click-share"]}")`);
  const common: Common = {
    databaseUrl,
    users: positive(values.users, "users"),
    clickShare,
    build: !values["no-build"],
    write: !values["no-write"],
    workers: values.workers === undefined ? null : positive(values.workers, "workers"),
  };
  if (values.open && values.instances !== undefined) throw new Error("--open and --instances are separate runs: pick one");
  // Without --open these would be dropped, and the run would be the closed loop's (which restarts PostgreSQL).
  for (const name of ["page", "rates", "trace"] as const)
    if (!values.open && values[name] !== undefined) throw new Error(`--${name} is for the open loop: add --open`);

  if (values.open) {
    const seconds = (name: "warmup" | "recovery-seconds") => {
      const number = Number(values[name]);
      if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} takes a whole number of seconds, 0 to leave it out`);
      return number;
    };
    const pages = values.page === undefined ? [] : values.page.split(",").map((page) => page.trim());
    if (pages.some((page) => !page.startsWith("/"))) throw new Error(`--page takes paths such as /bench-floor (got "${values.page}")`);
    return {
      ...common,
      mode: "open",
      rates: parseRates(values.rates ?? (pages.length > 0 ? PAGE_RATES : MIX_RATES)),
      pages,
      stepSeconds: positive(values["step-seconds"], "step-seconds"),
      warmupSeconds: seconds("warmup"),
      recoverySeconds: seconds("recovery-seconds"),
      trace: values.trace ?? null,
    };
  }
  if (values.instances !== undefined) {
    const instances = positive(values.instances, "instances");
    // Two is the proof; more only costs cores this machine does not have.
    if (instances < 2 || instances > 4) throw new Error("--instances takes 2 to 4");
    if (common.workers !== null) throw new Error("--workers is for one instance: each of --instances has one server process");
    return { ...common, mode: "instances", instances, rate: positive(values.rate, "rate", false), duration: positive(values.duration ?? "60", "duration") };
  }
  const restart = values["no-restart"] ? null : (values["restart-command"] ?? defaultRestart(databaseUrl));
  if (!values["no-restart"] && restart === null)
    throw new Error("no local PostgreSQL cluster found on DATABASE_URL's port to restart: pass --restart-command <cmd>, or --no-restart");
  const think = /^(\d+)-(\d+)$/.exec(values.think);
  if (!think || Number(think[1]) > Number(think[2])) throw new Error("--think takes min-max in ms, such as 1000-4000");
  return {
    ...common,
    mode: "closed",
    duration: positive(values.duration ?? "120", "duration"),
    think: [Number(think[1]), Number(think[2])],
    rounds: positive(values.rounds, "rounds"),
    restart,
  };
}
