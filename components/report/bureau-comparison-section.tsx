import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { formatNumber } from "@/lib/platform/exports/export-document";
import type { BureauComparison, ShownFigures } from "@/lib/insight/hq-report/bureau-comparison";
import { ApprovalBarChart } from "./approval-bar-chart";

/** The five figures after the bureau, aligned right. */
const FIGURES = ["num", "num", "num", "num", "num"];

/** Section 2: the bureaus side by side, the city as their sum, then the approval-rate chart. */
export async function BureauComparisonSection({ comparison, year }: { comparison: BureauComparison; year: string }) {
  const t = await getTranslations("hqReport.bureaus");
  const figures = (row: ShownFigures) => [
    formatNumber(row.members, "count"),
    formatNumber(row.approvalRate, "percent"),
    formatNumber(row.ojtCoverage, "percent"),
    formatNumber(row.hoursPerMember, "hours"),
    formatNumber(row.interviewRate, "percent"),
  ];
  return (
    <section aria-labelledby="report-bureaus" className="report-section mb-10">
      <h2 id="report-bureaus" className="mb-2 text-std-24B-150 text-solid-gray-900">
        {t("title")}
      </h2>
      <p className="mb-4">{t("lead")}</p>
      <div className="report-table mb-2">
        <Table caption={t("caption", { year })}>
          <thead>
            <tr>
              <Th>{t("bureau")}</Th>
              <Th numeric>{t("members")}</Th>
              <Th numeric>{t("approvalRate")}</Th>
              <Th numeric>{t("ojtCoverage")}</Th>
              <Th numeric>{t("hoursPerMember")}</Th>
              <Th numeric>{t("interviewRate")}</Th>
            </tr>
          </thead>
          <TableRows
            classes={FIGURES}
            rows={comparison.bureaus.map((bureau) => ({ key: bureau.id, head: <Th scope="row">{bureau.name}</Th>, cells: figures(bureau) }))}
          />
          <tfoot className="font-bold">
            <tr>
              <Th scope="row">{t("city")}</Th>
              {figures(comparison.city).map((figure, index) => (
                // Keyed by place, as TableRows keys the bureaus' cells.
                <Td key={index} numeric>
                  {figure}
                </Td>
              ))}
            </tr>
          </tfoot>
        </Table>
      </div>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{t("suppressedNote")}</p>
      <ApprovalBarChart comparison={comparison} />
    </section>
  );
}
