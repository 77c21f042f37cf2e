/**
 * One server process of the cluster (serve.ts forks one per core): the production build
 * through Next.js's documented custom-server entry, behind the body limit and the overload gate.
 * The primary shares the listening socket, so every worker listens on the same port.
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/platform/env";
import { createOverloadGate } from "@/lib/platform/server/overload-gate";
import { refuseOversizedBody } from "@/lib/platform/server/oversized-body";
import { stampPeerAddress } from "@/lib/platform/server/peer-address";

const root = path.resolve(import.meta.dirname, "../../..");
const app = next({ dev: false, dir: root, hostname: env.BIND_ADDRESS ?? "localhost", port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();
const gate = createOverloadGate({ maxInFlight: env.MAX_REQUESTS_IN_FLIGHT, retryAfterSeconds: env.OVERLOAD_RETRY_AFTER_SECONDS });

const server = createServer((request, response) => {
  if (refuseOversizedBody(request, response)) return;
  if (!gate.admit(request, response)) return;
  // Sign-in is throttled and audited on the client's address (TRUSTED_PROXY_HOPS counts back
  // from this connection's), which Next.js does not pass on.
  stampPeerAddress(request);
  void handle(request, response);
});
// As `next start` does: a connection kept alive by a proxy outlives the proxy's own timeout, so
// the proxy never sends a request down a connection the server is closing.
server.keepAliveTimeout = 65_000;
server.listen(env.PORT, env.BIND_ADDRESS);

let stopping = false;
process.on("SIGTERM", () => {
  if (stopping) return;
  stopping = true;
  // Finish what is in flight, take nothing new; give up after ten seconds.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
});
// Ctrl-C reaches every process of the group: the primary decides when the workers stop.
process.on("SIGINT", () => undefined);
