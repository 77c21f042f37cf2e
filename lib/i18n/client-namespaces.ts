/**
 * Which parts of the message catalogue reach the browser. Server components read the whole
 * catalogue on the server; only client components (forms, buttons with state) need messages in
 * the browser, and every message sent is serialised into the page's React Server Component
 * payload. Sending the whole catalogue cost every page about 80 KB; one group for all of the
 * portal's forms still cost each page about 35 KB (15,000 characters, most of them Japanese),
 * including the many pages that have no form at all. So the root layout sends what every page
 * may need, and each route segment with forms sends its own group through a layout of its own
 * (messagesLayout in components/i18n/client-messages.tsx).
 *
 * A nested provider replaces its parent's messages rather than adding to them, so every group
 * lists everything its pages need. tests/unit/client-namespaces.test.ts follows each page's
 * imports to the client components it renders and fails when one of them uses a namespace the
 * page's group does not send.
 */
const EVERYWHERE = ["common"] as const;
/** what any form needs: the shared validation messages and the actions' confirmations */
const FORMS = [...EVERYWHERE, "validation", "confirmations"] as const;

export const CLIENT_NAMESPACES = {
  /** error pages, download links: no form */
  everywhere: EVERYWHERE,
  forms: FORMS,
  signIn: [...FORMS, "signIn"],
  /** the employee's own development plan and its commitments */
  ownPlan: [...FORMS, "plans", "commitments", "measureSelect", "yearEnd"],
  /** the employee's plan read: its buttons and the year-end rating's form */
  planRead: [...FORMS, "yearEnd"],
  /** another person's plan as its reviewer reads it; team, bureau and city commitments */
  review: [...FORMS, "commitments", "review", "measureSelect", "yearEnd"],
  /** 代理入力: the reviewer types in a member's paper sheet (vision, commitments) */
  proxyEntry: [...FORMS, "commitments", "measureSelect", "proxyEntry"],
  records: [...FORMS, "records", "verifiedRecords", "measureSelect"],
  /** the supervisor's confirmation of the team's records: its one form, without the employee's record forms */
  verifyRecords: [...FORMS, "verifiedRecords"],
  ojt: [...FORMS, "ojt", "measureSelect"],
  interviews: [...FORMS, "interviews", "measureSelect"],
  transfers: [...FORMS, "transfers"],
  /** applying for training, recommending it, reporting on it */
  trainingApplications: [...FORMS, "trainingApplications"],
  /** the year's windows, reminders (督促) and acting reviewers (代決) */
  cycle: [...FORMS, "cycle"],
  /** the HR division's tools under /city */
  hrTools: [...FORMS, "programmes", "trainingApplications", "personnelImport", "roleAdmin", "rollover", "transfers", "reminderSettings", "retention", "yearEnd", "verifiedRecords", "attentionRules", "measureSelect"],
} as const;
export type ClientMessageGroup = keyof typeof CLIENT_NAMESPACES;
