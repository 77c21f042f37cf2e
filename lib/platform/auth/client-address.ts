import { isIP } from "node:net";
import { UNKNOWN_ADDRESS } from "./sign-in-throttle";

/**
 * The client's address from the proxies the portal trusts, and only from them.
 *
 * Each proxy in front of the portal appends to X-Forwarded-For the address its connection came
 * from; whatever stands left of those entries is what the client sent, and says nothing. So the
 * chain is read from the right, with the portal's own connection (`peer`) as its last hop: with
 * `trustedHops` proxies, the entry that many places left of the peer is the address the outermost
 * trusted proxy saw. 0 is the peer itself (clients connect to the portal directly).
 *
 * A chain shorter than that did not pass every trusted proxy: no entry of it can be vouched for,
 * and it answers "unknown" (which is audited as such and never locked out as an address) rather
 * than an address someone may have written. So is an entry that is no IP address.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, peer: string | null | undefined, trustedHops: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    // Empty entries ("a,,b", a trailing comma) can only stand in the client's part: skipping them moves nothing on the right.
    .filter((entry) => entry !== "");
  const chain = [...hops, peer ?? ""];
  const index = chain.length - 1 - trustedHops;
  const entry = Number.isSafeInteger(trustedHops) && trustedHops >= 0 && index >= 0 ? chain[index] : undefined;
  return (entry !== undefined && canonicalAddress(entry)) || UNKNOWN_ADDRESS;
}

/**
 * One spelling per address, so that writing it differently (upper-case or uncompressed IPv6, an
 * IPv4 address as IPv6-mapped, a port some proxies add) is never another address to the
 * per-address limit. Null for anything that is not an IP address.
 */
export function canonicalAddress(entry: string): string | null {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(entry);
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(entry);
  const candidate = bracketed?.[1] ?? ipv4WithPort?.[1] ?? entry;
  switch (isIP(candidate)) {
    // isIP is strict for IPv4 (four decimal parts, no leading zeros): already canonical.
    case 4:
      return candidate;
    case 6:
      return canonicalIpv6(candidate);
    default:
      return null;
  }
}

function canonicalIpv6(address: string): string {
  // A zone (fe80::1%eth0) names one of the server's interfaces, not the client: dropped.
  const [bare = ""] = address.split("%");
  // The URL parser writes IPv6 in its RFC 5952 form (lower case, longest zero run compressed).
  const compact = new URL(`http://[${bare}]/`).hostname.slice(1, -1);
  // A dual-stack server sees IPv4 clients as ::ffff:a.b.c.d (written ::ffff:hhhh:hhhh here).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compact);
  if (!mapped) return compact;
  const [high, low] = [Number.parseInt(mapped[1] ?? "0", 16), Number.parseInt(mapped[2] ?? "0", 16)];
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
