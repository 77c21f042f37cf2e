import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** The confirm buttons get their messages; the rest of the team pages need none. */
export default function TeamRecordsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="verification">{children}</ClientMessages>;
}
