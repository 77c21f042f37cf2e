import type { NextRequest } from "next/server";
import { handlers, OIDC_PROVIDER_ID } from "@/lib/platform/auth/auth";
import { auditingProviderErrors } from "@/lib/platform/auth/oidc-refusals";

const OIDC_CALLBACK = `/api/auth/callback/${OIDC_PROVIDER_ID}`;

// The identity provider's answer (a code, or its error) arrives here: a failure is audited with
// its cause before Auth.js's redirect to the sign-in page goes out.
const handle = (handler: (request: NextRequest) => Promise<Response>) => (request: NextRequest) =>
  request.nextUrl.pathname === OIDC_CALLBACK ? auditingProviderErrors(() => handler(request)) : handler(request);

export const GET = handle(handlers.GET);
export const POST = handle(handlers.POST);
