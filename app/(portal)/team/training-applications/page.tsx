import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewForm } from "@/components/training-applications/review-form";
import { sessionDates } from "@/components/training-applications/session-dates";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { timestampFormat } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findApplicationsToReview } from "@/lib/records/training-applications/review";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("review.title") };
}

/** The supervisor's queue: each member's application with their reason, to recommend (with an order) or not. */
export default async function TrainingRecommendationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const page = Number((await searchParams).page ?? 1);
  const [queue, t, locale] = await Promise.all([
    loadOrNotFound(() => findApplicationsToReview(actor, { page })),
    getTranslations("trainingApplications"),
    currentLocale(),
  ]);
  const applied = timestampFormat(locale, "date");
  const count = new Intl.NumberFormat("ja-JP");
  return (
    <>
      <PageHeader title={t("review.title")} lead={t("review.lead")} />
      <Section title={t("review.count", { count: queue.total })}>
        {queue.total === 0 ? (
          <p>{t("review.empty")}</p>
        ) : (
          <ol className="flex flex-col gap-8">
            {queue.rows.map((row) => (
              <li key={row.id} id={`application-${row.id}`} className="scroll-mt-6 rounded-8 border border-solid-gray-420 p-4 sm:p-6">
                <h3 className="mb-4 text-std-20B-150 text-solid-gray-900">{t("review.for", { name: row.employee.name, title: row.session.title })}</h3>
                <DescriptionList
                  className="mb-6"
                  rows={[
                    [t("review.applicant"), `${row.employee.name}（${row.employee.staffNumber}・${row.employee.rank}）`],
                    [t("dates"), sessionDates(row.session, locale, (values) => t("dateRange", values))],
                    [t("capacity"), row.session.capacity === null ? "－" : count.format(row.session.capacity)],
                    [t("review.appliedOn"), applied.format(new Date(row.appliedAt))],
                    [t("reason"), row.reason],
                  ]}
                />
                <ReviewForm
                  applicationId={row.id}
                  version={row.version}
                  nextOrder={row.nextOrder}
                  label={t("review.for", { name: row.employee.name, title: row.session.title })}
                />
              </li>
            ))}
          </ol>
        )}
        <Pager page={queue.page} pages={queue.pageCount} total={queue.total} href={(to) => `/team/training-applications?page=${to}`} />
      </Section>
    </>
  );
}
