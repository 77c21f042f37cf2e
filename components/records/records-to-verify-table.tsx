import { getTranslations } from "next-intl/server";
import { DateRange } from "@/components/ui/date-range";
import { Table, Td, Th } from "@/components/ui/table";
import { compareDates } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { RecordToVerify } from "@/lib/records/verification/find-records-to-verify";
import { AttachmentLink } from "./attachment-link";

/**
 * The team's declarations waiting for the supervisor: a box to tick (named by the row's person
 * and record), who, what, when and the certificate, inside VerifyRecordsForm. No state column: every record
 * here is unconfirmed, as the page's title says. Plain inputs, so a row costs no client props.
 */
export async function RecordsToVerifyTable({ records, locale }: { records: RecordToVerify[]; locale: Locale }) {
  const t = await getTranslations("verifiedRecords");
  const dates = (record: RecordToVerify) =>
    compareDates(record.from, record.to) === 0 ? (
      formatDate(record.from, locale)
    ) : (
      <DateRange text={t("queue.dateRange", { start: formatDate(record.from, locale), end: formatDate(record.to, locale) })} end={formatDate(record.to, locale)} />
    );
  return (
    <Table caption={t("queue.caption")}>
      <thead>
        <tr>
          <Th>
            <span className="sr-only">{t("queue.select")}</span>
          </Th>
          <Th>{t("queue.member")}</Th>
          <Th>{t("queue.name")}</Th>
          <Th>{t("queue.kind")}</Th>
          <Th>{t("queue.dates")}</Th>
          <Th numeric>{t("queue.hours")}</Th>
          <Th>{t("attachmentColumn")}</Th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={`${record.kind}-${record.id}`}>
            <Td>
              <input type="checkbox" name="record" value={`${record.kind}:${record.id}:${record.version}`} className="size-6" aria-labelledby={`${record.kind}-${record.id}-member ${record.kind}-${record.id}-name`} />
            </Td>
            <Td nowrap>
              <span id={`${record.kind}-${record.id}-member`}>{record.holder.name}</span>
            </Td>
            <Th scope="row">
              <span id={`${record.kind}-${record.id}-name`}>{record.name}</span>
            </Th>
            <Td nowrap>{t(`queue.kinds.${record.kind}`)}</Td>
            <Td nowrap>{dates(record)}</Td>
            <Td numeric>{record.hours === null ? "—" : t("queue.hoursValue", { hours: record.hours })}</Td>
            <Td>
              <AttachmentLink attachment={record.attachment} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
