import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Validates the environment when the build or the server starts: a bad variable stops it here.
import "./lib/env";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native argon2 bindings load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: true,
};

export default withNextIntl(nextConfig);
