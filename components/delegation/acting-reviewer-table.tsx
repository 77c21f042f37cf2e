import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { RowButton } from "@/components/forms/row-button";
import { endActingReviewerAction } from "@/lib/people/acting-reviewers/acting-reviewer-actions";

export interface ActingReviewerRow {
  id: number;
  version: number;
  startsOn: Date;
  endsOn: Date;
  reason: string;
  canEnd: boolean;
  supervisor: { name: string; staffNumber: string };
  acting: { name: string; staffNumber: string };
}

/** The 代決 periods not yet over: for whom, who stands in, from when to when, why. */
export async function ActingReviewerTable({ rows, locale, caption }: { rows: ActingReviewerRow[]; locale: Locale; caption: string }) {
  const t = await getTranslations("cycle");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("supervisor")}</Th>
          <Th>{t("acting")}</Th>
          <Th>{t("period")}</Th>
          <Th>{t("reason")}</Th>
          <Th>{t("actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Th scope="row" nowrap>
              {row.supervisor.name}
            </Th>
            <Td nowrap>{row.acting.name}</Td>
            <Td>{t("range", { from: formatDate(fromDateColumn(row.startsOn), locale), to: formatDate(fromDateColumn(row.endsOn), locale) })}</Td>
            <Td>{row.reason}</Td>
            <Td>
              {row.canEnd ? (
                // Ends a 代決 before its date.
                <RowButton
                  action={endActingReviewerAction}
                  hidden={{ id: row.id, version: row.version }}
                  label={t("endActing")}
                  rowLabel={t("endActingFor", { name: row.supervisor.name })}
                  refused={{ other: t("endFailed") }}
                />
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
