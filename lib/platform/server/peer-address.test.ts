import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, peerAddress, stampPeerAddress } from "./peer-address";
import { listeningPort } from "@/tests/support/listening-port";
import { z } from "zod";

/** The request's headers as a route handler or server action gets them (Fetch Headers). */
function fetchHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(", ") : value);
  return out;
}

/** A real server that stamps (or not) each request as serve-worker.ts does, and answers what it then reads. */
async function echoServer(stamp: boolean): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    if (stamp) stampPeerAddress(request);
    response.end(JSON.stringify({ peer: peerAddress(fetchHeaders(request.headers)), socket: request.socket.remoteAddress }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: listeningPort(server) };
}

/** One request from a chosen loopback address, with raw header lines (duplicates kept). */
function ask(port: number, localAddress: string, headerLines: [string, string][]): Promise<{ peer: string | null; socket: string }> {
  return new Promise((resolve, reject) => {
    // Raw header lines keep duplicates; Node adds no Host header to them.
    const headers = [["Host", `127.0.0.1:${port}`], ...headerLines].flat();
    const request = httpRequest({ host: "127.0.0.1", port, localAddress, path: "/", headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(z.object({ peer: z.string().nullable(), socket: z.string() }).parse(JSON.parse(body))));
    });
    request.on("error", reject);
    request.end();
  });
}

let running: Server | undefined;
afterEach(async () => {
  running?.closeAllConnections();
  await new Promise((resolve) => running?.close(resolve) ?? resolve(null));
});

describe("the connection's address, passed on by the portal's own server", () => {
  // First: until a server in this process stamps requests, a header of that name is the client's.
  it("is not read in a process whose server does not stamp it (next dev, next start)", async () => {
    const { server, port } = await echoServer(false);
    running = server;
    expect(await ask(port, "127.0.0.1", [[PEER_ADDRESS_HEADER, "203.0.113.9"]])).toEqual({ peer: null, socket: "127.0.0.1" });
  });

  it("is the socket's address, whatever copies of the header the client sent", async () => {
    const { server, port } = await echoServer(true);
    running = server;
    const from = "127.0.0.23";
    expect(await ask(port, from, [])).toEqual({ peer: from, socket: from });
    expect(await ask(port, from, [[PEER_ADDRESS_HEADER, "203.0.113.9"]])).toEqual({ peer: from, socket: from });
    expect(
      await ask(port, from, [
        ["X-Hagukumi-Peer", "203.0.113.9"],
        ["x-hagukumi-peer", "203.0.113.10"],
        ["X-Forwarded-For", "203.0.113.11"],
      ]),
    ).toEqual({ peer: from, socket: from });
  });
});
