import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { DateRange } from "@/components/ui/date-range";
import { compareDates } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { RecordToVerify } from "@/lib/records/verification/find-records-to-verify";
import { AttachmentLink } from "./attachment-link";

/**
 * The team's declarations waiting for the supervisor, on the shared table (components/data-table),
 * inside VerifyRecordsForm: each row headed by its box to tick, named by the record and its
 * person, which stays in view while the row scrolls and heads the row's card on a phone; then
 * what, when and the certificate. No sorting: the page is a work queue of the longest waiting,
 * emptied from the top (the form leads on to the next). No state column: every record here is
 * unconfirmed, as the page's title says. Plain inputs, so a row costs no client props.
 */
export async function RecordsToVerifyTable({ records, locale }: { records: RecordToVerify[]; locale: Locale }) {
  const t = await getTranslations("verifiedRecords");
  const columns: DataColumn<RecordToVerify>[] = [
    { key: "kind", label: t("queue.kind"), nowrap: true, cell: (record) => t(`queue.kinds.${record.kind}`) },
    {
      key: "dates",
      label: t("queue.dates"),
      nowrap: true,
      cell: (record) =>
        compareDates(record.from, record.to) === 0 ? (
          formatDate(record.from, locale)
        ) : (
          <DateRange
            text={t("queue.dateRange", { start: formatDate(record.from, locale), end: formatDate(record.to, locale) })}
            end={formatDate(record.to, locale)}
          />
        ),
    },
    { key: "hours", label: t("queue.hours"), numeric: true, cell: (record) => (record.hours === null ? "—" : t("queue.hoursValue", { hours: record.hours })) },
    { key: "attachment", label: t("attachmentColumn"), cell: (record) => <AttachmentLink attachment={record.attachment} /> },
  ];
  return (
    <DataTable<RecordToVerify>
      caption={t("queue.caption")}
      rowHeader={{
        key: "record",
        label: t("queue.record"),
        // The label names the box by the record and its person (two members may declare the
        // same course) without ids to point at.
        cell: (record) => (
          <label className="check">
            <input type="checkbox" name="record" value={`${record.kind}:${record.id}:${record.version}`} />
            {/* The space keeps the two apart in the box's name; the note's own line hides it. */}
            <span>
              {record.name} <span className="cell-note">{record.holder.name}</span>
            </span>
          </label>
        ),
      }}
      columns={columns}
      rows={records}
    />
  );
}
