import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/**
 * The layout of the portal's sections with forms (me, team, plans, commitments, ojt, interviews,
 * handovers): their client components get the portal's part of the catalogue. The dashboards
 * (/bureau, /city, /policy) have no such forms and go without it — it was 26 KB of every
 * dashboard's RSC payload, a fifth of the city overview.
 */
export default function FormsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="portal">{children}</ClientMessages>;
}
