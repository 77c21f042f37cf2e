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
}

/** [pgid, rss kB] of every process: /proc/<pid>/stat's 5th field, after the command in parentheses. */
function processes(): { pgid: number; rssKb: number }[] {
  const found: { pgid: number; rssKb: number }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      // Kernel threads and zombies have no VmRSS: nothing to count.
      if (rss?.[1]) found.push({ pgid, rssKb: Number(rss[1]) });
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
    const members = processes().filter((process) => wanted.has(process.pgid));
    if (members.length === 0) return;
    const largest = Math.max(...members.map((member) => member.rssKb));
    const sum = members.reduce((total, member) => total + member.rssKb, 0);
    samples.push({ at: clock(), largestMb: Math.round(largest / 1024), sumMb: Math.round(sum / 1024) });
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
