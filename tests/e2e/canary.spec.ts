import { expect, test } from "@playwright/test";
import { CANARIES, CO_SUPERVISOR, FORBIDDEN } from "./canaries";
import { signIn } from "./sign-in";

// Every role walks everything it can reach — each page's HTML, its React Server Component
// payload, and every export and download it links to — and none of it may hold a marker planted
// in records that role must not read (tests/e2e/canaries.ts).
const MAX_URLS = 160;
const MAX_VARIANTS_PER_PATH = 4;
// Links that end the session or leave the portal are not followed.
const SKIP = /^\/(api\/|signin|_next\/)/;

/** The links of a page, read from its HTML as data (no script runs). */
function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
}

// A role that may read canaries must find them: proof that the walk reaches the records at all.
// (The HR division reads any plan by its address, but no page links a plan of another bureau.)
// The co-supervisor and 泉 find each other's shared notes (and the co-supervisor 泉's plan): the
// pages that must leave out the private notes and the wishes were opened.
const MUST_FIND: Partial<Record<keyof typeof FORBIDDEN, (keyof typeof CANARIES)[]>> = {
  // …and the reason of the application waiting in 泉's recommendation queue (/team/training-applications).
  "demo-supervisor": ["colleagueTransferWish", "ownPrivateNotes", "peerSharedNotes", "colleagueApplicationReason"],
  [CO_SUPERVISOR]: ["colleagueTransferWish", "ownPrivateNotes", "leaderSharedNotes", "leaderVision"],
};

for (const [staffNumber, forbidden] of Object.entries(FORBIDDEN)) {
  test(`${staffNumber} reaches no record it must not read`, async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    await signIn(page, staffNumber);
    const markers = forbidden.map((key) => CANARIES[key]);
    const expected = (MUST_FIND[staffNumber as keyof typeof FORBIDDEN] ?? []).map((key) => CANARIES[key]);
    const found = new Set<string>();
    const queue = ["/", "/me", "/me/disclosure", "/me/disclosure/document"];
    const seen = new Set<string>();
    const variants = new Map<string, number>();
    const hits: string[] = [];

    while (queue.length > 0 && seen.size < MAX_URLS) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      const { pathname } = new URL(url, baseURL);
      const count = variants.get(pathname) ?? 0;
      if (count >= MAX_VARIANTS_PER_PATH) continue;
      variants.set(pathname, count + 1);
      seen.add(url);

      const response = await page.request.get(url, { maxRedirects: 0 });
      const body = await response.text();
      const type = response.headers()["content-type"] ?? "";
      // The RSC payload a client-side navigation would fetch for the same page.
      const rsc = type.includes("text/html") ? await (await page.request.get(url, { headers: { RSC: "1" }, maxRedirects: 0 })).text() : "";
      for (const marker of markers) if (body.includes(marker) || rsc.includes(marker)) hits.push(`${marker} in ${url}`);
      for (const marker of expected) if (body.includes(marker)) found.add(marker);
      if (!type.includes("text/html") || response.status() !== 200) continue;

      for (const href of links(body)) {
        const target = new URL(href, baseURL);
        if (target.origin !== new URL(baseURL!).origin || SKIP.test(target.pathname)) continue;
        const next = target.pathname + target.search;
        if (!seen.has(next)) queue.push(next);
      }
    }
    expect(hits).toEqual([]);
    // The walk reached real content, not just the landing page.
    expect(seen.size).toBeGreaterThan(5);
    expect([...found].sort()).toEqual([...expected].sort());
  });
}
