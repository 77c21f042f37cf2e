import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback in front of a portal server, as the city's is: the browser knows
 * only the proxy's address; the portal sees its own Host (127.0.0.1 and its port) and the
 * public one in X-Forwarded-Host, with the client's address in X-Forwarded-For.
 */
export async function startLoopbackProxy(targetPort: number): Promise<LoopbackProxy> {
  const server = createServer((incoming, outgoing) => {
    const upstream = request(
      {
        host: "127.0.0.1",
        port: targetPort,
        method: incoming.method,
        path: incoming.url,
        headers: {
          ...incoming.headers,
          host: `127.0.0.1:${targetPort}`,
          "x-forwarded-host": incoming.headers.host ?? "",
          "x-forwarded-proto": "http",
          "x-forwarded-for": incoming.socket.remoteAddress ?? "",
        },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
