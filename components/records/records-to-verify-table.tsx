import { getTranslations } from "next-intl/server";
import { DateRange } from "@/components/ui/date-range";
import { Table, Td, Th } from "@/components/ui/table";
import { compareDates } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { RecordToVerify } from "@/lib/records/verification/find-records-to-verify";
import { AttachmentLink } from "./attachment-link";
import { Button } from "@/components/ui/button";

/**
 * The team's declarations waiting for the supervisor: a box to tick, who, what, when, the
 * certificate, and the row's own button, inside VerifyRecordsForm. No state column: every record
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
          <Th>{t("queue.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={`${record.kind}-${record.id}`}>
            <Td>
              <input type="checkbox" name="record" value={`${record.kind}:${record.id}:${record.version}`} className="size-6" aria-label={t("queue.selectTarget", { member: record.holder.name, name: record.name })} />
            </Td>
            <Td nowrap>{record.holder.name}</Td>
            <Th scope="row">{record.name}</Th>
            <Td nowrap>{t(`queue.kinds.${record.kind}`)}</Td>
            <Td nowrap>{dates(record)}</Td>
            <Td numeric>{record.hours === null ? "—" : t("queue.hoursValue", { hours: record.hours })}</Td>
            <Td>
              <AttachmentLink attachment={record.attachment} />
            </Td>
            <Td>
              <Button type="submit" name="one" value={`${record.kind}:${record.id}:${record.version}`} size="sm" className="whitespace-nowrap">
                {t("queue.verify")}
                <span className="sr-only">{t("queue.verifyTarget", { member: record.holder.name, name: record.name })}</span>
              </Button>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
