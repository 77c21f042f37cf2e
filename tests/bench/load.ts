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
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

function fire(url: string, cookie: string | undefined, connections: number, seconds: number, onLatency?: (ms: number) => void) {
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
    if (onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/**
 * Loads one URL with `connections` keep-alive connections: `warmup` seconds thrown away (JIT,
 * connection pools, PostgreSQL's caches), then `duration` seconds measured.
 */
export async function measure(url: string, cookie: string | undefined, connections: number, duration: number, warmup: number): Promise<Measurement> {
  if (warmup > 0) await fire(url, cookie, connections, warmup);
  const latencies: number[] = [];
  const result = await fire(url, cookie, connections, duration, (ms) => latencies.push(ms));
  latencies.sort((a, b) => a - b);
  const seconds = result.duration > 0 ? result.duration : duration;
  return {
    connections,
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    non2xx: result.non2xx,
    refused: result.statusCodeStats?.["503"]?.count ?? 0,
    errors: result.errors,
  };
}
