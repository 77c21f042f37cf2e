"use client";

import NextLink, { type LinkProps } from "next/link";

/**
 * Every link of the portal: Next.js's link without prefetching. By default each link that comes
 * into view prefetches its route, two requests a link (the route's tree, then its head). Every
 * page here is rendered per reader, so a prefetch carries no page content, and the click still
 * waits for the server; but the prefetches cost the server about 3 ms each, and a page view in a
 * browser set off 14 to 45 of them (a 係長's `/team` 24, HR's `/city` 45): two to five times
 * the page's own cost, measured (tests/bench/RESULTS.md). A click now asks for the page alone,
 * and the navigation bar shows that it is coming (components/navigation-progress.tsx).
 * A client component, so that the choice is made here, not carried in every page's payload.
 */
export function Link<RouteType>(props: LinkProps<RouteType>) {
  return <NextLink {...props} prefetch={false} />;
}
