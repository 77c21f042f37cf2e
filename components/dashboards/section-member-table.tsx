import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { StaffNameCell } from "@/components/staff/staff-name-cell";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import { UnitName } from "@/components/ui/unit-name";
import type { MemberFigureRow } from "@/lib/insight/dashboards/bureau-figures";
import { sharedBureau } from "@/lib/people/org/unit-trail";

/** Each cell's class after the name: the figures aligned right. */
const CLASSES = [undefined, undefined, undefined, "num", "num", "num", "num", "num", "num"];

/** The drill-down's persons: a name opens their record (個人カルテ), the plan's state their plan. */
export async function SectionMemberTable({ caption, rows }: { caption: string; rows: MemberFigureRow[] }) {
  const t = await getTranslations("bureauDashboard");
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  // One section's members: the bureau page they are on has named the bureau.
  const bureau = sharedBureau(rows.map((row) => row.unitTrail));
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("columns.name")}</Th>
          <Th>{t("columns.unit")}</Th>
          <Th>{t("columns.rank")}</Th>
          <Th>{t("columns.planStatus")}</Th>
          <Th numeric>{t("columns.commitmentsDone")}</Th>
          <Th numeric>{t("columns.commitmentsInProgress")}</Th>
          <Th numeric>{t("columns.commitmentsPlanned")}</Th>
          <Th numeric>{t("columns.trainings")}</Th>
          <Th numeric>{t("columns.trainingHours")}</Th>
          <Th numeric>{t("columns.interviews")}</Th>
          <Th>{t("columns.youngStaff")}</Th>
          <Th>{t("columns.ojt")}</Th>
        </tr>
      </thead>
      <TableRows
        classes={CLASSES}
        rows={rows.map((row) => ({
          key: row.id,
          head: <StaffNameCell basePath="/bureau/staff" id={row.id} name={row.name} />,
          cells: [
            <UnitName key="unit" trail={row.unitTrail} bureau={bureau} />,
            row.rank,
            row.planId ? (
              <Link key="plan" href={`/plans/${row.planId}`}>
                <PlanStatusBadge status={row.planStatus ?? "NONE"} />
              </Link>
            ) : (
              <PlanStatusBadge key="plan" status="NONE" />
            ),
            formatFigure(row.commitmentsDone),
            formatFigure(row.commitmentsInProgress),
            formatFigure(row.commitmentsPlanned),
            formatFigure(row.trainings),
            formatFigure(row.trainingHours),
            formatFigure(row.interviews),
            yesNo(row.young),
            row.young ? (
              row.hasOjt ? (
                t("yes")
              ) : (
                <span key="ojt" className="font-bold text-yellow-1200">
                  {t("no")}
                </span>
              )
            ) : (
              t("notApplicable")
            ),
          ],
        }))}
      />
    </Table>
  );
}
