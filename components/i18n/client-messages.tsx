import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, type ClientMessageGroup, sentWhole } from "@/lib/platform/i18n/client-namespaces";

/**
 * The catalogue as the request config loads it. A message is a string, or, where it has
 * arguments, the form next-intl's build compiled it to (next.config.ts, `precompile`): an array.
 */
type Message = string | readonly unknown[];
type MessageTree = { [key: string]: Message | MessageTree };

const isMessage = (node: Message | MessageTree): node is Message => typeof node === "string" || Array.isArray(node);

/** The catalogue cut down to the given parts ("records" or "records.training"), same shape; a part sent whole leaves out its validation messages (client-namespaces.ts). */
export function pickMessages(messages: MessageTree, parts: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const part of parts) {
    const keys = part.split(".");
    let from: MessageTree = messages;
    let to: MessageTree = picked;
    for (const [index, key] of keys.entries()) {
      const source = from[key];
      if (source === undefined) break;
      if (isMessage(source)) {
        to[key] = source;
        break;
      }
      if (index === keys.length - 1) {
        const before = to[key];
        to[key] = sentWhole(source, before === undefined || isMessage(before) ? undefined : before);
        break;
      }
      // A part already sent whole is not cut into (nor is the shared catalogue written to).
      if (to[key] === source) break;
      from = source;
      const branch: Message | MessageTree = (to[key] ??= {});
      if (isMessage(branch)) break;
      to = branch;
    }
  }
  return picked;
}

/**
 * Provides the client components below it with their group's part of the catalogue only. A
 * segment's group inside another's (a plan's edit page under the plan's) costs little: the RSC
 * payload writes a part both send once and refers to it (measured: 0.8 KB, where the outer
 * group is 2.7 KB). Moving the pages apart with a route group costs a segment of the router's
 * tree instead (0.45 KB on each page inside it), so nesting stays.
 */
export async function ClientMessages({ group, children }: { group: ClientMessageGroup; children: ReactNode }) {
  const messages = (await getMessages()) as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, CLIENT_NAMESPACES[group])}>{children}</NextIntlClientProvider>;
}

/** The layout of a route segment whose forms need `group` in the browser. */
export function messagesLayout(group: ClientMessageGroup) {
  return function MessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages group={group}>{children}</ClientMessages>;
  };
}
