import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { fromDateColumn } from "@/lib/dates/calendar-date";
import { formatDate } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { TransferRow } from "@/lib/transfers/find-transfers";
import { CancelTransferButton } from "./cancel-transfer-button";

/**
 * Transfers as a table: for the HR division (with where they were entered and, while waiting,
 * a cancel button) and for a supervisor (with the handover to write or to read).
 */
export async function TransferTable({ rows, view }: { rows: TransferRow[]; view: "hr" | "team" }) {
  const [t, locale] = await Promise.all([getTranslations("transfers"), currentLocale()]);
  // The unit over the supervisor, each on its own line: a narrow column would break "係／氏名" mid-name.
  // A transfer may cross bureaus: the units keep theirs.
  const place = (unit: { trail: string[] }, supervisor: { name: string } | null) => (
    <>
      <span className="block">
        <UnitName trail={unit.trail} />
      </span>
      <span className="block text-solid-gray-700">{supervisor?.name ?? t("noSupervisor")}</span>
    </>
  );
  return (
    <Table caption={t("caption", { count: rows.length })} captionHidden>
      <thead>
        <tr>
          <Th>{t("person")}</Th>
          <Th>{t("effectiveOn")}</Th>
          <Th>{t("from")}</Th>
          <Th>{t("to")}</Th>
          {view === "hr" ? <Th>{t("source")}</Th> : null}
          {view === "hr" ? <Th>{t("cancel")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {/* The handover sits with the name, so on a phone it is in view before the table scrolls. */}
            <Td>
              <span className="block">
                {/* The HR division's list names people it may open the record of. */}
                {view === "hr" ? <Link href={`/city/staff/${row.employee.id}`}>{row.employee.name}</Link> : row.employee.name}（{row.employee.staffNumber}）
              </span>
              <span className="mt-1 flex flex-wrap items-center gap-2">
                <Link href={`/handovers/${row.id}`}>
                  {view === "team" ? (row.status === "SCHEDULED" ? t("writeNote") : t("readHandover")) : t("open")}
                  <span className="sr-only">（{row.employee.name}）</span>
                </Link>
                <Badge tone={row.handoverNote ? "success" : "neutral"}>{row.handoverNote ? t("noteWritten") : t("noNote")}</Badge>
              </span>
            </Td>
            <Td nowrap>{formatDate(fromDateColumn(row.effectiveOn), locale)}</Td>
            <Td>{place(row.fromUnit, row.fromSupervisor)}</Td>
            <Td>{place(row.toUnit, row.toSupervisor)}</Td>
            {view === "hr" ? <Td nowrap>{t(`sources.${row.source}`)}</Td> : null}
            {view === "hr" ? (
              <Td>{row.status === "SCHEDULED" ? <CancelTransferButton transferId={row.id} version={row.version} label={t("cancelFor", { name: row.employee.name })} /> : "—"}</Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
