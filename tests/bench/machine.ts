import { existsSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./options";

export interface Machine {
  cpu: string;
  cpus: number;
  ramGb: number;
  node: string;
  /** the 1-minute load average when the measurements began: other work skews every number */
  loadAverage: number;
}

export function describeMachine(): Machine {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU";
  const cpus = cpuinfo.match(/^processor\s*:/gm)?.length ?? os.cpus().length;
  const memTotalKb = Number(/^MemTotal:\s+(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? os.totalmem() / 1024);
  const loadAverage = Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
  return { cpu: model, cpus, ramGb: Math.round((memTotalKb / 1024 / 1024) * 10) / 10, node: process.version, loadAverage };
}

/**
 * The commit checked out, read from .git's files (no git command runs here). In a worktree
 * .git is a file naming the worktree's own git directory, whose "commondir" holds the refs.
 * Uncommitted changes are not seen: the hash names the base the numbers were measured on.
 */
export function gitCommit(): string {
  try {
    const dotGit = path.join(ROOT, ".git");
    const pointer = statSync(dotGit).isFile() ? /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim() : undefined;
    const gitDir = pointer ? path.resolve(ROOT, pointer) : dotGit;
    const commonFile = path.join(gitDir, "commondir");
    const commonDir = existsSync(commonFile) ? path.resolve(gitDir, readFileSync(commonFile, "utf8").trim()) : gitDir;
    const head = readFileSync(path.join(gitDir, "HEAD"), "utf8").trim();
    if (!head.startsWith("ref: ")) return head.slice(0, 12);
    const ref = head.slice(5);
    for (const dir of [gitDir, commonDir]) {
      const loose = path.join(dir, ref);
      if (existsSync(loose)) return readFileSync(loose, "utf8").trim().slice(0, 12);
    }
    const packed = readFileSync(path.join(commonDir, "packed-refs"), "utf8")
      .split("\n")
      .find((line) => line.endsWith(` ${ref}`));
    return packed?.slice(0, 12) ?? "unknown";
  } catch {
    return "unknown";
  }
}
