import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  // Component classes (app/globals.css): a badge repeats on every row of a team's or a queue's table.
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
