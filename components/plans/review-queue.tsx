import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { formatFiscalYear, timestampFormat } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { type findReviewQueue, REVIEW_QUEUE_PAGE } from "@/lib/year/plans/find-plans";

const dateFormat = (locale: Locale) => timestampFormat(locale, "date");

/**
 * Submitted plans (and approved plans with changes sent) of the supervisor's team, oldest first,
 * a page at a time: what to review next. Most are this year's (`fiscalYear`), so a plan's year is
 * said only when it is another (next year's, from March), beside whether it is a change: a column
 * of 「令和8年度」 on every row said nothing.
 */
export async function ReviewQueue({
  queue: { plans, total },
  fiscalYear,
  page,
  href,
  locale,
}: {
  queue: Awaited<ReturnType<typeof findReviewQueue>>;
  fiscalYear: number;
  page: number;
  href: (page: number) => string;
  locale: Locale;
}) {
  const t = await getTranslations();
  if (total === 0) return <p>{t("review.queueEmpty")}</p>;
  const format = dateFormat(locale);
  // The queue is the supervisor's own team: the bureau they are in goes without saying.
  const bureau = sharedBureau(plans.map((plan) => plan.employee.unit.trail));
  return (
    <>
      <p className="mb-2">{t("review.queueCount", { count: total })}</p>
      <Table caption={t("review.queue")} captionHidden>
        <thead>
          <tr>
            <Th>{t("team.name")}</Th>
            <Th>{t("review.submittedAt")}</Th>
            <Th numeric>{t("plans.commitmentsColumn")}</Th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <Th scope="row">
                {/* Named by the person: the table (確認待ちの育成計画) says what opening them is for. */}
                <Link href={`/plans/${plan.id}`} className="whitespace-nowrap">
                  {plan.employee.name}
                </Link>
                <span className="cell-note">
                  <UnitName trail={plan.employee.unit.trail} bureau={bureau} />・{plan.employee.rank}
                </span>
              </Th>
              <Td nowrap>
                {plan.submittedAt ? format.format(plan.submittedAt) : "—"}
                {plan.fiscalYear === fiscalYear ? null : (
                  <span className="cell-note">{t("review.queueYear", { fiscalYear: formatFiscalYear(plan.fiscalYear, locale) })}</span>
                )}
                {plan.changesSubmittedAt ? <span className="cell-note">{t("review.queueChanges")}</span> : null}
              </Td>
              <Td numeric>{plan._count.commitments}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pager page={page} pages={Math.ceil(total / REVIEW_QUEUE_PAGE)} href={href} label={t("review.queuePages")} />
    </>
  );
}
