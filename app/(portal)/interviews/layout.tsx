import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The forms of this part of the portal get their messages (lib/i18n/client-namespaces.ts). */
export default function InterviewsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="portal">{children}</ClientMessages>;
}
