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
 * lists everything its pages need. An entry is a namespace or a dotted part of one
 * ("records.training"): most of a feature's messages are read by its server components only
 * (the records' lists and headings), and sending the whole namespace cost /me/records 13 KB.
 * tests/unit/client-namespaces.test.ts follows each page's imports to the client components it
 * renders, reads which parts each translator asks for, and fails when the group lacks one.
 */
const EVERYWHERE = [
  "common.downloadFailed",
  "common.downloadPreparing",
  "common.downloadStarted",
  "common.errorBody",
  "common.errorReference",
  "common.errorTitle",
  "common.retry",
] as const;
/**
 * What any form needs: the error summary's title and the generic message. The server words a
 * form's answer, its refusals and its confirmation alike (lib/platform/validation/form-words.ts):
 * the validation messages cost every page with a form 2–3 KB, of which it could show only a few.
 */
const FORMS = [...EVERYWHERE, "validation.invalid", "validation.summary"] as const;
/** the commitment form's own words (the commitment's statuses and lists are the server's) */
const COMMITMENT_FORM = [
  "commitments.add",
  "commitments.description",
  "commitments.dueOn",
  "commitments.dueOnHint",
  "commitments.focusTheme",
  "commitments.none",
  "commitments.required",
  "commitments.save",
  "commitments.targetImage",
  "commitments.targetKind",
  "commitments.targetKindNumber",
  "commitments.targetKindText",
  "commitments.targetText",
  "commitments.targetUnit",
  "commitments.targetUnitHint",
  "commitments.targetValue",
  "commitments.title",
  "commitments.titleHint",
] as const;
/** recording progress on a commitment, and dropping it */
const COMMITMENT_PROGRESS = [
  "commitments.actualValue",
  "commitments.drop",
  "commitments.dropReason",
  "commitments.note",
  "commitments.percent",
  "commitments.progressLead",
  "commitments.recordedOn",
  "commitments.saveProgress",
] as const;
/** the reviewer's year-end rating and comment */
const YEAR_END_RATING = [
  "yearEnd.changeRating",
  "yearEnd.choose",
  "yearEnd.rate",
  "yearEnd.rating",
  "yearEnd.required",
  "yearEnd.saveComment",
  "yearEnd.supervisorComment",
] as const;

export const CLIENT_NAMESPACES = {
  /** error pages, download links: no form */
  everywhere: EVERYWHERE,
  forms: FORMS,
  signIn: [...FORMS, "signIn"],
  /** the employee's own development plan and its commitments */
  ownPlan: [
    ...FORMS,
    ...COMMITMENT_FORM,
    ...COMMITMENT_PROGRESS,
    "measureSelect",
    "plans.aspired",
    "plans.images",
    "plans.imagesLead",
    "plans.reason",
    "plans.reflectionHint",
    "plans.reflectionLabel",
    "plans.saveContent",
    "plans.saveReflection",
    "plans.selfComment",
    "plans.selfScore",
    "plans.selfScoreOption",
    "plans.selfScoreScale",
    "plans.transferPrivacy",
    "plans.transferWishComment",
    "plans.transferWishFields",
    "plans.transferWishes",
    "plans.vision",
    "plans.vision3Years",
    "plans.vision10Years",
    "plans.visionNow",
    "plans.visionNowHint",
  ],
  /** the employee's plan read: its buttons */
  planRead: FORMS,
  /** 期末: the employee's ratings and the reviewer's comments on them, each on a page of its own (year-end/) */
  yearEnd: [...FORMS, ...YEAR_END_RATING],
  /** another person's plan as its reviewer reads it; team, bureau and city commitments */
  review: [...FORMS, ...COMMITMENT_FORM, ...COMMITMENT_PROGRESS, "review", "measureSelect"],
  /** 代理入力: the reviewer types in a member's paper sheet (vision, commitments) */
  proxyEntry: [...FORMS, ...COMMITMENT_FORM, "measureSelect", "proxyEntry"],
  /** adding or editing one of the employee's own records: the two forms and their attachment field */
  records: [
    ...FORMS,
    // the forms' labels and hints, not the tables' words (records.training.lead, .empty…: 1 KB)
    ...["programmeName", "programmeNameHint", "kind", "kinds", "dateHint", "startOn", "endOn", "endOnHint", "hours", "hoursHint", "completedLabel"].map(
      (key) => `records.training.${key}`,
    ),
    ...["name", "nameHint", "obtainedOn", "obtainedOnHint", "expiresOn", "expiresOnHint", "note", "noteHint"].map((key) => `records.qualification.${key}`),
    "records.form",
    "verifiedRecords.attachment",
    // the attachment field refuses a file too large before it is sent
    "verifiedRecords.validation.attachmentTooLarge",
    "verifiedRecords.verifiedNotice",
    "measureSelect",
  ],
  /** the year's list of one's records: its delete buttons and their answers (the forms have pages of their own) */
  recordDeletion: [...FORMS, "records.form"],
  /** the supervisor's queue of records to verify */
  recordsQueue: [...FORMS, "verifiedRecords"],
  ojt: [...FORMS, "ojt.form", "ojt.periods", "ojt.plan.markAchieved", "ojt.plan.markNotAchieved", "ojt.plan.markTarget", "ojt.session", "measureSelect"],
  interviews: [...FORMS, "interviews.decide", "interviews.form", "interviews.kinds", "measureSelect"],
  transfers: [...FORMS, "transfers"],
  /** applying for training, recommending it, reporting on it */
  trainingApplications: [...FORMS, "trainingApplications"],
  /** the year's windows, reminders (督促) and acting reviewers (代決) */
  cycle: [...FORMS, "cycle"],
  /*
   * The HR division's tools under /city, one group each: a single group for all of them sent
   * every one of their pages about 50 KB of messages (the roles page 198 KB in all).
   */
  programmes: [...FORMS, "programmes", "measureSelect"],
  personnelImport: [...FORMS, "personnelImport"],
  roleAdmin: [...FORMS, "roleAdmin"],
  rollover: [...FORMS, "rollover"],
  citySettings: [...FORMS, "reminderSettings", "retention", "yearEnd", "verifiedRecords", "attentionRules"],
} as const;
export type ClientMessageGroup = keyof typeof CLIENT_NAMESPACES;

/**
 * A feature's `validation` section is the server's: a form's answer comes worded
 * (lib/platform/validation/form-words.ts), so a namespace sent whole leaves it out. A part that
 * names it ("verifiedRecords.validation.attachmentTooLarge", checked before the upload) is sent.
 */
const SERVER_ONLY = "validation";

/** Whether sending `part` sends the message or section `key`: the part itself, or what lies within it but its validation section. */
export function partSends(part: string, key: string): boolean {
  if (key === part) return true;
  return key.startsWith(`${part}.`) && key.slice(part.length + 1).split(".")[0] !== SERVER_ONLY;
}

/**
 * A section as a namespace sent whole sends it: without its validation messages, but for those
 * a part before it named (`before`, what was picked of the section so far).
 */
export function sentWhole<T extends object>(section: T, before?: object): T {
  if (!(SERVER_ONLY in section)) return section;
  const named = before && SERVER_ONLY in before ? { [SERVER_ONLY]: (before as Record<string, unknown>)[SERVER_ONLY] } : {};
  const { [SERVER_ONLY]: _, ...sent } = section as Record<string, unknown>;
  // The same tree less one branch.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
  return { ...sent, ...named } as T;
}
