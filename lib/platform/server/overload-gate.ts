import type { IncomingMessage, ServerResponse } from "node:http";
import { shortPage } from "./short-page";

export interface OverloadGateOptions {
  /** requests this process renders at once; one more is answered 503 at once */
  maxInFlight: number;
  /** what the 503 asks the browser (and a proxy) to wait before trying again */
  retryAfterSeconds: number;
}

export interface OverloadGate {
  /** true: the caller serves the request; false: the gate has answered it with 503 */
  admit(request: IncomingMessage, response: ServerResponse): boolean;
  inFlight(): number;
  refused(): number;
}

/**
 * Hashed build assets carry no personal data and cost a file read: they never count against the
 * bound and are never refused, so a page already on its way can finish loading.
 */
function isStaticAsset(url: string | undefined): boolean {
  return url?.startsWith("/_next/static/") === true;
}

/** The short page a refused request gets (short-page.ts). */
export function overloadPage(retryAfterSeconds: number): string {
  return shortPage("overloadTitle", "overloadBody", { seconds: String(retryAfterSeconds) });
}

/**
 * Bounds the requests one server process renders at once. Past the bound a request is answered
 * at once with a 503 and Retry-After instead of waiting in the process: a queue inside Node.js
 * has no limit but memory, every request in it waits for all those before it (so all of them
 * are slow rather than some refused), and the process died of it under sustained overload
 * (tests/load/RESULTS.md). The count falls when a response finishes or its client goes away,
 * so the process recovers by itself once the load falls.
 */
export function createOverloadGate(options: OverloadGateOptions): OverloadGate {
  const page = Buffer.from(overloadPage(options.retryAfterSeconds), "utf8");
  let inFlight = 0;
  let refused = 0;
  return {
    admit(request, response) {
      if (isStaticAsset(request.url)) return true;
      if (inFlight >= options.maxInFlight) {
        refused += 1;
        // A refused form post's body is read and dropped, not left unread with the connection
        // closed under it: a client (or the city's load balancer) still sending the body would
        // get a broken pipe instead of the 503 (seen behind HAProxy in tests/load).
        request.resume();
        response.writeHead(503, {
          "Content-Type": "text/html; charset=utf-8",
          "Content-Length": page.length,
          "Retry-After": String(options.retryAfterSeconds),
          "Cache-Control": "no-store",
        });
        response.end(request.method === "HEAD" ? undefined : page);
        return false;
      }
      inFlight += 1;
      let done = false;
      const release = () => {
        if (done) return;
        done = true;
        inFlight -= 1;
      };
      response.once("finish", release);
      response.once("close", release);
      return true;
    },
    inFlight: () => inFlight,
    refused: () => refused,
  };
}
