/**
 * The production server's heap limit, unless the operator sets NODE_OPTIONS themselves. V8
 * sizes its heap from the machine's memory and grows it lazily: on a 24 GB host one `next start`
 * sat at 700–800 MB under load though its live data stays far below. 384 MB keeps it near 430 MB
 * resident at no measured cost in throughput (tests/bench/RESULTS.md), leaving room for more
 * instances per host.
 */
export const SERVER_HEAP_MB = 384;

export function serverNodeOptions(existing: string | undefined): string {
  return existing?.includes("--max-old-space-size") ? existing : `${existing ?? ""} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
