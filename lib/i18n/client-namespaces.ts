/**
 * Which parts of the message catalogue reach the browser. Server components read the whole
 * catalogue on the server; only client components (forms, buttons with state) need messages in
 * the browser, and every message sent is serialised into each page's HTML and its React Server
 * Component payload. Sending the whole catalogue cost every page about 80 KB and a fifth of its
 * rendering time; each part of the portal now sends what its client components use.
 *
 * A nested provider replaces its parent's messages rather than adding to them, so every group
 * lists everything its pages need. tests/unit/client-namespaces.test.ts fails when a client
 * component uses a namespace no group sends.
 */
const EVERYWHERE = ["common", "validation", "signIn"] as const;

/**
 * Forms of the employee's, supervisor's and coordinator's pages: sent by the layouts of the
 * sections with forms (app/(portal)/forms-layout.tsx), not by the dashboards, which need only
 * EVERYWHERE.
 */
const PORTAL = [...EVERYWHERE, "plans", "commitments", "review", "measureSelect", "records", "verifiedRecords", "ojt", "interviews"] as const;

/**
 * Each of the HR division's tools sends its own forms' part only (app/(portal)/city/<tool>/layout.tsx):
 * the whole set was 49 KB of every tool's RSC payload, a quarter of the roles page.
 */
const TOOLS = {
  catalogue: EVERYWHERE,
  programmes: [...EVERYWHERE, "measureSelect", "programmes"],
  personnelImport: [...EVERYWHERE, "personnelImport"],
  rollover: [...EVERYWHERE, "rollover"],
  roleAdmin: [...EVERYWHERE, "roleAdmin"],
  transfers: [...EVERYWHERE, "transfers"],
  reminderSettings: [...EVERYWHERE, "reminderSettings"],
  settings: [...EVERYWHERE, "verifiedRecords"],
} as const;

/** Every namespace any client component may use: the portal's and the tools'. */
const HR_TOOLS = [...PORTAL, "programmes", "personnelImport", "roleAdmin", "rollover", "transfers", "reminderSettings"] as const;

export const CLIENT_NAMESPACES = { everywhere: EVERYWHERE, portal: PORTAL, hrTools: HR_TOOLS, ...TOOLS } as const;
export type ClientMessageGroup = keyof typeof CLIENT_NAMESPACES;
export type ToolMessageGroup = keyof typeof TOOLS;
