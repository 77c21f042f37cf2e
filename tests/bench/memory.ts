import { readdirSync, readFileSync, readlinkSync } from "node:fs";

export interface MemoryPeak {
  /** the largest sum of VmRSS over the server's process tree seen by a sample */
  sampledMb: number;
  /** the sum of each process's VmHWM (the kernel's own peak): an upper bound between samples */
  highWaterMb: number;
  /** the largest single process's VmHWM: the budget is per process, each has its own heap */
  largestMb: number;
  processes: number;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) : 0;
  } catch {
    return 0; // ended between the listing and the read
  }
}

/** The pid and all its descendants: the cluster's primary and its server processes. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // the parent pid is the second field after the command name, which may contain spaces
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended while listed
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

function executable(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/**
 * Samples the server's resident memory every `intervalMs` until stopped. VmHWM is remembered
 * per pid, so a worker that exits before the end still counts with its peak. Only the Node.js
 * processes count: tsx runs esbuild as a short-lived child per compilation at start-up, and
 * their peaks would add up as if they had all lived at once.
 */
export function sampleMemory(rootPid: number, intervalMs = 250): { stop: () => MemoryPeak; largestSoFarMb: () => number } {
  let sampledKb = 0;
  const highWater = new Map<number, number>();
  const node = executable(rootPid);
  const sample = () => {
    let total = 0;
    for (const pid of processTree(rootPid)) {
      if (node !== null && executable(pid) !== node) continue;
      total += statusKb(pid, "VmRSS");
      highWater.set(pid, Math.max(highWater.get(pid) ?? 0, statusKb(pid, "VmHWM")));
    }
    sampledKb = Math.max(sampledKb, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    // Logged after each page, so a peak can be traced to the page that raised it.
    largestSoFarMb: () => {
      sample();
      return Math.round(Math.max(0, ...highWater.values()) / 1024);
    },
    stop: () => {
      sample();
      clearInterval(timer);
      const highWaterKb = [...highWater.values()].reduce((sum, kb) => sum + kb, 0);
      const largestKb = Math.max(0, ...highWater.values());
      return {
        sampledMb: Math.round(sampledKb / 1024),
        highWaterMb: Math.round(highWaterKb / 1024),
        largestMb: Math.round(largestKb / 1024),
        processes: highWater.size,
      };
    },
  };
}
