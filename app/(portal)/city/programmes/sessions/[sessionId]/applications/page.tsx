import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { DecideButtons } from "@/components/training-applications/decide-buttons";
import { FillForm } from "@/components/training-applications/fill-form";
import { PublishForm } from "@/components/training-applications/publish-form";
import { sessionDates } from "@/components/training-applications/session-dates";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { idParam } from "@/lib/platform/dates/route-params";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import { findAppliedAtWork } from "@/lib/records/training-applications/results";
import { findSessionApplications } from "@/lib/records/training-applications/selection";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingApplications"))("hr.title") };
}

const TONE: Record<ApplicationStatus, BadgeTone> = {
  APPLIED: "neutral",
  RECOMMENDED: "info",
  NOT_RECOMMENDED: "danger",
  SELECTED: "success",
  WAITLISTED: "warning",
};

/** One session's applicants in the order of recommendation: publish, select within the capacity, wait-list. */
export default async function SessionApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const sessionId = idParam.safeParse((await params).sessionId);
  if (!sessionId.success) notFound();
  const actor = await requireActor();
  allowedOrNotFound(() => assertProgrammeAdmin(actor));
  const page = Number((await searchParams).page ?? 1);
  const [session, applied, t, tp, locale] = await Promise.all([
    loadOrNotFound(() => findSessionApplications(actor, sessionId.data, { page })),
    findAppliedAtWork(actor, sessionId.data),
    getTranslations("trainingApplications"),
    getTranslations("programmes"),
    currentLocale(),
  ]);
  const dates = sessionDates(session, locale, (values) => t("dateRange", values));
  const { counts } = session;
  const room = session.capacity === null ? null : Math.max(0, session.capacity - session.enrolled);
  return (
    <>
      <Breadcrumbs
        menu="HR_DIVISION"
        crumbs={[
          { label: tp("title"), href: "/city/programmes" },
          { label: session.programme.title, href: `/city/programmes/${session.programme.id}` },
          { label: `${formatFiscalYear(session.fiscalYear, locale)}　${dates}`, href: `/city/programmes/sessions/${session.id}` },
          { label: t("hr.title") },
        ]}
      />
      <PageHeader title={`${session.programme.title}：${t("hr.title")}`} lead={t("hr.lead")} />
      <Section
        title={t("hr.publishTitle")}
        lead={session.applicationsUntil ? t("hr.publishedUntil", { date: formatDate(parseIsoDate(session.applicationsUntil), locale) }) : t("hr.notPublished")}
      >
        <p className="mb-4">{t("hr.publishLead")}</p>
        <PublishForm sessionId={session.id} version={session.version} applicationsUntil={session.applicationsUntil} />
      </Section>
      <Section
        title={t("hr.title")}
        lead={`${t("hr.counts", { total: session.applicantPage.total, recommended: counts.RECOMMENDED, selected: counts.SELECTED, waitlisted: counts.WAITLISTED, applied: counts.APPLIED, refused: counts.NOT_RECOMMENDED })}　${
          room === null
            ? t("hr.roomUnlimited", { enrolled: session.enrolled })
            : t("hr.room", { enrolled: session.enrolled, capacity: session.capacity ?? 0, room })
        }`}
      >
        {session.applicantPage.total === 0 ? (
          <p>{t("hr.empty")}</p>
        ) : (
          <>
            <div className="mb-6">
              <FillForm sessionId={session.id} />
            </div>
            <Table caption={t("hr.title")} captionHidden>
              <thead>
                <tr>
                  <Th numeric>{t("hr.order")}</Th>
                  <Th>{tp("enrol.name")}</Th>
                  <Th>{tp("unitRank")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("reason")}</Th>
                  <Th>{t("hr.reviewer")}</Th>
                  <Th>{t("hr.select")}</Th>
                </tr>
              </thead>
              <tbody>
                {session.applicants.map((row) => (
                  <tr key={row.id} id={`application-${row.id}`}>
                    <Td numeric>{row.order ?? "－"}</Td>
                    <Td nowrap>
                      {row.name}
                      <br />
                      {row.staffNumber}
                    </Td>
                    <Td>
                      <UnitName trail={row.unitTrail} />・{row.rank}
                    </Td>
                    <Td nowrap>
                      <Badge tone={TONE[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                    </Td>
                    <Td>
                      {row.reason}
                      {row.comment ? (
                        <>
                          <br />
                          {t("supervisorComment")}：{row.comment}
                        </>
                      ) : null}
                    </Td>
                    <Td>{row.reviewer ?? "－"}</Td>
                    <Td>
                      {row.decidable ? (
                        <DecideButtons applicationId={row.id} version={row.version} name={row.name} canWaitlist={row.status !== "WAITLISTED"} />
                      ) : (
                        "－"
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
        <Pager
          page={session.applicantPage.page}
          pages={session.applicantPage.pageCount}
          total={session.applicantPage.total}
          href={(to) => `/city/programmes/sessions/${session.id}/applications?page=${to}`}
        />
      </Section>
      <Section
        title={t("hr.appliedTitle")}
        lead={
          applied.answers.length > 0 || applied.responses >= 3
            ? t("hr.appliedLead", { responses: applied.responses })
            : t("hr.appliedWithheld", { responses: applied.responses })
        }
      >
        {applied.answers.length > 0 ? (
          <ul className="flex list-disc flex-col gap-2 pl-6">
            {applied.answers.map((answer, index) => (
              <li key={index} className="whitespace-pre-line">
                {answer}
              </li>
            ))}
          </ul>
        ) : null}
      </Section>
      <p className="mt-8">
        <Link href={`/city/programmes/sessions/${session.id}`}>{tp("sessionTitle")}</Link>
      </p>
    </>
  );
}
