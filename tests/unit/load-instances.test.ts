import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, THROTTLE_WINDOW_MINUTES } from "@/lib/platform/auth/sign-in-throttle";
import { haproxyConfig, parseStats } from "@/tests/load/haproxy";
import { SIGN_IN_THROTTLE } from "@/tests/load/instance-checks";
import { aroundKill, type TimedAnswer, timeline } from "@/tests/load/instances-report";
import { jobsLogCounts } from "@/tests/load/jobs-check";
import { readSections, renderSections } from "@/tests/load/results-file";

/**
 * The pure parts of the several-instances run (tests/load/instances.ts): the balancer it
 * configures, how it reads HAProxy's view, how it sorts the answers around the kill, the jobs'
 * log, and the results file's sections.
 */

describe("haproxyConfig", () => {
  const config = haproxyConfig({
    port: 3403,
    statsPort: 3404,
    backends: [
      { name: "instance-a", port: 3401 },
      { name: "instance-b", port: 3402 },
    ],
  });

  it("balances round robin over every instance, health-checked on the sign-in page", () => {
    expect(config).toContain("balance roundrobin");
    expect(config).toContain("option httpchk GET /signin");
    expect(config).toMatch(/server instance-a 127\.0\.0\.1:3401 check\n\s+server instance-b 127\.0\.0\.1:3402 check/);
    expect(config).toContain("bind 127.0.0.1:3403");
  });

  it("keeps no session on the balancer: no cookie, no stick table, no source hashing", () => {
    expect(config).not.toMatch(/\bcookie\b|stick|balance source|hash-type/);
  });

  it("passes the client's address on, which the sign-in throttle counts per address", () => {
    expect(config).toContain("option forwardfor");
  });

  it("takes a request's whole body before passing it on, so an instance's early 503 reaches the client", () => {
    expect(config).toContain("option http-buffer-request");
  });
});

describe("parseStats", () => {
  const csv = [
    "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,",
    "portal,FRONTEND,,,0,3,4096,120,0,0,0,0,0,,,,,OPEN,",
    "instances,instance-a,0,0,0,2,,70,0,0,,0,,0,0,0,0,UP,",
    "instances,instance-b,0,0,0,2,,50,0,0,,0,,0,0,0,0,DOWN 1/2,",
    "instances,BACKEND,0,0,0,3,410,120,0,0,0,0,,0,0,0,0,UP,",
  ].join("\n");

  it("reads the backend's servers, their state and their request totals", () => {
    expect(parseStats(csv)).toEqual([
      { name: "instance-a", status: "UP", total: 70 },
      { name: "instance-b", status: "DOWN 1/2", total: 50 },
    ]);
  });
});

describe("aroundKill", () => {
  const answer = (at: number, ms: number, status: number, expected = 200): TimedAnswer => ({ at, ms, status, expected });
  const answers = [
    answer(0, 100, 200),
    answer(500, 100, 503),
    answer(900, 300, 502), // in flight at the kill (1000)
    answer(1_100, 50, 502), // sent before HAProxy marked it down (2000)
    answer(1_500, 50, 200),
    answer(2_100, 80, 200),
    answer(2_200, 90, 404, 404),
    answer(2_300, 30_000, 0),
  ];
  const result = aroundKill(answers, { killedAt: 1_000, markedDownAt: 2_000 });

  it("sorts requests by when they were sent against the kill and HAProxy marking the instance down", () => {
    expect(result.before).toMatchObject({ sent: 2, failed: 0, refused503: 1 });
    expect(result.inFlight).toMatchObject({ sent: 1, failed: 1 });
    expect(result.beforeDown).toMatchObject({ sent: 2, failed: 1 });
    expect(result.afterDown).toMatchObject({ sent: 3, served: 2, failed: 1 });
  });

  it("counts everything sent after the kill as after it when HAProxy never marked it down", () => {
    const never = aroundKill(answers, { killedAt: 1_000, markedDownAt: null });
    expect(never.beforeDown.sent).toBe(5);
    expect(never.afterDown.sent).toBe(0);
  });

  it("buckets the answers by sending time, gaps included", () => {
    expect(timeline([answer(0, 1, 200), answer(12_000, 1, 503), answer(13_000, 1, 0)], 5_000)).toEqual([
      { from: 0, sent: 1, served: 1, refused503: 0, failed: 0 },
      { from: 5_000, sent: 0, served: 0, refused503: 0, failed: 0 },
      { from: 10_000, sent: 2, served: 0, refused503: 1, failed: 1 },
    ]);
  });
});

describe("jobsLogCounts", () => {
  it("adds up the reminders and digests an instance's jobs reported, sees them start, and counts failed rounds", () => {
    const lines = [
      "[hagukumi] serving on http://127.0.0.1:3401 with 1 server process(es)",
      "[jobs] every 10 s; e-mail kept in the outbox (no SMTP_URL)",
      "[jobs] transfers 0, reminders 2604, digests 3, sent 0, failed 0",
      "[jobs] round failed: Can't reach database server",
      "[jobs] transfers 1, reminders 4, digests 0, sent 0, failed 0",
    ];
    expect(jobsLogCounts(lines)).toEqual({ started: true, reminders: 2_608, digests: 3, failedRounds: 1 });
    expect(jobsLogCounts(["[hagukumi] serving"])).toEqual({ started: false, reminders: 0, digests: 0, failedRounds: 0 });
  });
});

describe("SIGN_IN_THROTTLE", () => {
  it("is the portal's own limit, which the run's failed sign-ins must reach", () => {
    expect(SIGN_IN_THROTTLE).toEqual({ maxFailuresPerAccount: MAX_FAILURES_PER_ACCOUNT, windowMinutes: THROTTLE_WINDOW_MINUTES });
  });
});

describe("results file sections", () => {
  it("replaces one mode's section and keeps the others, in a fixed order", () => {
    const first = renderSections(
      new Map([
        ["instances", "## instances\nold"],
        ["closed", "## closed"],
      ]),
    );
    const sections = readSections(first);
    sections.set("instances", "## instances\nnew");
    sections.set("open", "## open");
    const second = renderSections(sections);
    expect([...readSections(second).entries()]).toEqual([
      ["closed", "## closed"],
      ["open", "## open"],
      ["instances", "## instances\nnew"],
    ]);
    expect(second.indexOf("load:closed")).toBeLessThan(second.indexOf("load:open"));
  });
});
