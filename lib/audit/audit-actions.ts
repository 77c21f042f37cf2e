/**
 * Every action the audit log records, in one list: recordAudit takes only these, and the tests
 * that look rows up by action use the same type, so a renamed action cannot leave a search or a
 * test quietly matching nothing.
 *
 * The names read `area.verb` (`plan.approve`, `auth.sign-in`), sometimes `area.thing.verb`
 * (`programme.attendance.import`): lower case, words joined by hyphens, the area first because
 * the audit trail's action filter matches by prefix ("plan." finds every plan action).
 *
 * A few names recorded since the first release break that rule: `interview_action.*`,
 * `personnel.unitImport`, and the plural areas `notifications.` and `settings.` beside
 * `notification.` and `setting.`. They are kept as they are, on purpose. The audit log is
 * append-only evidence (migration 20261129000000_audit_append_only): renaming would mean either
 * rewriting recorded rows, so that the log no longer says what was written at the time and no
 * longer matches CSV exports already taken from it, or writing a new name from now on, so that
 * one action's history is split across two names and a search by the new one misses the old
 * rows. LEGACY_AUDIT_ACTIONS lists them; audit-actions.test.ts holds every other name, and so
 * every new one, to the rule.
 */
export const AUDIT_ACTIONS = [
  "attachment.view",
  "attention-rule.create",
  "attention-rule.delete",
  "attention-rule.update",
  "audit.search",
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-in-refused",
  "auth.sign-in-throttled",
  "auth.sign-out",
  "catalogue.add",
  "catalogue.restore",
  "catalogue.retire",
  "catalogue.update",
  "commitment.approve",
  "commitment.comment",
  "commitment.create",
  "commitment.drop",
  "commitment.move",
  "commitment.progress",
  "commitment.return",
  "commitment.submit",
  "commitment.update",
  "commitment.withdraw",
  "dashboard.section-members.view",
  "disclosure.download",
  "employee.display-preference",
  "export.audit",
  "export.bureau-measures",
  "export.bureau-section-members",
  "export.bureau-sections",
  "export.city-areas",
  "export.city-bureaus",
  "export.city-images",
  "export.city-measures",
  "export.city-themes",
  "export.city-trends",
  "fiscal-year.rollover",
  "interview.create",
  "interview.update",
  "interview.view",
  "interview_action.accept",
  "interview_action.decline",
  "notification.read",
  "notification.read-all",
  "notifications.email-digest",
  "ojt.create",
  "ojt.goal",
  "ojt.session",
  "ojt.update",
  "ojt.view",
  "personnel.import",
  "personnel.unitImport",
  "plan.approve",
  "plan.comment",
  "plan.create",
  "plan.reflect",
  "plan.reopen",
  "plan.return",
  "plan.submit",
  "plan.update",
  "plan.view",
  "programme.attendance",
  "programme.attendance.import",
  "programme.create",
  "programme.enrol",
  "programme.restore",
  "programme.retire",
  "programme.session.create",
  "programme.update",
  "qualification.create",
  "qualification.delete",
  "qualification.update",
  "qualification.verify",
  "records.verification-queue.view",
  "records.view",
  "report.view",
  "role.grant",
  "role.revoke",
  "seed.city-dataset",
  "seed.demo",
  "setting.update",
  "settings.reminders",
  "staff.search",
  "staff.view",
  "training.create",
  "training.delete",
  "training.update",
  "training.verify",
  "transfer.apply",
  "transfer.cancel",
  "transfer.enter",
  "transfer.note",
  "transfer.view",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The names recorded before the rule above, kept unchanged (see the comment on AUDIT_ACTIONS). */
export const LEGACY_AUDIT_ACTIONS: readonly AuditAction[] = [
  "interview_action.accept",
  "interview_action.decline",
  "notifications.email-digest",
  "personnel.unitImport",
  "settings.reminders",
];

/** The first segment of an action with its dot, e.g. "plan.": what the audit trail's prefix filter is given. */
export type AuditArea = AreaOf<AuditAction>;
type AreaOf<Action> = Action extends `${infer Area}.${string}` ? `${Area}.` : never;
