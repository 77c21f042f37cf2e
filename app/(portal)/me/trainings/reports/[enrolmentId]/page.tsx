import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportForm } from "@/components/training-applications/report-form";
import { sessionDates } from "@/components/training-applications/session-dates";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { idParam } from "@/lib/platform/dates/route-params";
import { timestampFormat } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findReportForm } from "@/lib/records/training-applications/reports";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("report.title") };
}

/** The 受講報告 and 研修アンケート of one's own attendance. */
export default async function TrainingReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ enrolmentId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const enrolmentId = idParam.safeParse((await params).enrolmentId);
  if (!enrolmentId.success) notFound();
  const actor = await requireActor();
  const [form, saved, t, locale] = await Promise.all([
    loadOrNotFound(() => findReportForm(actor, enrolmentId.data)),
    searchParams.then((p) => p.saved === "1"),
    getTranslations("trainingApplications"),
    currentLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("report.title")} lead={`${form.title}（${sessionDates(form, locale, (values) => t("dateRange", values))}）`} />
      {saved ? (
        <div role="status">
          <Notice title={t("report.saved")} />
        </div>
      ) : null}
      <Section
        title={t("report.title")}
        lead={form.report ? t("report.submitted", { date: timestampFormat(locale, "dateTime").format(new Date(form.report.submittedAt)) }) : t("report.lead")}
      >
        <ReportForm enrolmentId={form.enrolmentId} version={form.version} answers={form.report} />
      </Section>
      <p className="mt-8">
        <Link href="/me/trainings">{t("report.back")}</Link>
      </p>
    </>
  );
}
