import type { IncomingMessage } from "node:http";

/**
 * The header through which the portal's own server (lib/platform/cli/serve-worker.ts) tells pages, route
 * handlers and actions the address of the connection's other end: Next.js hands them the
 * request's headers, never its socket.
 */
export const PEER_ADDRESS_HEADER = "x-hagukumi-peer";

// The server and Next.js's compiled code each load their own copy of this module, in one
// process: a Symbol.for key on the global object is the same for both.
const STAMPING = Symbol.for("hagukumi.peer-address-stamping");

/**
 * Called by the server for every request before Next.js sees it: the socket's address replaces
 * any header of that name the client sent.
 */
export function stampPeerAddress(request: IncomingMessage): void {
  Reflect.set(globalThis, STAMPING, true);
  const address = request.socket.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = address;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/**
 * The connection's address as the server stamped it, or null. Under `next dev` or `next start`
 * nothing stamps requests and a header of that name would be the client's own, so it is read only
 * in a process whose server stamps them.
 */
export function peerAddress(headers: Headers | undefined): string | null {
  if (Reflect.get(globalThis, STAMPING) !== true) return null;
  return headers?.get(PEER_ADDRESS_HEADER) ?? null;
}
