import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { OjtOverview } from "@/lib/ojt/find-ojt-overview";
import { sharedBureau } from "@/lib/org/unit-trail";
import { OjtStatusBadge, ojtStatusOf } from "./ojt-status-badge";

/**
 * One row per young member: trainer, plan state, goals achieved, sessions this quarter and in
 * the year, the last session. Members without a plan come first with the button to make one.
 */
export async function OjtOverviewTable({ overview, canCreate, locale }: { overview: OjtOverview; canCreate: boolean; locale: Locale }) {
  const t = await getTranslations("ojt");
  const { quarter } = overview;
  const bureau = sharedBureau(overview.members.map((member) => member.unitTrail));
  return (
    <Table caption={t("table.caption")} captionHidden>
      <thead>
        <tr>
          <Th>{t("table.name")}</Th>
          <Th>{t("table.trainer")}</Th>
          <Th>{t("table.status")}</Th>
          <Th numeric>{t("table.goals")}</Th>
          <Th numeric>{quarter ? t("table.sessionsThisQuarter", { quarter }) : t("table.sessionsQuarterNone")}</Th>
          <Th numeric>{t("table.sessionsYear")}</Th>
          <Th>{t("table.lastSession")}</Th>
          <Th>{t("table.actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {overview.members.map((member) => {
          const plan = member.plan;
          return (
            <tr key={member.employeeId}>
              <Th scope="row">
                {member.name}
                <span className="cell-note">
                  <UnitName trail={member.unitTrail} bureau={bureau} />・{t("table.memberService", { rank: member.rank, years: member.yearsOfService })}
                </span>
              </Th>
              <Td>
                {plan ? (
                  <>
                    {plan.trainerName}
                    {plan.trainerActive ? null : <Badge tone="warning">{t("table.trainerInactive")}</Badge>}
                    {plan.trainerMoved && !plan.completed ? <Badge tone="warning">{t("table.trainerMoved")}</Badge> : null}
                  </>
                ) : (
                  t("table.none")
                )}
              </Td>
              <Td>
                <OjtStatusBadge status={ojtStatusOf(plan)} />
              </Td>
              <Td numeric>{plan ? t("table.goalsValue", { achieved: plan.goalsAchieved, total: plan.goals }) : t("table.none")}</Td>
              <Td numeric>{plan && plan.sessionsThisQuarter !== null ? t("table.times", { count: plan.sessionsThisQuarter }) : t("table.none")}</Td>
              <Td numeric>{plan ? t("table.times", { count: plan.sessions }) : t("table.none")}</Td>
              <Td nowrap>{plan?.lastSessionOn ? formatDate(plan.lastSessionOn, locale) : t("table.none")}</Td>
              <Td>
                {plan ? (
                  <Link href={`/ojt/${plan.id}`}>
                    {t("table.open")}
                    <span className="sr-only">{t("table.openFor", { name: member.name })}</span>
                  </Link>
                ) : canCreate ? (
                  <Link
                    href={`/team/ojt/new?trainee=${member.employeeId}&fy=${overview.fiscalYear}`}
                    className="row-action-primary"
                  >
                    {t("create")}
                    <span className="sr-only">{t("createFor", { name: member.name })}</span>
                  </Link>
                ) : (
                  t("table.none")
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
