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

/**
 * The young generation's semi-spaces: V8's 16 MB (here) let the largest process peak at 585–611
 * MB over one pass of every page, past the 600 MB budget; 12 MB brought the same pass to 476 MB.
 * The cost is more scavenging: 1.3–1.7 ms more of Node's CPU per `/me` request (about 7 %,
 * alternating pairs on one build), none visible in a page's throughput. 8 MB saved little more
 * memory for 2–5 ms (tests/bench/RESULTS.md).
 */
export const SERVER_SEMI_SPACE_MB = 12;

/** NODE_OPTIONS for the server processes: the operator's, with the two sizes above where they name none. */
export function serverNodeOptions(existing: string | undefined): string {
  const given = existing ?? "";
  const added = [
    given.includes("--max-old-space-size") ? null : `--max-old-space-size=${SERVER_HEAP_MB}`,
    given.includes("--max-semi-space-size") ? null : `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
  ].filter((option) => option !== null);
  return [given, ...added].join(" ").trim();
}
