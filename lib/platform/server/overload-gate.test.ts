import { createServer, type Server, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createOverloadGate, overloadPage } from "./overload-gate";
import { listeningPort } from "@/tests/support/listening-port";

/** A real HTTP server whose handler holds every admitted response until the test lets it go. */
async function holdingServer(maxInFlight: number) {
  const gate = createOverloadGate({ maxInFlight, retryAfterSeconds: 7 });
  const held: ServerResponse[] = [];
  const arrived: (() => void)[] = [];
  const server = createServer((request, response) => {
    if (!gate.admit(request, response)) return;
    if (request.url?.startsWith("/_next/static/")) return void response.end("asset");
    held.push(response);
    arrived.shift()?.();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${listeningPort(server)}`;
  const nextArrival = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { server, gate, held, base, nextArrival };
}

let running: Server | undefined;
afterEach(async () => {
  running?.closeAllConnections();
  await new Promise((resolve) => running?.close(resolve) ?? resolve(null));
});

describe("the overload gate", () => {
  it("answers 503 with Retry-After and the Japanese page once the bound is reached, and serves again when a request finishes", async () => {
    const { server, gate, held, base, nextArrival } = await holdingServer(2);
    running = server;
    const first = nextArrival();
    const a = fetch(`${base}/me`);
    await first;
    const second = nextArrival();
    const b = fetch(`${base}/team`);
    await second;
    expect(gate.inFlight()).toBe(2);

    const refused = await fetch(`${base}/city`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("7");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const page = await refused.text();
    expect(page).toContain("ただいま混み合っています");
    expect(page).toContain("7秒ほどおいて");
    expect(gate.refused()).toBe(1);

    // Static assets of a page already on its way are never refused.
    const asset = await fetch(`${base}/_next/static/chunks/app.js`);
    expect(asset.status).toBe(200);

    held.shift()?.end("done");
    expect(await (await a).text()).toBe("done");
    const third = nextArrival();
    const c = fetch(`${base}/me`);
    await third;
    expect(gate.inFlight()).toBe(2);
    for (const response of held.splice(0)) response.end("done");
    expect((await b).status).toBe(200);
    expect((await c).status).toBe(200);
    await expect.poll(() => gate.inFlight()).toBe(0);
  });

  it("frees the place of a client that goes away before its answer", async () => {
    const { server, gate, base, nextArrival } = await holdingServer(1);
    running = server;
    const controller = new AbortController();
    const arrival = nextArrival();
    const abandoned = fetch(`${base}/me`, { signal: controller.signal }).catch(() => "aborted");
    await arrival;
    expect(gate.inFlight()).toBe(1);
    controller.abort();
    expect(await abandoned).toBe("aborted");
    await expect.poll(() => gate.inFlight()).toBe(0);
  });

  it("answers a refused form post whole, body read, and serves the next request on the same connection", async () => {
    const { server, held, base, nextArrival } = await holdingServer(1);
    running = server;
    const arrival = nextArrival();
    void fetch(`${base}/me`).catch(() => undefined);
    await arrival;
    const refused = await fetch(`${base}/me/records`, { method: "POST", body: "x".repeat(1_000_000) });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("connection")).not.toBe("close");
    expect(await refused.text()).toContain("ただいま混み合っています");
    held.shift()?.end("done");
    const after = nextArrival();
    const next = fetch(`${base}/me`);
    await after;
    held.shift()?.end("served");
    expect(await (await next).text()).toBe("served");
  });

  it("escapes the catalogue's text into the page", () => {
    const page = overloadPage(5);
    expect(page).toMatch(/^<!doctype html><html lang="ja">/);
    expect(page).toContain('<p lang="en">The portal is busy.');
    expect(page).not.toContain("{seconds}");
  });
});
