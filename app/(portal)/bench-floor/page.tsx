import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "bench floor", robots: { index: false } };

/**
 * The floor of `npm run bench` (tests/bench): a signed-in page with nothing of its own. The
 * portal's layout reads the session and the actor and renders the header and the role's menu
 * around one paragraph, so its throughput is the most any signed-in page can reach: the gap
 * from the ceiling (app/bench-ceiling) is the shell's cost, the gap below it the page's own.
 */
export default async function BenchFloorPage() {
  await connection();
  return <p>{new Date().toISOString()}</p>;
}
