import { get } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";

export interface Measurement {
  connections: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  /** answers other than 2xx, `refused` included */
  non2xx: number;
  /** 503s: the server's overload gate turned the request away (MAX_REQUESTS_IN_FLIGHT) */
  refused: number;
  /** connection errors and timeouts (autocannon counts a timeout as an error): no answer at all */
  errors: number;
  /** every answer's latency in ms, sorted: two measurements of one page combine through them */
  latencies: number[];
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Keeps the latencies; `stop` ends the run early (autocannon otherwise stops at `seconds`). */
function fire(url: string, cookie: string | undefined, connections: number, seconds: number, onLatency?: (ms: number, stop: () => void) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: cookie ? { cookie } : {},
        // A page over 10 s is a failure to report, not a reason to hang the run.
        timeout: 30,
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
    // autocannon's own histogram offers p97.5 but no p95: keep every latency and rank them here.
    if (onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime, () => instance.stop()));
  });
}

/**
 * Answers the warm-up waits for beyond its seconds, per connection. Each server process's pool
 * prepares a page's statements on each of its connections, and PostgreSQL plans a prepared
 * statement afresh for its first five runs before it settles on a plan: a page slow enough to
 * answer only ten times in the warm-up second was measured half cold (the largest 局長's
 * `/team`, 13 requests/s over its first 40 answers after a restart and 20–22 after, one process).
 */
export const WARMUP_ANSWERS_PER_CONNECTION = 6;

/** The longest a slow page's warm-up may last, in seconds: a page that slow is reported as it is. */
const WARMUP_LIMIT_SECONDS = 20;

/**
 * Loads one URL with `connections` keep-alive connections in one run: `warmup` seconds, and at
 * least WARMUP_ANSWERS_PER_CONNECTION answers per connection, unmeasured (JIT, connection pools,
 * PostgreSQL's statements and caches), then `duration` seconds counting only the requests sent
 * after the warm-up. One run rather than two: a warm-up of its own would end with requests in
 * flight that the server finishes while the measurement runs. `warmup` 0: no warm-up at all.
 */
export async function measure(url: string, cookie: string | undefined, connections: number, duration: number, warmup: number): Promise<Measurement> {
  const latencies: number[] = [];
  const started = performance.now();
  const answersToWarm = warmup > 0 ? WARMUP_ANSWERS_PER_CONNECTION * connections : 0;
  let answers = 0;
  let measuredFrom = warmup > 0 ? Number.POSITIVE_INFINITY : started;
  let measuredTo = Number.POSITIVE_INFINITY;
  const result = await fire(url, cookie, connections, warmup + WARMUP_LIMIT_SECONDS + duration, (ms, stop) => {
    const now = performance.now();
    answers += 1;
    if (
      measuredFrom === Number.POSITIVE_INFINITY &&
      ((now - started >= warmup * 1000 && answers >= answersToWarm) || now - started >= (warmup + WARMUP_LIMIT_SECONDS) * 1000)
    )
      measuredFrom = now;
    if (now - measuredFrom >= duration * 1000) {
      // The window is over: answers still arriving are the stop's, not the measurement's.
      if (measuredTo === Number.POSITIVE_INFINITY) {
        measuredTo = now;
        stop();
      }
      return;
    }
    if (now - ms >= measuredFrom) latencies.push(ms);
  });
  const seconds = Number.isFinite(measuredTo)
    ? (measuredTo - measuredFrom) / 1000
    : Number.isFinite(measuredFrom)
      ? result.duration - (measuredFrom - started) / 1000
      : duration;
  return summarise(connections, seconds, latencies, { non2xx: result.non2xx, refused: result.statusCodeStats?.["503"]?.count ?? 0, errors: result.errors });
}

function summarise(connections: number, seconds: number, latencies: number[], failures: Pick<Measurement, "non2xx" | "refused" | "errors">): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    connections,
    requests: sorted.length,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    ...failures,
    latencies: sorted,
  };
}

/** Two measurements of the same page as one: the ceiling is measured before and after the list. */
export function combine(a: Measurement, b: Measurement): Measurement {
  return summarise(a.connections, a.seconds + b.seconds, [...a.latencies, ...b.latencies], {
    non2xx: a.non2xx + b.non2xx,
    refused: a.refused + b.refused,
    errors: a.errors + b.errors,
  });
}

/** One request to the ceiling page on a new connection (so the cluster hands it to the next process), in ms. */
function probe(baseUrl: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = get(`${baseUrl}/bench-ceiling`, { agent: false, timeout: 30_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(performance.now() - started));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(Number.POSITIVE_INFINITY));
  });
}

/** The ceiling page's median time on an idle server, in ms: what settle() waits to see again. */
export async function idleLatency(baseUrl: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i += 1) times.push(await probe(baseUrl));
  return percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

/**
 * Waits until the server has finished the requests a measurement left in flight. autocannon
 * stops at the deadline and closes its connections, but the server renders what it had
 * accepted to the end: after a slow page, the next page would be measured against that
 * backlog, and the next after it against a longer one. Settled means a run of quick answers
 * from the ceiling page, two per server process; gives up after `limitMs`. Answers the wait in ms.
 */
export async function settle(baseUrl: string, idleMs: number, workers: number, limitMs = 120_000): Promise<number> {
  const started = Date.now();
  const quick = Math.max(50, idleMs * 4);
  for (let inARow = 0; inARow < workers * 2 && Date.now() - started < limitMs;) {
    if ((await probe(baseUrl)) <= quick) inARow += 1;
    else {
      inARow = 0;
      await sleep(250);
    }
  }
  return Date.now() - started;
}
