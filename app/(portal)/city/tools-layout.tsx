import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { ToolMessageGroup } from "@/lib/i18n/client-namespaces";

/**
 * The layout of one of the HR division's tools: its forms get their part of the catalogue
 * (lib/i18n/client-namespaces.ts). The city-wide views and the report have no forms and send
 * only the common part.
 */
export function toolLayout(group: ToolMessageGroup) {
  return function ToolLayout({ children }: { children: ReactNode }) {
    return <ClientMessages group={group}>{children}</ClientMessages>;
  };
}
