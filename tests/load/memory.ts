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
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcessSample {
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

export function sampleGroups(groups: () => number[], clock: () => number, intervalMs = 500): { samples: MemorySample[]; stop: () => void } {
  const samples: MemorySample[] = [];
  const sample = () => {
    const wanted = new Set(groups());
    const all = processes();
    const members = all.filter((process) => wanted.has(process.pgid));
    if (members.length === 0) return;
    const largest = Math.max(...members.map((member) => member.rssKb));
    const sum = members.reduce((total, member) => total + member.rssKb, 0);
    const cpuMs = (list: ProcessSample[]) => (list.reduce((total, member) => total + member.cpuTicks, 0) * 1000) / TICKS_PER_SECOND;
    samples.push({
      at: clock(),
      largestMb: Math.round(largest / 1024),
      sumMb: Math.round(sum / 1024),
      cpuMs: cpuMs(members),
      postgresCpuMs: cpuMs(all.filter((process) => process.postgres)),
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
