import { getTranslations } from "next-intl/server";
import { DateRange } from "@/components/ui/date-range";
import { Table, Td, Th } from "@/components/ui/table";
import { compareDates } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { RecordToVerify } from "@/lib/records/verification/find-records-to-verify";
import { AttachmentLink } from "./attachment-link";
import { VerifyRecordButton } from "./verify-record-button";

/**
 * The team's declarations waiting for the supervisor: who, what, when, the certificate, and the
 * button. No state column: every record here is unconfirmed, as the page's title says.
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
          <Th>{t("queue.member")}</Th>
          <Th>{t("queue.name")}</Th>
          <Th>{t("queue.kind")}</Th>
          <Th>{t("queue.dates")}</Th>
          <Th numeric>{t("queue.hours")}</Th>
          <Th>{t("attachmentColumn")}</Th>
          <Th>{t("queue.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={`${record.kind}-${record.id}`}>
            <Td nowrap>{record.holder.name}</Td>
            <Th scope="row">{record.name}</Th>
            <Td nowrap>{t(`queue.kinds.${record.kind}`)}</Td>
            <Td nowrap>{dates(record)}</Td>
            <Td numeric>{record.hours === null ? "—" : t("queue.hoursValue", { hours: record.hours })}</Td>
            <Td>
              <AttachmentLink attachment={record.attachment} />
            </Td>
            <Td>
              <VerifyRecordButton kind={record.kind} id={record.id} version={record.version} name={record.name} member={record.holder.name} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
