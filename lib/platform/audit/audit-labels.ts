import { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

/**
 * Where the audit trail finds an action's or an area's words in the message catalogue
 * (`auditLabels.actions.<key>`, `auditLabels.areas.<area>`). A dot would nest the catalogue's
 * keys, and `programme.attendance` is both a name and the start of another, so the dots become
 * underscores; no two names meet that way (audit-labels.test.ts).
 */
export function auditActionKey(action: string): string {
  return action.replaceAll(".", "_");
}

/** The first segment of every action, in the list's order: what the action filter offers as "every … action". */
export const AUDIT_AREAS: readonly string[] = [...new Set(AUDIT_ACTIONS.map((action) => action.slice(0, action.indexOf("."))))];

/** The actions of one area, for the filter's group under that area. */
export function actionsOfArea(area: string): AuditAction[] {
  return AUDIT_ACTIONS.filter((action) => action.startsWith(`${area}.`));
}
