import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "bench ceiling", robots: { index: false } };

/**
 * The ceiling of `npm run bench` (tests/bench): rendered on every request by the same server,
 * root layout and headers as the portal's pages, but reading neither the database nor the
 * session, so its throughput is the most any page of this app can reach on the machine. It sits
 * outside the (portal) group so that no layout signs anyone in; it shows nothing but the time.
 */
export default async function BenchCeilingPage() {
  // Opt out of prerendering: a static page would measure the file cache, not rendering.
  await connection();
  return (
    <main id="main" className="p-8">
      <p>{new Date().toISOString()}</p>
    </main>
  );
}
