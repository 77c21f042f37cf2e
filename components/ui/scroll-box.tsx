import type { ReactNode } from "react";

/**
 * A box that scrolls sideways on its own when its content (a wide table, a chart) is wider than
 * the screen, so the page itself reflows at 320 px (WCAG 1.4.10). It is focusable and named, so
 * keyboard users can scroll it with the arrow keys and hear what it holds (WCAG 2.1.1).
 * `min-w-0` lets it shrink inside a grid or flex column instead of widening it, and
 * `relative` makes it the containing block of visually hidden (absolutely positioned) text inside
 * it; otherwise that text escapes the clip and widens the whole page.
 */
export function ScrollBox({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // A named group rather than a region: one landmark per table would crowd the landmark list.
    <div role="group" aria-label={label} tabIndex={0} className={`scroll-x relative min-w-0 overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
