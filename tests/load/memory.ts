import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory of the portal's processes, sampled through a run. Each instance is started
 * in a process group of its own (portal.ts), so "its processes" are simply that group's
 * members: the launcher, every server process and the jobs, including a server process the
 * launcher forked again after one died.
 */

export interface MemorySample {
  /** ms since the run's clock began */
  at: number;
  /** the largest single process */
  largestMb: number;
  /** all the processes together */
  sumMb: number;
  /** CPU time the group's processes have used so far (user and system), ms: a trace's per-interval CPU is the difference */
  cpuMs: number;
  /** the same for every PostgreSQL process on the machine (the server the portal reads) */
  postgresCpuMs: number;
  /** CPU time the whole machine has been busy so far, all cores together (/proc/stat): the generator's share shows here too */
  machineBusyMs: number;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface ProcessSample {
  pid: number;
  pgid: number;
  rssKb: number;
  cpuTicks: number;
  postgres: boolean;
}

/**
 * Every process's group, resident size and CPU time: /proc/<pid>/stat's fields after the command
 * in parentheses (pgid the 5th, utime and stime the 14th and 15th).
 */
function processes(): ProcessSample[] {
  const found: ProcessSample[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      // Kernel threads and zombies have no VmRSS: nothing to count.
      if (rss?.[1])
        found.push({
          pid: Number(entry),
          pgid: Number(fields[2]),
          rssKb: Number(rss[1]),
          cpuTicks: Number(fields[11]) + Number(fields[12]),
          postgres: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) === "postgres",
        });
    } catch {
      // ended between the listing and the read
    }
  }
  return found;
}

/**
 * The machine's busy time so far, ms summed over its cores: /proc/stat's first line counts every
 * core's ticks by state (user nice system idle iowait irq softirq steal). Idle, waiting for I/O
 * and stolen (time a virtual machine's host gave to others) are not this machine's work.
 */
function machineBusyMs(): number {
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  return ((user + nice + system + irq + softirq) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU used so far by a changing set of processes, never falling: each sample adds what every
 * process used since the one before (all of it for a process new since). A plain sum falls
 * when a process ends (PostgreSQL ends a backend when the pool closes an idle connection), and
 * an interval's difference would come out negative.
 */
export function cpuCounter(): (list: ProcessSample[]) => number {
  let ticksBefore = new Map<number, number>();
  let total = 0;
  return (list) => {
    const now = new Map(list.map((process) => [process.pid, process.cpuTicks]));
    for (const [pid, ticks] of now) total += Math.max(0, ticks - (ticksBefore.get(pid) ?? 0));
    ticksBefore = now;
    return (total * 1000) / TICKS_PER_SECOND;
  };
}

export function sampleGroups(groups: () => number[], clock: () => number, intervalMs = 500): { samples: MemorySample[]; stop: () => void } {
  const samples: MemorySample[] = [];
  const portalCpu = cpuCounter();
  const postgresCpu = cpuCounter();
  const sample = () => {
    const wanted = new Set(groups());
    const all = processes();
    const members = all.filter((process) => wanted.has(process.pgid));
    if (members.length === 0) return;
    const largest = Math.max(...members.map((member) => member.rssKb));
    const sum = members.reduce((total, member) => total + member.rssKb, 0);
    samples.push({
      at: clock(),
      largestMb: Math.round(largest / 1024),
      sumMb: Math.round(sum / 1024),
      cpuMs: portalCpu(members),
      postgresCpuMs: postgresCpu(all.filter((process) => process.postgres)),
      machineBusyMs: machineBusyMs(),
    });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return { samples, stop: () => clearInterval(timer) };
}

/** The peaks among the samples taken in [from, to) (zeros when none was). */
export function peakBetween(samples: MemorySample[], from: number, to: number): { largestMb: number; sumMb: number } {
  const inside = samples.filter((sample) => sample.at >= from && sample.at < to);
  return {
    largestMb: Math.max(0, ...inside.map((sample) => sample.largestMb)),
    sumMb: Math.max(0, ...inside.map((sample) => sample.sumMb)),
  };
}

export interface CpuUse {
  /** the whole machine's busy share of all its cores over the interval, % */
  machineBusyPercent: number;
  /** the portal's processes' CPU per request sent in the interval, ms */
  portalMsPerRequest: number;
  /** PostgreSQL's CPU per request sent in the interval, ms */
  postgresMsPerRequest: number;
}

/**
 * CPU over [from, to) from the first and last samples inside it (null when fewer than two
 * were taken): whether a step's slow seconds came with the machine's cores full, and what one
 * request of it cost the portal and the database.
 */
export function cpuBetween(samples: MemorySample[], from: number, to: number, requests: number, cores: number): CpuUse | null {
  const inside = samples.filter((sample) => sample.at >= from && sample.at < to);
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last || last.at <= first.at || requests === 0) return null;
  const perRequest = (ms: number) => (ms * (to - from)) / (last.at - first.at) / requests;
  return {
    machineBusyPercent: ((last.machineBusyMs - first.machineBusyMs) / ((last.at - first.at) * cores)) * 100,
    portalMsPerRequest: perRequest(last.cpuMs - first.cpuMs),
    postgresMsPerRequest: perRequest(last.postgresCpuMs - first.postgresCpuMs),
  };
}
