import { randomInt, randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword, clientAddress } from "@/lib/platform/auth/credentials";
import { hashPassword } from "@/lib/platform/auth/password";
import { MAX_FAILURES_PER_ADDRESS } from "@/lib/platform/auth/sign-in-throttle";
import { db } from "@/lib/platform/db/client";
import { stampPeerAddress } from "@/lib/platform/server/peer-address";
import { listeningPort } from "@/tests/support/listening-port";
import { z } from "zod";

/**
 * A client that writes X-Forwarded-For, X-Real-IP or the portal's own peer header itself must
 * neither change the address the audit trail records, nor escape the per-address limit by
 * changing them, nor lock out an address it does not come from. Over real sockets: Linux answers
 * on all of 127.0.0.0/8, so each machine of the story connects from a loopback address of its
 * own (random per run, so that no other test's counts meet these).
 */

const tag = randomUUID().slice(0, 8);
const PASSWORD = "correct horse battery staple";
const net = `127.${randomInt(1, 255)}.${randomInt(1, 255)}`;
const machines = { attacker: `${net}.10`, rotator: `${net}.11`, victim: `${net}.20`, proxied: `${net}.30`, proxiedVictim: `${net}.40`, proxy: `${net}.250` };
const staffNumber = `it-fwd-${tag}`;
let unitId = 0;
let employeeId = 0;
const servers: Server[] = [];

/** What the portal does with a sign-in request: serve-worker.ts stamps it, Next.js hands on its headers, auth.ts reads the address. */
async function portal(trustedHops: number): Promise<number> {
  return listen(
    createServer((request, response) => {
      stampPeerAddress(request);
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        const address = clientAddress(fetchHeaders(request.headers), trustedHops);
        void authenticateWithPassword(JSON.parse(body), address).then((result) => response.end(JSON.stringify({ signedIn: result !== null, address })));
      });
    }),
  );
}

/** A reverse proxy as the README asks for: it appends the address it was connected from to X-Forwarded-For. */
async function appendingProxy(portalPort: number): Promise<number> {
  return listen(
    createServer((incoming, outgoing) => {
      const claimed = incoming.headers["x-forwarded-for"];
      const forwardedFor = claimed ? `${String(claimed)}, ${incoming.socket.remoteAddress}` : String(incoming.socket.remoteAddress);
      const upstream = httpRequest(
        {
          host: "127.0.0.1",
          port: portalPort,
          localAddress: machines.proxy,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, "x-forwarded-for": forwardedFor },
        },
        (answer) => answer.pipe(outgoing),
      );
      incoming.pipe(upstream);
    }),
  );
}

function fetchHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(", ") : value);
  return out;
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return listeningPort(server);
}

/** One sign-in from `from`, with whatever headers the client chooses to send. */
function signIn(port: number, from: string, input: { staffNumber: string; password: string }, headers: Record<string, string> = {}) {
  return new Promise<{ signedIn: boolean; address: string }>((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port, localAddress: from, method: "POST", path: "/", headers: { "content-type": "application/json", ...headers } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(z.object({ signedIn: z.boolean(), address: z.string() }).parse(JSON.parse(body))));
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(input));
  });
}

/** Every way a client might claim to be `address`. */
const claiming = (address: string) => ({ "x-forwarded-for": address, "x-real-ip": address, "x-hagukumi-peer": address });

async function auditedAddresses(staffNumbers: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ address: string }[]>`
    SELECT detail->>'address' AS address FROM audit_log
    WHERE entity = 'session' AND detail->>'staffNumber' = ANY(${staffNumbers}::text[]) ORDER BY id`;
  return rows.map((row) => row.address);
}

async function checkedFrom(address: string): Promise<{ checked: number; throttled: number }> {
  const [row] = await db.$queryRaw<{ checked: number; throttled: number }[]>`
    SELECT count(*) FILTER (WHERE action IN ('auth.sign-in', 'auth.sign-in-failed'))::int AS checked,
           count(*) FILTER (WHERE action = 'auth.sign-in-throttled')::int AS throttled
    FROM audit_log WHERE entity = 'session' AND detail->>'address' = ${address}`;
  return row ?? { checked: 0, throttled: 0 };
}

/** More failures than one address may make, each for another staff number, in parallel. */
function spray(port: number, from: string, label: string, headersOf: (i: number) => Record<string, string>) {
  return Promise.all(
    Array.from({ length: MAX_FAILURES_PER_ADDRESS + 5 }, (_, i) =>
      signIn(port, from, { staffNumber: `it-fwd-${tag}-${label}-${i}`, password: "guess" }, headersOf(i)),
    ),
  );
}

