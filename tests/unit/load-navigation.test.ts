import { describe, expect, it } from "vitest";
import { clickRequest } from "@/tests/load/navigation";

describe("a click as the load run sends it", () => {
  it("asks for the target's server components from the page open, with the query kept and a cache-busting value of its headers", async () => {
    const { url, headers } = await clickRequest("http://127.0.0.1:3000", "/bureau/sections/3?fy=2026", "/bureau?fy=2026");
    expect(url.pathname).toBe("/bureau/sections/3");
    expect(url.searchParams.get("fy")).toBe("2026");
    expect(headers).toMatchObject({ RSC: "1", "Next-Url": "/bureau" });
    expect(JSON.parse(decodeURIComponent(headers["Next-Router-State-Tree"]!))).toEqual(["", { children: ["__PAGE__", {}] }, null, "refetch", 0]);
    // Next.js's own hash of the headers: another page open gives another value.
    expect(url.searchParams.get("_rsc")).toMatch(/^[\w-]{16}$/);
    const fromElsewhere = await clickRequest("http://127.0.0.1:3000", "/bureau/sections/3?fy=2026", "/me");
    expect(fromElsewhere.url.searchParams.get("_rsc")).not.toBe(url.searchParams.get("_rsc"));
  });
});
