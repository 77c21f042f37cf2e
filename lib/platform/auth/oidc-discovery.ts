import "server-only";
import * as oauth from "oauth4webapi";
import { env } from "@/lib/platform/env";

/** The provider's metadata is fetched again after this long (a key or endpoint may move). */
const METADATA_TTL_MS = 10 * 60_000;
const REQUEST_TIMEOUT_MS = 5_000;

let cached: { fetchedAt: number; metadata: Promise<oauth.AuthorizationServer> } | undefined;

/** The configured issuer (only called with OIDC configured: lib/platform/env requires all of it). */
export function issuerOf(): URL {
  if (!env.OIDC_ISSUER) throw new Error("OIDC_ISSUER is not set");
  return new URL(env.OIDC_ISSUER);
}

/**
 * oauth4webapi refuses plain http unless told; lib/platform/env allows an http issuer only on loopback
 * (the end-to-end provider), so this opens nothing in a deployment.
 */
export function requestOptions(): { [oauth.allowInsecureRequests]: boolean; signal: () => AbortSignal } {
  return { [oauth.allowInsecureRequests]: issuerOf().protocol === "http:", signal: () => AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
}

/**
 * The identity provider's discovery document, checked to be the configured issuer's: its
 * end_session_endpoint ends the provider's session at sign-out, its userinfo_endpoint answers
 * for a staff number the ID token lacks. (Auth.js fetches its own copy for the sign-in itself.)
 * A failed fetch is not kept, so the next sign-out tries again.
 */
export function providerMetadata(): Promise<oauth.AuthorizationServer> {
  const now = Date.now();
  if (cached && now - cached.fetchedAt < METADATA_TTL_MS) return cached.metadata;
  const issuer = issuerOf();
  const metadata = oauth.discoveryRequest(issuer, requestOptions()).then((response) => oauth.processDiscoveryResponse(issuer, response));
  const entry = { fetchedAt: now, metadata };
  cached = entry;
  metadata.catch(() => {
    if (cached === entry) cached = undefined;
  });
  return metadata;
}
