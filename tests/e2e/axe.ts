import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe's findings on the page, one line per failing element, so a failure says what to fix.
 * Legacy mode runs axe in the page itself instead of opening a blank page per scan to gather
 * frame results: the portal has no frames, and each scan is about a third faster.
 */
export async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_AA).setLegacyMode().analyze();
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? "?"}) ${node.target.join(" ")} ${node.html.slice(0, 120)} — ${violation.help}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, " ")}` : ""}`,
    ),
  );
}
