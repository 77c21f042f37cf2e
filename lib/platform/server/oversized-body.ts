import type { IncomingMessage, ServerResponse } from "node:http";
import { REQUEST_BODY_LIMIT_BYTES } from "./request-body-limit";
import { shortPage } from "./short-page";

const megabytes = String(REQUEST_BODY_LIMIT_BYTES / 1024 / 1024);

/**
 * A request that declares a body past the limit is answered 413 with a short page that says so
 * (how large a file may be, and to go back and choose a smaller one), before Next.js reads any
 * of it. With scripts, the forms refuse such a file before sending it; this is what a browser
 * without them shows. True when the request was answered here.
 */
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse): boolean {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (!(declared > REQUEST_BODY_LIMIT_BYTES)) return false;
  const page = Buffer.from(shortPage("requestTooLargeTitle", "requestTooLargeBody", { megabytes }), "utf8");
  // Read and dropped rather than left unread: a browser still sending the file would otherwise
  // meet a reset connection and show its own error instead of this page.
  request.resume();
  response.writeHead(413, { "Content-Type": "text/html; charset=utf-8", "Content-Length": page.length, "Cache-Control": "no-store" });
  response.end(page);
  return true;
}
