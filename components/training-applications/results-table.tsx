import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgrammeResult } from "@/lib/records/training-applications/results";

const number = new Intl.NumberFormat("ja-JP");
const average = new Intl.NumberFormat("ja-JP", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Per programme, grouped by the measure it serves (③ 研修所研修の充実 among them): the evaluations' figures. */
export async function ProgrammeResultsTable({ caption, rows }: { caption: string; rows: readonly ProgrammeResult[] }) {
  const t = await getTranslations("trainingApplications.results");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("measure")}</Th>
          <Th>{t("programme")}</Th>
          <Th numeric>{t("attended")}</Th>
          <Th numeric>{t("responses")}</Th>
          <Th numeric>{t("satisfaction")}</Th>
          <Th numeric>{t("usefulness")}</Th>
          <Th numeric>{t("applied")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.programmeId}>
            <Td>{row.measureName ?? t("noMeasure")}</Td>
            <Th scope="row">{row.title}</Th>
            <Td numeric>{number.format(row.attended)}</Td>
            <Td numeric>{number.format(row.responses)}</Td>
            <Td numeric>{row.satisfaction === null ? "－" : average.format(row.satisfaction)}</Td>
            <Td numeric>{row.usefulness === null ? "－" : average.format(row.usefulness)}</Td>
            <Td numeric>{number.format(row.applied)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
