import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { StaffNameCell } from "@/components/staff/staff-name-cell";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import type { MemberFigureRow } from "@/lib/insight/dashboards/bureau-figures";
import { sharedBureau } from "@/lib/people/org/unit-trail";

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
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <StaffNameCell basePath="/bureau/staff" id={row.id} name={row.name} />
            <Td>
              <UnitName trail={row.unitTrail} bureau={bureau} />
            </Td>
            <Td>{row.rank}</Td>
            <Td>
              {row.planId ? (
                <Link href={`/plans/${row.planId}`}>
                  <PlanStatusBadge status={row.planStatus ?? "NONE"} />
                </Link>
              ) : (
                <PlanStatusBadge status="NONE" />
              )}
            </Td>
            <Td numeric>{row.commitmentsDone}</Td>
            <Td numeric>{row.commitmentsInProgress}</Td>
            <Td numeric>{row.commitmentsPlanned}</Td>
            <Td numeric>{row.trainings}</Td>
            <Td numeric>{row.trainingHours}</Td>
            <Td numeric>{row.interviews}</Td>
            <Td>{yesNo(row.young)}</Td>
            <Td>{row.young ? row.hasOjt ? t("yes") : <span className="font-bold text-yellow-1200">{t("no")}</span> : t("notApplicable")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
