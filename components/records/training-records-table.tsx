import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { DateRange } from "@/components/ui/date-range";
import { Table, Td, Th } from "@/components/ui/table";
import { compareDates } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { TrainingRecordView } from "@/lib/records/training-record-view";
import { AttachmentLink } from "./attachment-link";
import { DeleteRecordButton } from "./delete-record-button";
import { VerificationBadge } from "./verification-badge";

const KIND_TONE = { INSTITUTE: "info", DEPARTMENTAL: "success", EXTERNAL: "neutral" } as const;

export async function TrainingRecordsTable({
  records,
  fiscalYear,
  fiscalYearLabel,
  locale,
  editHref,
}: {
  records: TrainingRecordView[];
  fiscalYear: number;
  fiscalYearLabel: string;
  locale: Locale;
  editHref: (id: number) => Route;
}) {
  const [t, v] = await Promise.all([getTranslations("records"), getTranslations("verifiedRecords")]);
  return (
    <Table caption={t("training.caption", { fiscalYear: fiscalYearLabel })} captionHidden>
      <thead>
        <tr>
          <Th>{t("training.programmeName")}</Th>
          <Th>{t("training.kind")}</Th>
          <Th>{t("training.dates")}</Th>
          <Th numeric>{t("training.hours")}</Th>
          <Th>{t("training.completion")}</Th>
          <Th>{t("training.measure")}</Th>
          <Th>{v("column")}</Th>
          <Th>{v("attachmentColumn")}</Th>
          <Th>{t("form.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} className="align-top">
            <Th scope="row">{record.programmeName}</Th>
            <Td>
              <Badge tone={KIND_TONE[record.kind]}>{t(`training.kinds.${record.kind}`)}</Badge>
            </Td>
            <Td nowrap>
              {compareDates(record.startOn, record.endOn) === 0 ? (
                formatDate(record.startOn, locale)
              ) : (
                <DateRange
                  text={t("training.dateRange", { start: formatDate(record.startOn, locale), end: formatDate(record.endOn, locale) })}
                  end={formatDate(record.endOn, locale)}
                />
              )}
            </Td>
            <Td numeric>{t("training.hoursValue", { hours: record.hours })}</Td>
            <Td>{record.completed ? <Badge tone="success">{t("training.completed")}</Badge> : <Badge>{t("training.notCompleted")}</Badge>}</Td>
            <Td>{record.measure?.label ?? t("form.none")}</Td>
            <Td>
              <VerificationBadge verification={record.verification} locale={locale} />
            </Td>
            <Td>
              <AttachmentLink attachment={record.attachment} />
            </Td>
            <Td>
              <div className="flex flex-col items-start gap-2">
                <Link href={editHref(record.id)} className="underline underline-offset-[0.1875rem]">
                  {t("form.edit")}
                  <span className="sr-only">{t("form.editTarget", { name: record.programmeName })}</span>
                </Link>
                <DeleteRecordButton id={record.id} version={record.version} name={record.programmeName} fiscalYear={fiscalYear} />
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
