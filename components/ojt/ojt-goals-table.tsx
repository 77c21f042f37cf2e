import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { OjtPlanDetail } from "@/lib/year/ojt/get-ojt-plan";
import { isOjtPeriod } from "@/lib/year/ojt/periods";
import { OjtGoalMark } from "./ojt-goal-mark";

/** The plan's goals by period, with the achieved switch for those who may mark them. */
export async function OjtGoalsTable({ plan, canMark }: { plan: OjtPlanDetail; canMark: boolean }) {
  const t = await getTranslations("ojt");
  if (plan.goals.length === 0) return <p>{t("plan.goalsEmpty")}</p>;
  return (
    <Table caption={t("plan.goalsCaption")} captionHidden>
      <thead>
        <tr>
          <Th>{t("plan.period")}</Th>
          <Th>{t("plan.goal")}</Th>
          <Th>{t("plan.measure")}</Th>
          <Th>{t("plan.state")}</Th>
          {canMark ? <Th>{t("table.actions")}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {plan.goals.map((goal) => (
          <tr key={goal.id} className="align-top">
            <Td nowrap>{isOjtPeriod(goal.period) ? t(`periods.${goal.period}`) : goal.period}</Td>
            <Th scope="row">
              <span className="font-normal whitespace-pre-line">{goal.goal}</span>
            </Th>
            <Td>{goal.measure?.label ?? t("table.none")}</Td>
            <Td>{goal.achieved ? <Badge tone="success">{t("plan.achieved")}</Badge> : <Badge>{t("plan.notAchieved")}</Badge>}</Td>
            {canMark ? (
              <Td>
                <OjtGoalMark ojtPlanId={plan.id} goalId={goal.id} version={plan.version} achieved={goal.achieved} goal={goal.goal} />
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
