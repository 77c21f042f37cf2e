import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

/** A form of the team pages: only these get the forms' messages, the team's lists need none. */
export default function NewInterviewLayout({ children }: { children: ReactNode }) {
  return <ClientMessages group="portal">{children}</ClientMessages>;
}
