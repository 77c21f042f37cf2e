import { describe, expect, it } from "vitest";
import { cpuBetween, cpuCounter, type MemorySample, type ProcessSample } from "@/tests/load/memory";

const sample = (at: number, cpuMs: number, postgresCpuMs: number, machineBusyMs: number): MemorySample => ({
  at,
  largestMb: 300,
  sumMb: 900,
  cpuMs,
  postgresCpuMs,
  machineBusyMs,
});

describe("a step's CPU", () => {
  it("reads the machine's busy share over all cores and each request's cost from the samples inside the step", () => {
    // 10 s step of 400 requests; samples every 2.5 s from 0 to 7.5 s; two cores.
    const samples = [
      sample(-500, 0, 0, 0),
      sample(0, 1_000, 100, 2_000),
      sample(2_500, 3_500, 350, 5_500),
      sample(7_500, 8_500, 850, 12_500),
      sample(10_000, 99_000, 9_900, 99_000),
    ];
    const cpu = cpuBetween(samples, 0, 10_000, 400, 2);
    // 7.5 s sampled: the portal used 7,500 ms, scaled to the 10 s step 10,000 ms, 25 ms a request.
    expect(cpu?.portalMsPerRequest).toBeCloseTo(25);
    expect(cpu?.postgresMsPerRequest).toBeCloseTo(2.5);
    // 10,500 ms busy over 7.5 s of two cores.
    expect(cpu?.machineBusyPercent).toBeCloseTo(70);
  });

  it("says nothing from fewer than two samples or no requests", () => {
    expect(cpuBetween([sample(0, 0, 0, 0)], 0, 1_000, 10, 2)).toBeNull();
    expect(cpuBetween([sample(0, 0, 0, 0), sample(500, 10, 1, 10)], 0, 1_000, 0, 2)).toBeNull();
  });
});

describe("the CPU counter", () => {
  const process = (pid: number, cpuTicks: number): ProcessSample => ({ pid, pgid: 1, rssKb: 1_000, cpuTicks, postgres: true });

  it("never falls when a process ends, and counts a new one from its start", () => {
    const count = cpuCounter();
    expect(count([process(10, 100), process(11, 50)])).toBe(1_500);
    // 11 ended (a backend whose idle connection the pool closed), 12 began: +20 and +10 ticks.
    expect(count([process(10, 120), process(12, 10)])).toBe(1_800);
    expect(count([process(10, 120)])).toBe(1_800);
  });
});
