import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "../bench/options";

/**
 * A click on one of the portal's links, as Next.js's client router sends it: the page's server
 * components only (`RSC: 1`), no HTML, for the page the browser already shows (`Next-Url`). A
 * browser loads the whole document once, then moves by such requests; they cost the server
 * about half a whole page (no HTML render), so a load of whole documents alone overstates what
 * a day of clicking costs.
 *
 * The router also sends the tree of segments it holds, so that the server renders only the
 * ones that change; this sends a tree that asks for every segment again (a "refetch" at the
 * root), which costs the server slightly more than a real click (measured on `/me/records`:
 * 10.4 against 9.9 ms of CPU, 31.6 against 24.4 KB). Next.js refuses a router request whose
 * `_rsc` does not match its headers, so the value comes from Next.js's own function, the one
 * its browser code uses.
 */
const require = createRequire(import.meta.url);
interface CacheBusting {
  computeCacheBustingSearchParam: (prefetch?: string, segmentPrefetch?: string, stateTree?: string, nextUrl?: string) => Promise<string>;
}
const { computeCacheBustingSearchParam }: CacheBusting = require(
  path.join(ROOT, "node_modules/next/dist/shared/lib/router/utils/cache-busting-search-param.js"),
);

const REFETCH_EVERY_SEGMENT = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, "refetch", 0]));

/** The URL and headers of a click from the page at `from` (a path) to `to`. */
export async function clickRequest(baseUrl: string, to: string, from: string): Promise<{ url: URL; headers: Record<string, string> }> {
  const nextUrl = new URL(from, baseUrl).pathname;
  const url = new URL(to, baseUrl);
  url.searchParams.set("_rsc", await computeCacheBustingSearchParam(undefined, undefined, REFETCH_EVERY_SEGMENT, nextUrl));
  return { url, headers: { RSC: "1", "Next-Router-State-Tree": REFETCH_EVERY_SEGMENT, "Next-Url": nextUrl } };
}
