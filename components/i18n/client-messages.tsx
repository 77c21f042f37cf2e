import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, type ClientMessageGroup } from "@/lib/i18n/client-namespaces";

/** Provides the client components below it with their group's part of the catalogue only. */
export async function ClientMessages({ group, children }: { group: ClientMessageGroup; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(CLIENT_NAMESPACES[group].filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

/** The layout of a route segment whose forms need `group` in the browser. */
export function messagesLayout(group: ClientMessageGroup) {
  return function MessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages group={group}>{children}</ClientMessages>;
  };
}
