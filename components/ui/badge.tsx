import type { ReactNode } from "react";

// Tones as classes of app/globals.css (badge-neutral …), short for the pages that list many.
const TONES = { neutral: "badge-neutral", info: "badge-info", success: "badge-success", warning: "badge-warning", danger: "badge-danger" } as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <span className={`badge ${TONES[tone]}`}>{children}</span>
  );
}
