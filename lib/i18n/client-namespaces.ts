/**
 * Which parts of the message catalogue reach the browser. Server components read the whole
 * catalogue on the server; only client components (forms, buttons with state) need messages in
 * the browser, and every message sent is serialised into each page's HTML and its React Server
 * Component payload. Sending the whole catalogue cost every page about 80 KB and a fifth of its
 * rendering time; each part of the portal now sends what its client components use.
 *
 * A nested provider replaces its parent's messages rather than adding to them, so every group
 * lists everything its pages need. The portal's layout sends none of its own: each part sends
 * its group from its layout (app/(portal)/<part>/layout.tsx), and the team's list pages, read
 * many times a day, send none (a quarter of their size was messages no component there used). tests/unit/client-namespaces.test.ts fails when a client
 * component uses a namespace no group sends.
 */
const EVERYWHERE = ["common"] as const;

/** The sign-in form (app/signin): its fields' messages, on no other page. */
const SIGN_IN = [...EVERYWHERE, "validation", "signIn"] as const;

/** Forms of the employee's, supervisor's and coordinator's pages, under app/(portal). */
const PORTAL = [...EVERYWHERE, "validation", "plans", "commitments", "review", "measureSelect", "records", "verifiedRecords", "ojt", "interviews"] as const;

/** The supervisor's confirmation of declared records (/team/records): its buttons only. */
const VERIFICATION = [...EVERYWHERE, "verifiedRecords"] as const;

/** The HR division's tools, under app/(portal)/city, in addition to the portal's. */
const HR_TOOLS = [...PORTAL, "programmes", "personnelImport", "roleAdmin", "rollover", "transfers", "reminderSettings"] as const;

export const CLIENT_NAMESPACES = { everywhere: EVERYWHERE, signIn: SIGN_IN, portal: PORTAL, verification: VERIFICATION, hrTools: HR_TOOLS } as const;
export type ClientMessageGroup = keyof typeof CLIENT_NAMESPACES;