let direct = 0;
let behindProxy = 0;

beforeAll(async () => {
  const created = await db.orgUnit.create({ data: { code: `it-fwd-${tag}`, name: "試験用", kind: "UNIT", path: "/" }, select: { id: true } });
  unitId = (await db.orgUnit.update({ where: { id: created.id }, data: { path: `/${created.id}/` }, select: { id: true } })).id;
  const employee = await db.employee.create({
    data: {
      staffNumber,
      name: "試験 転送",
      nameKana: "シケン",
      jobCategory: "事務",
      rank: "主事",
      joinedOn: new Date(Date.UTC(2020, 3, 1)),
      unitId,
      credential: { create: { passwordHash: await hashPassword(PASSWORD) } },
    },
  });
  employeeId = employee.id;
  direct = await portal(0);
  behindProxy = await appendingProxy(await portal(1));
});

afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await db.employee.delete({ where: { id: employeeId } });
  await db.orgUnit.delete({ where: { id: unitId } });
});

describe("clients connecting directly (TRUSTED_PROXY_HOPS=0)", () => {
  it("audits the connection's address, whatever the headers claim", async () => {
    const probe = `it-fwd-${tag}-probe`;
    const answer = await signIn(direct, machines.attacker, { staffNumber: probe, password: "guess" }, claiming(machines.victim));
    expect(answer).toEqual({ signedIn: false, address: machines.attacker });
    expect(await auditedAddresses([probe])).toEqual([machines.attacker]);
  });

  it("does not lock out an address that failures only claim to come from", async () => {
    const answers = await spray(direct, machines.attacker, "claim", () => claiming(machines.victim));
    expect(answers.every((answer) => answer.address === machines.attacker)).toBe(true);
    expect(await signIn(direct, machines.victim, { staffNumber, password: PASSWORD })).toEqual({ signedIn: true, address: machines.victim });
    // The address they did come from is the one locked.
    expect((await signIn(direct, machines.attacker, { staffNumber, password: PASSWORD })).signedIn).toBe(false);
  }, 60_000);

  it("does not escape the per-address limit by claiming another address on every attempt", async () => {
    await spray(direct, machines.rotator, "rotate", (i) => claiming(`198.51.100.${i + 1}`));
    const seen = await checkedFrom(machines.rotator);
    expect(seen).toEqual({ checked: MAX_FAILURES_PER_ADDRESS, throttled: 5 });
    expect((await signIn(direct, machines.rotator, { staffNumber, password: PASSWORD }, claiming("198.51.100.250"))).signedIn).toBe(false);
  }, 60_000);
});

describe("clients behind one reverse proxy that appends (TRUSTED_PROXY_HOPS=1)", () => {
  it("audits the address the proxy saw, not the entries the client wrote before it", async () => {
    const probe = `it-fwd-${tag}-proxied-probe`;
    const answer = await signIn(
      behindProxy,
      machines.proxied,
      { staffNumber: probe, password: "guess" },
      { "x-forwarded-for": `${machines.proxiedVictim}, 10.0.0.1`, "x-real-ip": machines.proxiedVictim },
    );
    expect(answer).toEqual({ signedIn: false, address: machines.proxied });
    expect(await auditedAddresses([probe])).toEqual([machines.proxied]);
  });

  it("neither locks out the claimed address nor lets the claimer escape its own limit", async () => {
    await spray(behindProxy, machines.proxied, "proxied-claim", (i) => ({ "x-forwarded-for": i % 2 === 0 ? machines.proxiedVictim : `198.51.100.${i + 1}` }));
    const seen = await checkedFrom(machines.proxied);
    // The probe above was one of the checked.
    expect(seen).toEqual({ checked: MAX_FAILURES_PER_ADDRESS, throttled: 6 });
    expect(await signIn(behindProxy, machines.proxiedVictim, { staffNumber, password: PASSWORD })).toEqual({ signedIn: true, address: machines.proxiedVictim });
    expect((await signIn(behindProxy, machines.proxied, { staffNumber, password: PASSWORD }, { "x-forwarded-for": machines.proxiedVictim })).signedIn).toBe(
      false,
    );
    // The proxy's own address is never taken for a client's.
    expect(await checkedFrom(machines.proxy)).toEqual({ checked: 0, throttled: 0 });
  }, 60_000);
});
