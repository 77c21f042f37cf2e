import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PlanStatusBadge } from "@/components/plans/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findPlanHistory } from "@/lib/year/plans/find-plans";
import { findOwnYearEndDistribution } from "@/lib/year/year-end/rating-distribution";
import { RatingDistribution } from "@/components/year-end/rating-distribution";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("history") };
}

export default async function PlanHistoryPage() {
  const actor = await requireActor();
  const [plans, t, locale, yearEnd] = await Promise.all([findPlanHistory(actor), getTranslations(), currentLocale(), findOwnYearEndDistribution(actor)]);
  return (
    <>
      <PageHeader title={t("plans.history")} lead={t("plans.historyLead")} />
      {plans.length === 0 ? (
        <p>{t("plans.historyEmpty")}</p>
      ) : (
        <Table caption={t("plans.history")} captionHidden>
          <thead>
            <tr>
              <Th>{t("common.fiscalYear")}</Th>
              <Th>{t("plans.title")}</Th>
              <Th numeric>{t("plans.commitmentsColumn")}</Th>
              <Th>{t("yearEnd.historyColumn")}</Th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <Th scope="row">
                  <Link href={`/me/plans/${plan.fiscalYear}`}>{formatFiscalYear(plan.fiscalYear, locale)}</Link>
                </Th>
                <Td>
                  <PlanStatusBadge status={plan.status} />
                </Td>
                <Td numeric>{plan._count.commitments}</Td>
                <Td>
                  <RatingDistribution counts={yearEnd.years.get(plan.fiscalYear)} scale={yearEnd.scale} locale={locale} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
