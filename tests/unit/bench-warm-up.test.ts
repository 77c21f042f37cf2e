import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measure, WARMUP_ANSWERS_PER_CONNECTION } from "../bench/load";

/**
 * The bench measures a page warm: its warm-up lasts its seconds and at least six answers per
 * connection (tests/bench/load.ts). A server whose first answers are slow, as a page whose
 * statements are being prepared is, must not be measured by them.
 */
const CONNECTIONS = 10;
const COLD_ANSWERS = WARMUP_ANSWERS_PER_CONNECTION * CONNECTIONS;
const COLD_MS = 200;

let server: Server;
let url: string;
let answered = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    answered += 1;
    const delay = answered <= COLD_ANSWERS ? COLD_MS : 0;
    setTimeout(() => response.end("ok"), delay);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no port");
  url = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("the bench's warm-up", () => {
  it("lasts until every connection has had its answers, however short its seconds", async () => {
    // 60 answers at 200 ms on 10 connections take 1.2 s, far past the warm-up's 0.05 s: with a
    // warm-up of seconds alone, the whole half-second window would be cold answers.
    const measured = await measure(url, undefined, CONNECTIONS, 0.5, 0.05);
    expect(answered).toBeGreaterThan(COLD_ANSWERS);
    expect(measured.requests).toBeGreaterThan(20);
    expect(measured.p95).toBeLessThan(COLD_MS * 0.75);
    expect(measured.seconds).toBeGreaterThan(0.4);
    expect(measured.seconds).toBeLessThan(1);
  });
});
