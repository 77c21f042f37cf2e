import type { AddressInfo } from "node:net";

/** The port a test server was given by the system (it listens on port 0), once it listens. */
export function listeningPort(server: { address(): AddressInfo | string | null }): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error(`not listening on a TCP port: ${String(address)}`);
  return address.port;
}
