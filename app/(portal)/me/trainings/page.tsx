import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { sessionDates } from "@/components/training-applications/session-dates";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findMyApplications, findReportsDue } from "@/lib/records/training-applications/my-trainings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("title") };
}

const TONE: Record<ApplicationStatus, BadgeTone> = {
  APPLIED: "neutral",
  RECOMMENDED: "info",
  NOT_RECOMMENDED: "danger",
  SELECTED: "success",
  WAITLISTED: "warning",
};

/** The employee's applications with their state, the reports still to write, and the calendar file. */
export default async function MyTrainingsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const page = Number((await searchParams).page ?? 1);
  const [applications, due, t, tp, locale] = await Promise.all([
    findMyApplications(actor, { page }),
    findReportsDue(actor),
    getTranslations("trainingApplications"),
    getTranslations("programmes"),
    currentLocale(),
  ]);
  const range = (values: { start: string; end: string }) => t("dateRange", values);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <div className="flex flex-wrap gap-4">
          <Link href="/me/trainings/open" className={buttonClass("primary")}>
            {t("openLink")}
          </Link>
          <a href="/me/trainings/calendar" className={buttonClass("secondary")} download>
            {t("calendar")}
          </a>
        </div>
      </PageHeader>
      <Section title={t("reportsDueTitle")} lead={due.total > 0 ? t("reportsDueLead", { count: due.total }) : undefined}>
        {due.total === 0 ? (
          <p>{t("reportsDueNone")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {due.rows.map((row) => (
              <li key={row.enrolmentId}>
                <Link href={`/me/trainings/reports/${row.enrolmentId}`}>
                  {t("writeReport")}：{row.title}（{sessionDates(row, locale, range)}）
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("myTitle")}>
        {applications.total === 0 ? (
          <p>{t("myEmpty")}</p>
        ) : (
          <Table caption={t("myTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("programme")}</Th>
                <Th>{t("dates")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("supervisorComment")}</Th>
                <Th>{t("attendance")}</Th>
              </tr>
            </thead>
            <tbody>
              {applications.rows.map((row) => (
                <tr key={row.id} id={`application-${row.id}`}>
                  <Td>{row.title}</Td>
                  <Td nowrap>{sessionDates(row, locale, range)}</Td>
                  <Td nowrap>
                    <Badge tone={TONE[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                  </Td>
                  <Td>{row.comment || "－"}</Td>
                  <Td>
                    {row.attendance === null ? (
                      "－"
                    ) : row.enrolmentId !== null && (row.attendance === "ATTENDED" || row.attendance === "COMPLETED") ? (
                      <Link href={`/me/trainings/reports/${row.enrolmentId}`}>
                        {row.reported ? `${tp(`statuses.${row.attendance}`)}・${t("reported")}` : `${tp(`statuses.${row.attendance}`)}・${t("writeReport")}`}
                      </Link>
                    ) : (
                      tp(`statuses.${row.attendance}`)
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager page={applications.page} pages={applications.pageCount} total={applications.total} href={(to) => `/me/trainings?page=${to}`} />
      </Section>
    </>
  );
}
