import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/platform/exports/export-document";
import type { BureauComparison, ShownFigures } from "@/lib/insight/hq-report/bureau-comparison";
import { ApprovalBarChart } from "./approval-bar-chart";

/** Section 2: the bureaus side by side, the city as their sum, then the approval-rate chart. */
export async function BureauComparisonSection({ comparison, year }: { comparison: BureauComparison; year: string }) {
  const t = await getTranslations("hqReport.bureaus");
  const cells = (row: ShownFigures) => (
    <>
      <Td numeric>{formatNumber(row.members, "count")}</Td>
      <Td numeric>{formatNumber(row.approvalRate, "percent")}</Td>
      <Td numeric>{formatNumber(row.ojtCoverage, "percent")}</Td>
      <Td numeric>{formatNumber(row.hoursPerMember, "hours")}</Td>
      <Td numeric>{formatNumber(row.interviewRate, "percent")}</Td>
    </>
  );
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
          <tbody>
            {comparison.bureaus.map((bureau) => (
              <tr key={bureau.id}>
                <Th scope="row">{bureau.name}</Th>
                {cells(bureau)}
              </tr>
            ))}
          </tbody>
          <tfoot className="font-bold">
            <tr>
              <Th scope="row">{t("city")}</Th>
              {cells(comparison.city)}
            </tr>
          </tfoot>
        </Table>
      </div>
      <p className="mb-6 text-std-16N-170 text-solid-gray-700">{t("suppressedNote")}</p>
      <ApprovalBarChart comparison={comparison} />
    </section>
  );
}
