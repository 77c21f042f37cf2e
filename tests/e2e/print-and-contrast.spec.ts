import { expect, type Page, test } from "@playwright/test";
import { DEMO_ROLES, signInAs } from "../screenshots/crawl";
import { violations } from "./axe";

/**
 * Issue 9: plans, interview records and the headquarters report print cleanly (no navigation,
 * header or buttons on paper; the content is all there); progress and rate bars stay visible in
 * Windows' forced colours (high contrast), where every background is replaced by the theme's;
 * and readers who ask for less motion get none. Checked with Chromium's media emulation, on
 * the demo data (read only: nothing here changes a record).
 */

/**
 * What a printout leaves out: the portal's header and footer (a page's own <header>, its title
 * block inside <main>, stays), menus, buttons and form controls.
 */
const SCREEN_ONLY =
  "header:not(main header), footer:not(main footer), nav, [role=navigation], button, input:not([type=hidden]), select, textarea, .print-hidden";

/** The screen-only elements still rendered, as short descriptions (empty when the page prints clean). */
function visibleScreenOnly(page: Page): Promise<string[]> {
  return page.$$eval(SCREEN_ONLY, (elements) =>
    elements.filter((element) => element.checkVisibility({ checkVisibilityCSS: true })).map((element) => element.outerHTML.slice(0, 140)),
  );
}

/** The first link in the page's content whose address starts with `prefix`. */
async function firstLink(page: Page, prefix: string): Promise<string> {
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a link to ${prefix}… on ${page.url()}`).toBeTruthy();
  return href!;
}

test.describe("printed on A4", () => {
  test("a member's plan and an interview record print without navigation, header or buttons", async ({ page }) => {
    await signInAs(page, DEMO_ROLES.supervisor);
    await page.goto("/team");
    const plan = await firstLink(page, "/plans/");
    await page.goto("/team/interviews");
    const interview = await firstLink(page, "/interviews/");

    for (const path of [plan, interview]) {
      await page.goto(path);
      // On screen, the chrome is there (so the check below is not vacuous).
      expect(await visibleScreenOnly(page), `${path} on screen`).not.toEqual([]);
      await page.emulateMedia({ media: "print" });
      expect(await visibleScreenOnly(page), `${path} printed`).toEqual([]);
      const main = page.locator("main");
      await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
      // Every section of the record is on paper.
      const headings = main.getByRole("heading", { level: 2 });
      expect(await headings.count(), `${path}: sections`).toBeGreaterThan(0);
      for (const heading of await headings.all()) await expect(heading).toBeVisible();
      await page.emulateMedia({ media: "screen" });
    }
    // The interview's content itself, not only its headings. Which interview is the member's
    // latest depends on what other tests recorded before this one, so any of its written fields.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("main dd").filter({ hasText: /\S/ }).first()).toBeVisible();
  });

  test("the headquarters report prints its sections, tables and charts, and nothing else", async ({ page }) => {
    await signInAs(page, DEMO_ROLES.hr);
    await page.goto("/city/report");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    expect(await visibleScreenOnly(page)).toEqual([]);
    const report = page.locator("main");
    for (const heading of await report.getByRole("heading", { level: 2 }).all()) await expect(heading).toBeVisible();
    const tables = report.locator("table");
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) await expect(table).toBeVisible();
    // Charts are drawn in SVG; each must be on paper (and not cut: break-inside avoid).
    for (const chart of await report.locator("svg[role=img]").all()) await expect(chart).toBeVisible();
  });
});

/** Each bar's track: its border (the outline that stays in forced colours) and its fill's colour. */
function bars(page: Page, track: string, fill: string) {
  return page.$$eval(
    track,
    (tracks, fillSelector) =>
      tracks.map((element) => {
        const style = getComputedStyle(element);
        // A fill is a child element, or the track's own pseudo-element ("::before").
        const pseudo = fillSelector.startsWith("::");
        const inner = pseudo ? null : element.querySelector(fillSelector);
        const fillStyle = pseudo ? getComputedStyle(element, fillSelector) : inner ? getComputedStyle(inner) : null;
        return {
          border: `${style.borderTopStyle} ${style.borderTopWidth}`,
          visible: element.checkVisibility(),
          fill: fillStyle ? fillStyle.backgroundColor : "none",
          fillAdjust: fillStyle ? fillStyle.forcedColorAdjust : "none",
        };
      }),
    fill,
  );
}

test.describe("in forced colours (Windows high contrast)", () => {
  test("progress bars and rate bars keep an outline and a filled part, and the pages pass axe", async ({ page, browser }) => {
    // Two sign-ins and two axe runs: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
    await page.emulateMedia({ forcedColors: "active" });
    await signInAs(page, DEMO_ROLES.supervisor);
    await page.goto("/team");
    // The team table draws each member's progress as a meter: a bar drawn by its ::before.
    const meters = await page.$$eval(".meter", (elements) =>
      elements.map((element) => {
        const bar = getComputedStyle(element, "::before");
        return {
          visible: element.checkVisibility(),
          border: `${bar.borderTopStyle} ${bar.borderTopWidth}`,
          adjust: bar.forcedColorAdjust,
          image: bar.backgroundImage,
        };
      }),
    );
    expect(meters.length, "progress bars on /team").toBeGreaterThan(0);
    for (const meter of meters) {
      expect(meter.visible).toBe(true);
      expect(meter.border).toBe("solid 1px");
      // The bar opts out of the forced palette, so its filled part is drawn in the theme's highlight colour.
      expect(meter.adjust).toBe("none");
      expect(meter.image).toContain("linear-gradient");
    }
    expect(await violations(page), "axe on /team in forced colours").toEqual([]);

    const bureau = await browser.newPage();
    try {
      await bureau.emulateMedia({ forcedColors: "active" });
      await signInAs(bureau, DEMO_ROLES.bureau);
      await bureau.goto("/bureau");
      const rates = await bars(bureau, ".rate-track", "::before");
      expect(rates.length, "rate bars on /bureau").toBeGreaterThan(0);
      for (const bar of rates) {
        expect(bar.border).toBe("solid 1px");
        expect(bar.fillAdjust).toBe("none");
        expect(bar.fill).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
      }
      expect(await violations(bureau), "axe on /bureau in forced colours").toEqual([]);
    } finally {
      await bureau.context().close();
    }
  });
});

test.describe("with reduced motion", () => {
  test("nothing on a page moves: no transition or animation lasts any time", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signInAs(page, DEMO_ROLES.employee);
    await page.goto("/me");
    // A probe with a transition and an animation of its own, as a component might add: the
    // portal's rule must win over it, or this test would pass merely because nothing moves yet.
    await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.id = "motion-probe";
      probe.style.transition = "opacity 300ms ease";
      probe.style.animation = "spin 2s infinite";
      document.querySelector("main")!.append(probe);
    });
    const moving = await page.$$eval("*", (elements) =>
      elements.flatMap((element) => {
        const style = getComputedStyle(element);
        const durations = [...style.transitionDuration.split(","), ...style.animationDuration.split(",")].map((value) => parseFloat(value));
        return durations.some((seconds) => seconds > 0) ? [`${element.tagName.toLowerCase()}#${element.id}.${element.className}`.slice(0, 120)] : [];
      }),
    );
    expect(moving).toEqual([]);
  });
});
