import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment when the build or the server starts: a bad variable stops it here.
import "./lib/platform/env";
import { REQUEST_BODY_LIMIT_BYTES } from "./lib/platform/server/request-body-limit";

// The catalogue's ICU messages are compiled by the build: next-intl keeps its formatters for one
// request, so otherwise every request parses each message it uses again (README, "One message
// catalogue": 9–18 % of Node's CPU per page, measured).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/platform/i18n/request.ts",
  experimental: { messages: { path: "./lib/platform/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

/**
 * `npm start`'s one build on a first start (lib/platform/cli/start.ts sets the variable). It skips the
 * type check, which `npm run test:static` and CI run on every change before a release and which
 * took a third of a first start (69 s of a 210 s build on two cores), and the build cache, which
 * only speeds a rebuild and which a start never does. `npm run build` keeps both.
 */
const startBuild = process.env.HAGUKUMI_START_BUILD === "1";

const nextConfig: NextConfig = {
  // Native argon2 bindings load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2"],
  poweredByHeader: false,
  // Forms post files (a certificate, the personnel system's staff CSV, about 2 MB for 20,000
  // people) to server actions; request-body-limit.ts says why the limit is twice the largest file.
  // proxy.ts runs before every action, so it must see the whole body too.
  experimental: {
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: REQUEST_BODY_LIMIT_BYTES,
    ...(startBuild ? { turbopackFileSystemCacheForBuild: false } : {}),
  },
  // Personnel records: never framed by another site, never sniffed, never cached by a shared
  // proxy, and no referrer leaking ids to other hosts. TLS ends at the city's proxy; HSTS tells
  // browsers never to try plain HTTP.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // The Content-Security-Policy, with a fresh nonce per response, comes from proxy.ts.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          // Never indexed, even where a link to a page leaks out (robots.txt only asks not to crawl).
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
      // Pages and exports hold personal data; the hashed static assets under /_next keep their
      // long-lived caching.
      { source: "/((?!_next/).*)", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
  // HR's two settings pages became one; old bookmarks and mails still arrive.
  async redirects() {
    return [{ source: "/city/reminders", destination: "/city/settings#reminders", permanent: true }];
  },
  typedRoutes: true,
  ...(startBuild ? { typescript: { ignoreBuildErrors: true } } : {}),
};

export default withNextIntl(nextConfig);
