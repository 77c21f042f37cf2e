import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddressFrom } from "./client-address";

const PEER = "192.0.2.1";

describe("the client's address from trusted proxy hops", () => {
  it("is the connection's own address with no trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom(null, PEER, 0)).toBe(PEER);
    expect(clientAddressFrom("203.0.113.9", PEER, 0)).toBe(PEER);
    expect(clientAddressFrom("203.0.113.9, 198.51.100.7", PEER, 0)).toBe(PEER);
  });

  it("is the entry the outermost trusted proxy appended, counted from the right", () => {
    // One reverse proxy (the peer) appended the client it saw.
    expect(clientAddressFrom("198.51.100.7", PEER, 1)).toBe("198.51.100.7");
    // A load balancer appended the client, the proxy appended the balancer.
    expect(clientAddressFrom("198.51.100.7, 10.0.0.5", PEER, 2)).toBe("198.51.100.7");
  });

  it("ignores entries a client wrote itself to the left of what the proxies appended", () => {
    expect(clientAddressFrom("203.0.113.66, 198.51.100.7", PEER, 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2, 3.3.3.3, 198.51.100.7, 10.0.0.5", PEER, 2)).toBe("198.51.100.7");
    // Garbage on the client's side does not matter either.
    expect(clientAddressFrom("<script>, ' OR 1=1 --, 198.51.100.7", PEER, 1)).toBe("198.51.100.7");
  });

  it("is unknown when the chain is shorter than the trusted hops: nothing in it can be vouched for", () => {
    expect(clientAddressFrom(null, PEER, 1)).toBe("unknown");
    expect(clientAddressFrom("", PEER, 1)).toBe("unknown");
    expect(clientAddressFrom("198.51.100.7", PEER, 2)).toBe("unknown");
    expect(clientAddressFrom(" , ,", PEER, 1)).toBe("unknown");
  });

  it("is unknown without a known connection address when the connection itself is the client", () => {
    expect(clientAddressFrom("203.0.113.9", null, 0)).toBe("unknown");
    expect(clientAddressFrom(undefined, undefined, 0)).toBe("unknown");
    // The proxy's own address is not needed to read what it appended.
    expect(clientAddressFrom("198.51.100.7", null, 1)).toBe("198.51.100.7");
  });

  it("tolerates spaces and empty entries around the commas", () => {
    expect(clientAddressFrom("  198.51.100.7  ,10.0.0.5 ", PEER, 2)).toBe("198.51.100.7");
    expect(clientAddressFrom("203.0.113.66,,198.51.100.7,", PEER, 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("198.51.100.7,\t10.0.0.5", PEER, 2)).toBe("198.51.100.7");
  });

  it("reads IPv6 entries and peers, in one spelling", () => {
    expect(clientAddressFrom("2001:DB8:0:0:0:0:0:1", PEER, 1)).toBe("2001:db8::1");
    expect(clientAddressFrom("[2001:db8::1]:51234", PEER, 1)).toBe("2001:db8::1");
    expect(clientAddressFrom(null, "::1", 0)).toBe("::1");
    // A dual-stack server sees IPv4 clients as IPv4-mapped IPv6.
    expect(clientAddressFrom(null, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddressFrom("::FFFF:198.51.100.7", PEER, 1)).toBe("198.51.100.7");
  });

  it("is unknown when the trusted entry is not an IP address", () => {
    for (const entry of [
      "unknown",
      "garbage",
      "1.2.3",
      "010.1.1.1",
      "256.1.1.1",
      "0x7f.0.0.1",
      "http://1.2.3.4",
      "1.2.3.4.5",
      "::g",
      "_hidden",
      "1.2.3.4:99999x",
    ]) {
      expect(clientAddressFrom(entry, PEER, 1), entry).toBe("unknown");
    }
    expect(clientAddressFrom(null, "not-an-address", 0)).toBe("unknown");
  });

  it("is unknown for a hop count that is no count", () => {
    for (const hops of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(clientAddressFrom("198.51.100.7", PEER, hops)).toBe("unknown");
  });
});

describe("canonicalAddress", () => {
  it.each([
    ["198.51.100.7", "198.51.100.7"],
    ["198.51.100.7:8080", "198.51.100.7"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["[2001:DB8::1]", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::ffff:c633:6407", "198.51.100.7"],
    ["::", "::"],
  ])("writes %s as %s", (entry, canonical) => {
    expect(canonicalAddress(entry)).toBe(canonical);
  });

  it.each([[""], [" "], ["198.51.100.7 extra"], ["[198.51.100.7"], ["[2001:db8::1]:"], ["2001:db8:::1"], ["2001:db8::1]"]])("answers null for %j", (entry) => {
    expect(canonicalAddress(entry)).toBeNull();
  });
});
