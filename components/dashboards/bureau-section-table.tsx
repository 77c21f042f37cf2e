import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { flagOfAttentionRule } from "@/lib/dashboards/attention-rules";
import { formatFigure } from "@/lib/i18n/format-number";
import type { BureauTotalRow, SectionFigureRow } from "@/lib/dashboards/section-figures";
import { RateCell } from "./rate-cell";

/**
 * Figures per 課, sections needing attention first, with the bureau's total row. Each count
 * sits with its share; the export carries the same numbers in separate columns.
 */
export async function BureauSectionTable({ caption, rows, total, fiscalYear }: { caption: string; rows: SectionFigureRow[]; total: BureauTotalRow; fiscalYear: number }) {
  const t = await getTranslations("bureauDashboard");
  const rule = await getTranslations("attentionRules");
  const na = t("notApplicable");
  const figures = (row: BureauTotalRow) => (
    <>
      <Td numeric>{formatFigure(row.members)}</Td>
      <Td numeric>
        <RateCell count={row.plansSubmitted} rate={row.submissionRate} notApplicable={na} />
      </Td>
      <Td numeric>
        <RateCell count={row.plansApproved} rate={row.approvalRate} notApplicable={na} />
      </Td>
      <Td numeric>{formatFigure(row.young)}</Td>
      <Td numeric>
        <RateCell count={row.youngWithOjt} rate={row.ojtCoverage} notApplicable={na} />
      </Td>
      <Td numeric>
        <RateCell count={row.trainingParticipants} rate={row.participationRate} notApplicable={na} />
      </Td>
      <Td numeric>{formatFigure(row.trainingHours)}</Td>
      <Td numeric>
        <RateCell count={row.interviewed} rate={row.interviewRate} notApplicable={na} />
      </Td>
      <Td numeric>{formatFigure(row.commitmentsPlanned)}</Td>
      <Td numeric>{formatFigure(row.commitmentsInProgress)}</Td>
      <Td numeric>{formatFigure(row.commitmentsDone)}</Td>
    </>
  );
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("columns.section")}</Th>
          <Th>{t("columns.department")}</Th>
          <Th numeric>{t("columns.members")}</Th>
          <Th numeric>{t("page.submitted")}</Th>
          <Th numeric>{t("page.approved")}</Th>
          <Th numeric>{t("columns.young")}</Th>
          <Th numeric>{t("page.ojt")}</Th>
          <Th numeric>{t("page.training")}</Th>
          <Th numeric>{t("columns.trainingHours")}</Th>
          <Th numeric>{t("page.interviews")}</Th>
          <Th numeric>{t("columns.commitmentsPlanned")}</Th>
          <Th numeric>{t("columns.commitmentsInProgress")}</Th>
          <Th numeric>{t("columns.commitmentsDone")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Th scope="row">
              <Link href={`/bureau/sections/${row.id}?fy=${fiscalYear}`}>{row.name}</Link>
              {row.needsAttention ? (
                // The flag says which of the HR division's rules fired, in words beside it.
                <span className="cell-note">
                  <Badge tone="warning">{t("attention")}</Badge>{" "}
                  {row.attention.map((fired, i) => (
                    <span key={fired.id} className="whitespace-nowrap">
                      {i > 0 ? "・" : ""}
                      {flagOfAttentionRule(fired, rule)}
                    </span>
                  ))}
                </span>
              ) : null}
            </Th>
            <Td nowrap>{row.departmentName}</Td>
            {figures(row)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-bold">
          <Th scope="row">{t("total")}</Th>
          <Td>{""}</Td>
          {figures(total)}
        </tr>
      </tfoot>
    </Table>
  );
}
