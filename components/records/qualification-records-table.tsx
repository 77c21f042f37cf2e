import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { expiryStatus } from "@/lib/records/expiry-status";
import type { QualificationRecordView } from "@/lib/records/qualification-record-view";
import { AttachmentLink } from "./attachment-link";
import { DeleteRecordButton } from "./delete-record-button";
import { VerificationBadge } from "./verification-badge";

export async function QualificationRecordsTable({
  records,
  fiscalYear,
  fiscalYearLabel,
  locale,
  today,
  editHref,
}: {
  records: QualificationRecordView[];
  fiscalYear: number;
  fiscalYearLabel: string;
  locale: Locale;
  today: CalendarDate;
  editHref: (id: number) => Route;
}) {
  const [t, v] = await Promise.all([getTranslations("records"), getTranslations("verifiedRecords")]);
  return (
    <Table caption={t("qualification.caption", { fiscalYear: fiscalYearLabel })} captionHidden>
      <thead>
        <tr>
          <Th>{t("qualification.name")}</Th>
          <Th>{t("qualification.obtainedOn")}</Th>
          <Th>{t("qualification.expiresOn")}</Th>
          <Th>{t("qualification.measure")}</Th>
          <Th>{t("qualification.note")}</Th>
          <Th>{v("column")}</Th>
          <Th>{v("attachmentColumn")}</Th>
          <Th>{t("form.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => {
          const expiry = expiryStatus(record.expiresOn, today);
          return (
            <tr key={record.id} className="align-top">
              <Th scope="row">{record.name}</Th>
              <Td nowrap>{formatDate(record.obtainedOn, locale)}</Td>
              <Td>
                <span className="flex flex-col items-start gap-1">
                  {record.expiresOn ? formatDate(record.expiresOn, locale) : t("qualification.noExpiry")}
                  {expiry.state === "expired" ? <Badge tone="danger">{t("qualification.expired")}</Badge> : null}
                  {expiry.state === "expiring" ? <Badge tone="warning">{t("qualification.expiring", { days: expiry.daysLeft })}</Badge> : null}
                </span>
              </Td>
              <Td>{record.measure?.label ?? t("form.none")}</Td>
              <Td lines>{record.note || t("form.none")}</Td>
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
                    <span className="sr-only">{t("form.editTarget", { name: record.name })}</span>
                  </Link>
                  <DeleteRecordButton id={record.id} version={record.version} name={record.name} fiscalYear={fiscalYear} />
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
