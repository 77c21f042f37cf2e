import type { Accounts } from "./accounts";
import type { DatasetStats } from "./database";
import type { Measurement } from "./load";
import type { Machine } from "./machine";
import type { MemoryPeak } from "./memory";
import { BUDGETS, P95_BUDGET_MS, type Target, type TargetSpec } from "./targets";

/** The concurrency every page is loaded and judged at. */
export const CONNECTIONS = 10;
export const MEMORY_BUDGET_MB = 600;

export interface Row {
  target: Target;
  measurement: Measurement;
  /** the body's size in bytes when the page was verified */
  bytes: number;
}

/** One server configuration measured over the whole list: a number of processes on one Node. */
export interface ModeRun {
  /** "1 process", "2 processes", "Node v20.20.2"… */
  label: string;
  /** its name in column headers: "1p", "2p", "N20"… */
  short: string;
  workers: number;
  /** the server's Node.js version */
  node: string;
  rows: Row[];
  /** targets that answered anything but a 200 of their type, with what they answered */
  failures: { target: Target; problem: string }[];
  memory: MemoryPeak;
}

export interface ScaleRun {
  label: string;
  startedAt: Date;
  commit: string;
  machine: Machine;
  stats: DatasetStats;
  accounts: Accounts;
  duration: number;
  warmup: number;
  modes: ModeRun[];
  /** routes the dataset has no record for */
  noData: { spec: TargetSpec; reason: string }[];
  auditRowsAdded: number;
}

/** A target's throughput over the ceiling's in the same mode. */
export function ceilingShare(mode: ModeRun, row: Row): number | null {
  const ceiling = mode.rows.find((other) => other.target.budget === "ceiling");
  if (!ceiling || ceiling.measurement.requestsPerSecond === 0) return null;
  return row.measurement.requestsPerSecond / ceiling.measurement.requestsPerSecond;
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/** The size budget a page misses, independent of the mode: "KB 128 > 60". */
export function sizeMiss(row: Row): string | null {
  const budget = BUDGETS[row.target.budget];
  if (!budget?.maxKb || kb(row.bytes) <= budget.maxKb) return null;
  return `KB ${kb(row.bytes)} > ${budget.maxKb}`;
}

/** What a page misses in one mode, each with by how much: "p95 +120 ms", "35 % < 70 % of ceiling". */
export function modeMisses(mode: ModeRun, row: Row): string[] {
  const budget = BUDGETS[row.target.budget];
  const m = row.measurement;
  const misses: string[] = [];
  const failed = m.non2xx + m.errors;
  if (failed > 0) misses.push(`${failed} errors${m.refused > 0 ? ` (${m.refused} × 503)` : ""}`);
  if (!budget) return misses;
  // A page slower than the whole measurement has no latency to show, only a failure.
  if (m.requests === 0) return [...misses, `p95 > ${Math.round(m.seconds * 1000)} ms (no answer within the measurement)`];
  if (!(m.p95 < P95_BUDGET_MS)) misses.push(`p95 +${Math.ceil(m.p95 - P95_BUDGET_MS)} ms`);
  const share = ceilingShare(mode, row);
  // Rounded down, so that a miss never reads "70 % < 70 %".
  if (share === null || share < budget.share) misses.push(`${share === null ? "–" : Math.floor(share * 100)} % < ${budget.share * 100} % of ceiling`);
  return misses;
}

export interface Check {
  budget: string;
  measured: string;
  pass: boolean;
}

/** The run-wide checks, per mode: memory, answers, pages that could not be measured. */
export function runChecks(run: ScaleRun): Check[] {
  const checks: Check[] = [];
  for (const mode of run.modes) {
    const memory = mode.memory;
    checks.push({
      budget: `${mode.label}: server memory < ${MEMORY_BUDGET_MB} MB per process`,
      measured: `largest process ${memory.largestMb} MB (VmHWM); ${memory.highWaterMb} MB summed over ${memory.processes} processes`,
      pass: memory.largestMb < MEMORY_BUDGET_MB,
    });
    const failed = mode.rows.reduce((sum, row) => sum + row.measurement.non2xx + row.measurement.errors, 0);
    const refused = mode.rows.reduce((sum, row) => sum + row.measurement.refused, 0);
    checks.push({ budget: `${mode.label}: every answer a 2xx`, measured: `${failed} non-2xx or failed (${refused} × 503)`, pass: failed === 0 });
    for (const failure of mode.failures) {
      checks.push({
        budget: `${mode.label}: ${failure.target.id} answers 200 as ${failure.target.account ?? "nobody"}`,
        measured: `${failure.target.path} ${failure.problem}`,
        pass: false,
      });
    }
  }
  return checks;
}

/** Whether the run met every budget, with every page measured (routes without data aside). */
export function runPasses(run: ScaleRun): boolean {
  if (!runChecks(run).every((check) => check.pass)) return false;
  return run.modes.every((mode) => mode.rows.every((row) => sizeMiss(row) === null && modeMisses(mode, row).length === 0));
}
