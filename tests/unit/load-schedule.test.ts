import { describe, expect, it } from "vitest";
import { parseLoadOptions } from "@/tests/load/options";
import { type OpenReport, openVerdicts } from "@/tests/load/open-report";
import {
  arrivalTimes,
  type Answer,
  parseRates,
  percentile,
  pickCapacity,
  planSteps,
  plannedSeconds,
  servedCleanly,
  type Step,
  stepFigures,
} from "@/tests/load/schedule";

/**
 * The open-loop run's arithmetic (tests/load/schedule.ts): the steps it plans, the timetable
 * each step sends on, the figures of a step, and the capacity figure picked from them. A
 * mistake here would print a capacity the portal does not have.
 */

/** A small deterministic generator, so that the timetable's shape is tested, not luck. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe("parseRates", () => {
  it("reads a comma-separated step-up", () => {
    expect(parseRates("20,40,80,160")).toEqual([20, 40, 80, 160]);
    expect(parseRates(" 10 , 20 ")).toEqual([10, 20]);
  });

  it("refuses rates that do not step up, or are not positive numbers", () => {
    expect(() => parseRates("40,20")).toThrow(/step up/);
    expect(() => parseRates("20,20")).toThrow(/step up/);
    expect(() => parseRates("0,20")).toThrow(/positive/);
    expect(() => parseRates("20,abc")).toThrow(/positive/);
    expect(() => parseRates("")).toThrow(/positive/);
  });
});

describe("planSteps", () => {
  it("warms up and recovers at the lowest rate around the stepped rates", () => {
    const steps = planSteps({ rates: [20, 40, 80, 160], stepSeconds: 40, warmupSeconds: 10, recoverySeconds: 20 });
    expect(steps).toEqual([
      { kind: "warm-up", rate: 20, seconds: 10 },
      { kind: "step", rate: 20, seconds: 40 },
      { kind: "step", rate: 40, seconds: 40 },
      { kind: "step", rate: 80, seconds: 40 },
      { kind: "step", rate: 160, seconds: 40 },
      { kind: "recovery", rate: 20, seconds: 20 },
    ]);
    // The default run's load time, which run.ts's header promises stays within minutes.
    expect(plannedSeconds(steps)).toBe(190);
  });

  it("leaves out a warm-up or recovery of 0 s", () => {
    expect(planSteps({ rates: [10], stepSeconds: 5, warmupSeconds: 0, recoverySeconds: 0 })).toEqual([{ kind: "step", rate: 10, seconds: 5 }]);
  });
});

describe("arrivalTimes", () => {
  it("sends exactly rate × seconds requests, in order, within the step", () => {
    const times = arrivalTimes({ rate: 80, seconds: 40 }, seeded(1));
    expect(times).toHaveLength(3_200);
    expect(times.every((t, i) => t >= 0 && t < 40_000 && (i === 0 || t >= times[i - 1]!))).toBe(true);
  });

  it("spreads them over the whole step, with bursts and gaps as independent people make", () => {
    const times = arrivalTimes({ rate: 100, seconds: 10 }, seeded(7));
    const perSecond = Array.from({ length: 10 }, (_, s) => times.filter((t) => t >= s * 1000 && t < (s + 1) * 1000).length);
    // Every second gets its share give or take Poisson's spread (sd 10 at 100/s) …
    expect(perSecond.every((count) => count > 60 && count < 140)).toBe(true);
    // … and the spread is there: an even timetable would hit exactly 100 every second.
    expect(perSecond.some((count) => count !== 100)).toBe(true);
  });

  it("rounds a fractional count to the nearest request", () => {
    expect(arrivalTimes({ rate: 2.5, seconds: 3 }, seeded(3))).toHaveLength(8);
  });
});

describe("stepFigures", () => {
  const answer = (status: number, ms: number, expected = 200): Answer => ({ status, ms, expected });

  it("counts expected answers as achieved, 503s apart, and everything else as errors", () => {
    const figures = stepFigures(
      [
        answer(200, 10),
        answer(200, 20),
        answer(404, 5, 404),
        answer(503, 1),
        answer(503, 1, 404),
        answer(0, 30_000),
        answer(500, 40),
        answer(307, 3),
        answer(200, 6, 404),
      ],
      2,
    );
    expect(figures).toMatchObject({ sent: 9, offered: 4.5, achieved: 1.5, refused503: 2, errors: 4 });
  });

  it("takes p50 and p95 over the 200 answers only", () => {
    const answers = [...Array.from({ length: 100 }, (_, i) => answer(200, i + 1)), answer(404, 5_000, 404), answer(0, 30_000)];
    const figures = stepFigures(answers, 10);
    expect(figures.p50).toBe(50);
    expect(figures.p95).toBe(95);
  });

  it("has nothing to rank in an empty step", () => {
    expect(stepFigures([], 10)).toEqual({ sent: 0, offered: 0, achieved: 0, p50: 0, p95: 0, refused503: 0, errors: 0 });
    expect(percentile([], 95)).toBe(0);
  });
});

describe("pickCapacity", () => {
  const figures = (p95: number, errors = 0, refused503 = 0) => ({ sent: 100, offered: 10, achieved: 10, p50: p95 / 2, p95, refused503, errors });
  const result = (kind: Step["kind"], rate: number, f: ReturnType<typeof figures>) => ({ step: { kind, rate, seconds: 40 }, figures: f });

  it("is the highest step served under 300 ms p95 with no error and no 503", () => {
    const results = [
      result("step", 20, figures(80)),
      result("step", 40, figures(150)),
      result("step", 80, figures(299)),
      result("step", 160, figures(1_200, 0, 3_000)),
    ];
    expect(pickCapacity(results)).toBe(80);
  });

  it("does not count a step with a single error or a single 503, or a p95 of exactly 300 ms", () => {
    expect(pickCapacity([result("step", 20, figures(80)), result("step", 40, figures(80, 1))])).toBe(20);
    expect(pickCapacity([result("step", 20, figures(80)), result("step", 40, figures(80, 0, 1))])).toBe(20);
    expect(pickCapacity([result("step", 20, figures(80)), result("step", 40, figures(300))])).toBe(20);
  });

  it("ignores the warm-up and the recovery step, and answers null when no step was served", () => {
    expect(pickCapacity([result("warm-up", 20, figures(50)), result("step", 20, figures(900)), result("recovery", 20, figures(50))])).toBeNull();
  });

  it("does not count a step that sent nothing", () => {
    expect(servedCleanly({ sent: 0, offered: 0, achieved: 0, p50: 0, p95: 0, refused503: 0, errors: 0 })).toBe(false);
  });
});

describe("parseLoadOptions", () => {
  const env = { DATABASE_URL: "postgresql://localhost/hagukumi_city" } as unknown as NodeJS.ProcessEnv;

  it("runs the closed loop with the restart by default", () => {
    expect(parseLoadOptions([], env, () => "restart it")).toMatchObject({
      mode: "closed",
      duration: 120,
      users: 100,
      think: [5_000, 15_000],
      rounds: 50,
      restart: "restart it",
      build: true,
      write: true,
      // A browser loads the first page whole and reaches most of the next ones by links.
      clickShare: 0.75,
    });
    expect(parseLoadOptions(["--no-restart"], env, () => "restart it")).toMatchObject({ mode: "closed", restart: null });
  });

  it("restarts the cluster behind DATABASE_URL, and refuses to guess when there is none", () => {
    expect(parseLoadOptions([], env, (url) => `restart ${url}`)).toMatchObject({ restart: "restart postgresql://localhost/hagukumi_city" });
    expect(() => parseLoadOptions([], env, () => null)).toThrow(/--restart-command/);
    expect(parseLoadOptions(["--restart-command", "mine"], env, () => null)).toMatchObject({ restart: "mine" });
  });

  it("steps from 20 to 160 requests/s with --open, finely where this machine's capacity lies, each configurable", () => {
    expect(parseLoadOptions(["--open"], env, () => null)).toMatchObject({
      mode: "open",
      rates: [20, 25, 30, 35, 40, 50, 80, 160],
      stepSeconds: 40,
      warmupSeconds: 10,
      recoverySeconds: 20,
      trace: null,
      pages: [],
    });
    expect(
      parseLoadOptions(["--open", "--rates", "10,20", "--step-seconds", "10", "--warmup", "0", "--trace", "/tmp/run.ndjson"], env, () => null),
    ).toMatchObject({
      trace: "/tmp/run.ndjson",
      rates: [10, 20],
      stepSeconds: 10,
      warmupSeconds: 0,
    });
  });

  it("measures pages alone with --page, stepping further than the mix unless told", () => {
    expect(parseLoadOptions(["--open", "--page", "/bench-ceiling,/bench-floor"], env, () => null)).toMatchObject({
      pages: ["/bench-ceiling", "/bench-floor"],
      rates: [40, 60, 80, 100, 120, 160, 200],
    });
    expect(parseLoadOptions(["--open", "--page", "/bench-floor", "--rates", "50,100"], env, () => null)).toMatchObject({ rates: [50, 100] });
    expect(() => parseLoadOptions(["--open", "--page", "bench-floor"], env, () => null)).toThrow(/--page/);
    // Without --open the run would be the closed loop's, which restarts PostgreSQL.
    expect(() => parseLoadOptions(["--page", "/bench-floor"], env, () => "restart it")).toThrow(/add --open/);
    expect(() => parseLoadOptions(["--rates", "40,80"], env, () => "restart it")).toThrow(/add --open/);
  });

  it("runs 2 to 4 instances, and not together with --open", () => {
    expect(parseLoadOptions(["--instances", "2"], env, () => null)).toMatchObject({ mode: "instances", instances: 2, rate: 30, duration: 60 });
    expect(() => parseLoadOptions(["--instances", "1"], env, () => null)).toThrow(/2 to 4/);
    expect(() => parseLoadOptions(["--instances", "2", "--open"], env, () => null)).toThrow(/pick one/);
    expect(() => parseLoadOptions(["--instances", "2", "--workers", "2"], env, () => null)).toThrow(/--workers/);
  });

  it("serves one instance with one process per core unless --workers says how many", () => {
    expect(parseLoadOptions(["--open"], env, () => null)).toMatchObject({ workers: null });
    expect(parseLoadOptions(["--open", "--workers", "4"], env, () => null)).toMatchObject({ workers: 4 });
    expect(() => parseLoadOptions(["--open", "--workers", "0"], env, () => null)).toThrow(/--workers/);
  });

  it("needs a database", () => {
    expect(() => parseLoadOptions(["--open"], {} as NodeJS.ProcessEnv, () => null)).toThrow(/DATABASE_URL/);
    expect(parseLoadOptions(["--open", "--click-share", "0"], env, () => null)).toMatchObject({ clickShare: 0 });
    expect(() => parseLoadOptions(["--open", "--click-share", "1.5"], env, () => null)).toThrow(/--click-share/);
  });
});

describe("the recovery verdict", () => {
  const figures = (p95: number, refused503 = 0, errors = 0) => ({ sent: 100, offered: 5, achieved: 5, p50: p95 / 2, p95, refused503, errors });
  const report = (settled: ReturnType<typeof figures> | undefined): OpenReport => ({
    startedAt: new Date(0),
    commit: "test",
    machine: { cpu: "test", cpus: 2, ramGb: 24, node: "v24", loadAverage: 0 },
    database: "test",
    staff: 15_000,
    users: 100,
    page: null,
    clickShare: 0.75,
    serverProcesses: 2,
    maxInFlight: 16,
    steps: [
      { step: { kind: "step", rate: 160, seconds: 40 }, figures: figures(800, 3_000), memory: { largestMb: 500, sumMb: 1_000 }, lateP95: 1 },
      // The whole step carries the overload's tail: 2 requests met a full gate in its first second.
      {
        step: { kind: "recovery", rate: 20, seconds: 20 },
        figures: figures(70, 2),
        memory: { largestMb: 500, sumMb: 1_000 },
        lateP95: 1,
        ...(settled ? { settled } : {}),
      },
    ],
    writes: { acknowledged: 0, lost: 0, duplicated: 0, unacknowledgedPresent: 0, auditMismatches: 0, refusedByForm: 0 },
    probes: 0,
    leaked: 0,
    serverDeaths: 0,
    launcherAlive: true,
  });
  const recovered = (settled: ReturnType<typeof figures> | undefined) =>
    openVerdicts(report(settled)).find((verdict) => verdict.label.startsWith("served cleanly again"));

  it("is judged once the overload's queue has drained, not on the first answers after the load fell", () => {
    expect(recovered(figures(60))?.pass).toBe(true);
    expect(recovered(figures(60))?.measured).toContain("whole step: 2 503s");
  });

  it("judges the mix's capacity against the goal, but only reports one page's (a reference) and asks it for no writes", () => {
    const labels = (page: string | null) => openVerdicts({ ...report(figures(60)), page }).map((verdict) => [verdict.label.split(" ")[0], verdict.pass]);
    expect(labels(null)).toContainEqual(["capacity", false]);
    expect(labels(null).length).toBe(8);
    const reference = openVerdicts({ ...report(figures(60)), page: "/bench-floor" });
    expect(reference[0]).toMatchObject({ pass: true, measured: "no step" });
    expect(reference[0]?.label).toContain("/bench-floor alone");
    expect(reference.map((verdict) => verdict.label)).not.toContain("no acknowledged write lost");
  });

  it("fails on a 503, an error or a slow p95 after the drain, and when there was nothing to judge", () => {
    expect(recovered(figures(60, 1))?.pass).toBe(false);
    expect(recovered(figures(60, 0, 1))?.pass).toBe(false);
    expect(recovered(figures(300))?.pass).toBe(false);
    expect(recovered(undefined)?.pass).toBe(false);
  });
});
