import { getTranslations } from "next-intl/server";
import { runtimeMessage } from "@/lib/platform/i18n/runtime-message";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";

/** A detail's value as it is shown: text, a numbered list (before and after), or labelled fields. */
export type AuditValue = string | { list: readonly AuditValue[] } | { fields: readonly (readonly [label: string, value: AuditValue])[] };

/** The keys whose value is a role (the standing one read in, a grant's before and after): shown in words. */
const ROLE_KEYS = new Set(["as", "role"]);

/** Ids, years and versions are names, not amounts: no thousands separator ("2026年度", "#66877"). */
const PLAIN = /(id|ids|year|version|seed)$/i;

/** More items than this in one list (the staff of a section read at once) are counted, not all printed. */
const LIST_LIMIT = 20;

type Labeller = {
  field: (key: string) => string;
  value: (key: string, value: string) => string | null;
  yes: string;
  no: string;
  more: (count: number) => string;
  locale: Locale;
};

function valueOf(name: string, value: unknown, labels: Labeller): AuditValue {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (typeof value === "number") return PLAIN.test(name) ? String(value) : formatCount(value, labels.locale);
  if (typeof value === "string") return labels.value(name, value) ?? value;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      const shown = value.slice(0, LIST_LIMIT).map((item) => (typeof item === "number" && !PLAIN.test(name) ? formatCount(item, labels.locale) : String(item)));
      return value.length > LIST_LIMIT ? `${shown.join("、")}${labels.more(value.length - LIST_LIMIT)}` : shown.join("、");
    }
    return { list: value.map((item) => valueOf(name, item, labels)) };
  }
  return isRecord(value) ? fieldsOf(value, labels) : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function fieldsOf(detail: Record<string, unknown>, labels: Labeller): AuditValue {
  return { fields: Object.entries(detail).map(([key, value]) => [labels.field(key), valueOf(key, value, labels)] as const) };
}

/**
 * Reads an audit row's detail as labelled fields rather than JSON: each recorded key by its name
 * in the catalogue (`auditLabels.fields`, else as recorded, since the log keeps what was written
 * at the time), before/after as nested lists, numbers with separators, roles in words. Private
 * values arrive already hidden (lib/insight/audit-trail/redact.ts). Answers the detail as data,
 * for AuditTrailRows to lay out: the catalogue is read once for a page of rows.
 */
export async function auditDetailReader(locale: Locale): Promise<(detail: unknown) => AuditValue> {
  const [t, roles, audit] = await Promise.all([getTranslations("auditLabels"), getTranslations("roles"), getTranslations("auditTrail")]);
  const labels: Labeller = {
    field: (key) => runtimeMessage(t, `fields.${key}`, key),
    value: (key, value) => (ROLE_KEYS.has(key) ? runtimeMessage(roles, value, "") || null : null),
    yes: audit("yes"),
    no: audit("no"),
    more: (count) => audit("more", { count }),
    locale,
  };
  return (detail) => (isRecord(detail) ? fieldsOf(detail, labels) : valueOf("", detail, labels));
}
