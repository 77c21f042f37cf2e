import { getTranslations } from "next-intl/server";
import { runtimeMessage } from "@/lib/platform/i18n/runtime-message";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";

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

function Value({ name, value, labels }: { name: string; value: unknown; labels: Labeller }) {
  if (value === null || value === undefined || value === "") return <>—</>;
  if (typeof value === "boolean") return <>{value ? labels.yes : labels.no}</>;
  if (typeof value === "number") return <>{PLAIN.test(name) ? String(value) : formatCount(value, labels.locale)}</>;
  if (typeof value === "string") return <>{labels.value(name, value) ?? value}</>;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      const shown = value.slice(0, LIST_LIMIT).map((item) => (typeof item === "number" && !PLAIN.test(name) ? formatCount(item, labels.locale) : String(item)));
      return <>{value.length > LIST_LIMIT ? `${shown.join("、")}${labels.more(value.length - LIST_LIMIT)}` : shown.join("、")}</>;
    }
    return (
      <ol className="flex flex-col gap-2">
        {value.map((item, index) => (
          // A recorded list never changes order: its position is its identity.
          <li key={index}>
            <Value name={name} value={item} labels={labels} />
          </li>
        ))}
      </ol>
    );
  }
  return isRecord(value) ? <Fields detail={value} labels={labels} /> : <>{JSON.stringify(value)}</>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function Fields({ detail, labels }: { detail: Record<string, unknown>; labels: Labeller }) {
  return (
    <dl className="audit-detail">
      {Object.entries(detail).map(([key, value]) => (
        <div key={key}>
          <dt>{labels.field(key)}</dt>
          <dd>
            <Value name={key} value={value} labels={labels} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * An audit row's detail as labelled fields rather than JSON: each recorded key by its name in the
 * catalogue (`auditLabels.fields`, else as recorded, since the log keeps what was written at the
 * time), before/after as nested lists, numbers with separators, roles in words. Private values
 * arrive already hidden (lib/insight/audit-trail/redact.ts).
 */
export async function AuditDetail({ detail, locale }: { detail: unknown; locale: Locale }) {
  const [t, roles, audit] = await Promise.all([getTranslations("auditLabels"), getTranslations("roles"), getTranslations("auditTrail")]);
  const labels: Labeller = {
    field: (key) => runtimeMessage(t, `fields.${key}`, key),
    value: (key, value) => (key === "as" ? runtimeMessage(roles, value, "") || null : null),
    yes: audit("yes"),
    no: audit("no"),
    more: (count) => audit("more", { count }),
    locale,
  };
  if (isRecord(detail)) return <Fields detail={detail} labels={labels} />;
  return <Value name="" value={detail} labels={labels} />;
}
