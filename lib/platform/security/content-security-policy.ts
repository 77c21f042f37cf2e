/**
 * The Content-Security-Policy of every page: scripts only from this origin and only with this
 * response's nonce (Next.js puts it on its own inline scripts when it finds it in the request's
 * policy), nothing framed, posted or loaded from elsewhere. Styles allow inline attributes: the
 * charts position bars with style attributes, which carry no script.
 * `formTargets` are the other origins a form post may end up on: the identity provider's, whose
 * sign-in and sign-out the portal's own forms answer with a redirect (form-action binds the
 * redirects after a post too, so without it the button does nothing when scripts do not run).
 * In development React's tooling needs eval; production never gets it.
 */
export function contentSecurityPolicy(nonce: string, development: boolean, formTargets: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, fresh for every response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
