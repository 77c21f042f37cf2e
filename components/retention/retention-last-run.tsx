import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { timestampFormat } from "@/lib/platform/dates/format";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { findLastRetentionRun } from "@/lib/records/retention/save-retention-settings";
import { RETENTION_KINDS } from "@/lib/records/retention/retention-settings";

type LastRun = Awaited<ReturnType<typeof findLastRetentionRun>>;

/** What the last retention run destroyed, per kind: the counts its audit row holds. */
export async function RetentionLastRun({ run, locale }: { run: LastRun; locale: Locale }) {
  const t = await getTranslations("retention");
  if (!run) return <p>{t("neverRun")}</p>;
  const kinds = [...RETENTION_KINDS, "auditDetailsErased"] as const;
  return (
    <Table caption={t("lastRunCaption", { at: timestampFormat(locale, "dateTime").format(run.at), by: run.byPerson ? t("byPerson") : t("byJobs") })}>
      <thead>
        <tr>
          <Th>{t("kind")}</Th>
          <Th numeric>{t("destroyed")}</Th>
        </tr>
      </thead>
      <tbody>
        {kinds.map((kind) => (
          <tr key={kind}>
            <Td>{t(`kinds.${kind}`)}</Td>
            <Td numeric>{formatCount(run.counts[kind] ?? 0, locale)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
