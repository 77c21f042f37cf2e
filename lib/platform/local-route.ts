import type { Route } from "next";

/**
 * A path built at run time (from an id, a query, a stored notification) as a typed route. Typed
 * routes check literal paths at compile time; a built one cannot be checked there, so it is
 * checked here instead, once: only a path within the portal passes (not `//host`, not a URL),
 * and anything else becomes the portal's start, so no link or redirect leaves the site.
 */
export function localRoute(href: string): Route {
  return isLocalPath(href) ? href : "/";
}

function isLocalPath(href: string): href is Route {
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
}
