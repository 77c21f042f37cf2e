/**
 * The production server's heap limit, unless the operator sets NODE_OPTIONS themselves. V8
 * sizes its heap from the machine's memory and grows it lazily: on a 24 GB host one `next start`
 * sat at 700–800 MB under load though its live data stays far below. With 512 MB a process stays
 * at 500–620 MB resident through the bench at no measured cost in throughput; most of that is
 * there once every page has been loaded, and 448 MB did not lower it (tests/bench/RESULTS.md).
 * 384 MB was not enough: under sustained overload (tests/load) the queue of half-rendered pages
 * outgrew it in two minutes and the process died; the limit is headroom, not a bound on a queue.
 */
export const SERVER_HEAP_MB = 512;

export function serverNodeOptions(existing: string | undefined): string {
  return existing?.includes("--max-old-space-size") ? existing : `${existing ?? ""} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
