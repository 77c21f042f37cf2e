import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/platform/i18n/locales";

export interface ProgressEntry {
  id: number;
  recordedOn: Date;
  note: string;
  percent: number | null;
  actualValue: Prisma.Decimal | null;
}

/** The progress entries of a commitment of any level, newest first. */
export async function ProgressHistory({ entries, locale }: { entries: ProgressEntry[]; locale: Locale }) {
  const t = await getTranslations("commitments");
  if (entries.length === 0) return <p>{t("progressEmpty")}</p>;
  return (
    <Table caption={t("progressHistory")} captionHidden>
      <thead>
        <tr>
          <Th>{t("recordedOn")}</Th>
          <Th>{t("note")}</Th>
          <Th numeric>{t("percent")}</Th>
          <Th numeric>{t("actualValue")}</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <Td nowrap>{formatDate(fromDateColumn(entry.recordedOn), locale)}</Td>
            <Td>
              <span className="whitespace-pre-wrap">{entry.note}</span>
            </Td>
            <Td numeric>{entry.percent ?? "—"}</Td>
            <Td numeric>{entry.actualValue?.toString() ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
