import type { Route } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatFiscalYear, timestampFormat } from "@/lib/dates/format";
import type { Locale } from "@/lib/i18n/locales";
import type { findReviewQueue } from "@/lib/plans/find-plans";

const dateFormat = (locale: Locale) => timestampFormat(locale, "date");

/** Submitted plans of the supervisor's team, oldest first: what to review next. */
export async function ReviewQueue({ plans, locale }: { plans: Awaited<ReturnType<typeof findReviewQueue>>; locale: Locale }) {
  const t = await getTranslations();
  if (plans.length === 0) return <p>{t("review.queueEmpty")}</p>;
  const format = dateFormat(locale);
  return (
    <Table caption={t("review.queue")} captionHidden>
      <thead>
        <tr>
          <Th>{t("team.name")}</Th>
          <Th>{t("common.fiscalYear")}</Th>
          <Th>{t("review.submittedAt")}</Th>
          <Th numeric>{t("plans.commitmentsColumn")}</Th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <Th scope="row">
              <Link href={`/plans/${plan.id}` as Route} aria-label={t("review.openPlan", { name: plan.employee.name })} className="whitespace-nowrap">
                {plan.employee.name}
              </Link>
              <span className="block text-dns-14N-130 text-solid-gray-700">
                {plan.employee.unit.name}・{plan.employee.rank}
              </span>
            </Th>
            <Td nowrap>{formatFiscalYear(plan.fiscalYear, locale)}</Td>
            <Td nowrap>{plan.submittedAt ? format.format(plan.submittedAt) : "—"}</Td>
            <Td numeric>{plan._count.commitments}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
