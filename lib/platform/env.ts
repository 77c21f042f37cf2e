import { createEnv } from "@t3-oss/env-nextjs";
import { availableParallelism } from "node:os";
import { z } from "zod";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** http(s)://host[:port] and nothing else (a trailing slash is the same address). */
function isBareOrigin(value: string): boolean {
  if (!URL.canParse(value)) return true; // the URL check names it
  const url = new URL(value);
  return url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password && !value.endsWith("?") && !value.endsWith("#");
}

/**
 * The portal's configuration, validated once at start-up (and at build, through
 * next.config.ts). A missing or malformed variable stops the process with one line naming it.
 */
export const env = createEnv({
  server: {
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // A request waits at most this long for a free connection, then fails with the error page.
    DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    // Dashboards shared by a whole scope are computed at most this often (0: on every request).
    FIGURE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
    // "off" only behind a pooler in transaction mode that cannot carry prepared statements.
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
    AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }),
    // The city's identity provider (OpenID Connect). All three or none, and PORTAL_URL with them.
    OIDC_ISSUER: z
      .url({ protocol: /^https?$/, error: "must be the issuer's https:// URL" })
      // Codes and tokens travel to and from the issuer: plain http only on this machine (tests).
      .refine((value) => !URL.canParse(value) || new URL(value).protocol === "https:" || LOOPBACK.has(new URL(value).hostname), {
        error: "must be https:// (http:// only on loopback)",
      })
      .optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).default("仙台市職員認証"),
    // Which ID-token claim carries the 職員番号; staff are matched on it.
    OIDC_STAFF_NUMBER_CLAIM: z.string().min(1).default("preferred_username"),
    // How the portal authenticates to the provider's token endpoint, as registered there.
    OIDC_CLIENT_AUTH_METHOD: z.enum(["client_secret_basic", "client_secret_post"]).default("client_secret_basic"),
    // "on": the provider asks for credentials at every sign-in (for a provider that offers no
    // end_session_endpoint, whose session signing out of the portal cannot end).
    OIDC_PROMPT_LOGIN: z.enum(["on", "off"]).default("off"),
    PASSWORD_SIGN_IN: z.enum(["on", "off"]).default("on"),
    // How many reverse proxies in front of the portal append the address they were connected
    // from to X-Forwarded-For (0: clients connect directly). Sign-ins are throttled and audited
    // on the address the outermost one saw; what the client writes there itself is never read.
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    // A session ends after this long without a request, and this long after signing in.
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
    // E-mail digests: the city's SMTP relay, e.g. smtp://relay.example:25 or smtps://user:pass@host:465.
    // Without it, digests are kept in the outbox for the HR division to read, and nothing is sent.
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: z.string().min(3).default("はぐくみ <hagukumi@localhost>"),
    // The portal's public address as staff reach it (through the city's reverse proxy): the
    // identity provider's redirect and post-logout URIs and the links in e-mails are built on
    // it. Only an origin: the portal is served at the root of its host.
    PORTAL_URL: z
      .url({ protocol: /^https?$/, error: "must be the portal's https:// address" })
      .refine(isBareOrigin, { error: "must be an address without path, query or credentials, e.g. https://hagukumi.city.example" })
      .transform((value) => new URL(value).origin)
      .optional(),
    // How often the background jobs (transfers taking effect, reminders, digests) run.
    JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
    // `npm start` / `npm run serve` (lib/platform/cli/serve.ts): the port, the address to bind (unset:
    // every interface), server processes (default one per core), whether the background jobs run
    // beside them, and the bound on requests one process renders at once before answering 503.
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    BIND_ADDRESS: z.string().min(1).optional(),
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
    JOBS: z.enum(["on", "off"]).default("on"),
    MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).default(16),
    OVERLOAD_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // Only for tools that load next.config.ts without running the portal (route type generation).
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  onValidationError: (issues) => {
    const named = issues.map((issue) => `${issue.path?.map(String).join(".") ?? "?"} (${issue.message})`);
    throw new Error(`Invalid environment variable: ${named.join(", ")}`);
  },
});

const oidcParts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
  throw new Error("Invalid environment variable: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together or not at all");
}

export const oidcEnabled = oidcParts.every(Boolean);

// The redirect URI the provider is sent and the one the callback checks are both built on the
// public address; from the request's Host they differ behind a proxy (the provider then refuses
// the code), so single sign-on does not start without it.
if (oidcEnabled && !env.PORTAL_URL) {
  throw new Error("Invalid environment variable: PORTAL_URL (required with OIDC_ISSUER: the portal's public address, e.g. https://hagukumi.city.example)");
}

// Auth.js reads its own AUTH_URL (lib/platform/auth/auth.ts sets it from PORTAL_URL): a second address
// that disagreed would split the redirect URI again.
for (const name of ["AUTH_URL", "NEXTAUTH_URL"] as const) {
  const other = process.env[name];
  if (other && (!URL.canParse(other) || !env.PORTAL_URL || new URL(other).origin !== new URL(env.PORTAL_URL).origin)) {
    throw new Error(`Invalid environment variable: ${name} (set PORTAL_URL instead, the portal's one public address)`);
  }
}
