/**
 * Every kind of record an audit row is about (`audit_log.entity`), in one list: recordAudit takes
 * only these, so the audit trail can offer them in a list and name each in words
 * (`auditLabels.entities` in the message catalogue; audit-labels.test.ts checks every one has
 * a label). The names are the tables' own, as recorded since the first release.
 */
export const AUDIT_ENTITIES = [
  "acting_reviewer",
  "attention_rule",
  "audit_log",
  "career_interview",
  "city",
  "commitment",
  "cycle_bureau_deadline",
  "cycle_calendar",
  "cycle_reminder",
  "development_plan",
  "employee",
  "fiscal_year",
  "focus_theme",
  "focus_theme_point",
  "hq_report",
  "initiative",
  "interview_action",
  "measure",
  "notification",
  "ojt_plan",
  "ojt_session",
  "org_unit",
  "policy_area",
  "promotion_plan",
  "qualification_record",
  "record_attachment",
  "role_assignment",
  "session",
  "setting",
  "staff_transfer",
  "system",
  "target_image",
  "training_application",
  "training_enrolment",
  "training_programme",
  "training_record",
  "training_session",
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
