import type { Route } from "next";
import { localRoute } from "@/lib/platform/local-route";

/**
 * The page of a record an audit row is about, where the audit trail's reader (the HR division)
 * may open it: a plan, an OJT plan, an interview, a person's record (個人カルテ). Other records
 * have no page of their own, or one the HR division reads only through a person's record.
 */
const PAGES: Partial<Record<string, (id: string) => string>> = {
  development_plan: (id) => `/plans/${id}`,
  ojt_plan: (id) => `/ojt/${id}`,
  career_interview: (id) => `/interviews/${id}`,
  employee: (id) => `/city/staff/${id}`,
};

export function auditRecordHref(entity: string, entityId: string | null): Route | null {
  const page = PAGES[entity];
  // Only a plain id: the log keeps whatever was written (a setting's key, a test's "0").
  if (!page || entityId === null || !/^[1-9]\d{0,9}$/.test(entityId)) return null;
  return localRoute(page(entityId));
}
