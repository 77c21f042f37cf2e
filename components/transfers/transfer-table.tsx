import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { type DataColumn, DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { UnitName } from "@/components/ui/unit-name";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { TransferRow } from "@/lib/people/transfers/find-transfers";
import { CancelTransferButton } from "./cancel-transfer-button";

/**
 * Transfers on the shared table (components/data-table; cards on a phone): for the HR division
 * (with where they were entered and, while waiting, a cancel button) and for a supervisor (with
 * the handover to write or to read). Not sorted: a short list in the order of the day they
 * take effect.
 */
export async function TransferTable({ rows, view }: { rows: TransferRow[]; view: "hr" | "team" }) {
  const [t, locale] = await Promise.all([getTranslations("transfers"), currentLocale()]);
  // The unit over the supervisor, each on its own line: a narrow column would break "係／氏名" mid-name.
  // A transfer may cross bureaus: the units keep theirs.
  const place = (unit: { trail: string[] }, supervisor: { name: string } | null) => (
    <span>
      <span className="block">
        <UnitName trail={unit.trail} />
      </span>
      <span className="block text-solid-gray-700">{supervisor?.name ?? t("noSupervisor")}</span>
    </span>
  );
  const columns: DataColumn<TransferRow>[] = [
    { key: "effectiveOn", label: t("effectiveOn"), nowrap: true, cell: (row) => formatDate(fromDateColumn(row.effectiveOn), locale) },
    { key: "from", label: t("from"), cell: (row) => place(row.fromUnit, row.fromSupervisor) },
    { key: "to", label: t("to"), cell: (row) => place(row.toUnit, row.toSupervisor) },
    ...(view === "hr"
      ? [
          { key: "source", label: t("source"), nowrap: true, cell: (row: TransferRow) => t(`sources.${row.source}`) },
          {
            key: "cancel",
            label: t("cancel"),
            cell: (row: TransferRow) =>
              row.status === "SCHEDULED" ? (
                <CancelTransferButton transferId={row.id} version={row.version} label={t("cancelFor", { name: row.employee.name })} />
              ) : (
                "—"
              ),
          },
        ]
      : []),
  ];
  return (
    <DataTable<TransferRow>
      caption={t("caption", { count: rows.length })}
      captionHidden
      rowHeader={{
        key: "person",
        label: t("person"),
        // The handover sits with the name, so it heads the row in view and the card on a phone.
        cell: (row) => (
          <>
            <span className="block">
              {/* The HR division's list names people it may open the record of. */}
              {view === "hr" ? <Link href={`/city/staff/${row.employee.id}`}>{row.employee.name}</Link> : row.employee.name}（{row.employee.staffNumber}）
            </span>
            <span className="mt-1 flex flex-wrap items-center gap-2 font-normal">
              <Link href={`/handovers/${row.id}`}>
                {view === "team" ? (row.status === "SCHEDULED" ? t("writeNote") : t("readHandover")) : t("open")}
                <span className="sr-only">（{row.employee.name}）</span>
              </Link>
              <Badge tone={row.handoverNote ? "success" : "neutral"}>{row.handoverNote ? t("noteWritten") : t("noNote")}</Badge>
            </span>
          </>
        ),
      }}
      columns={columns}
      rows={rows}
    />
  );
}
