import { Link } from "@/components/ui/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttendanceButtons } from "@/components/programmes/attendance-buttons";
import { AttendanceImportForm } from "@/components/programmes/attendance-import-form";
import { EnrolForm } from "@/components/programmes/enrol-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { Table, Th } from "@/components/ui/table";
import { TableRows } from "@/components/ui/table-rows";
import { requireActor } from "@/lib/platform/auth/actor";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSession } from "@/lib/records/programmes/queries";
import { MAX_ATTENDANCE_FILE_BYTES } from "@/lib/records/programmes/read-attendance-csv";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { UnitName } from "@/components/ui/unit-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("sessionTitle") };
}

/** Each cell's class: the staff number, the name and the status kept whole. */
const CLASSES = ["whitespace-nowrap", "whitespace-nowrap", undefined, "whitespace-nowrap"];

const TONE = { ENROLLED: "neutral", ATTENDED: "info", COMPLETED: "success", ABSENT: "warning" } as const;

/** One session: who is enrolled, attendance per person, enrolment by staff number and the CSV import. */
export default async function SessionPage({ params, searchParams }: { params: Promise<{ sessionId: string }>; searchParams: Promise<{ page?: string }> }) {
  const sessionId = idParam.safeParse((await params).sessionId);
  if (!sessionId.success) notFound();
  const actor = await requireActor();
  allowedOrNotFound(() => assertProgrammeAdmin(actor));
  const page = Number((await searchParams).page ?? 1);
  const [session, t, ta, locale] = await Promise.all([
    loadOrNotFound(() => findSession(actor, sessionId.data, { page })),
    getTranslations("programmes"),
    getTranslations("trainingApplications"),
    currentLocale(),
  ]);
  const { total, pageCount } = session.enrolmentPage;
  const date = (iso: string) => formatDate(parseIsoDate(iso), locale);
  const dates = session.startOn === session.endOn ? date(session.startOn) : t("dateRange", { start: date(session.startOn), end: date(session.endOn) });
  const place = [session.online ? t("online") : null, session.venue || null].filter(Boolean).join("・");
  return (
    <>
      <Breadcrumbs
        menu="HR_DIVISION"
        crumbs={[
          { label: t("title"), href: "/city/programmes" },
          { label: session.programme.title, href: `/city/programmes/${session.programme.id}` },
          { label: `${formatFiscalYear(session.fiscalYear, locale)}　${dates}` },
        ]}
      />
      <PageHeader title={session.programme.title} lead={`${formatFiscalYear(session.fiscalYear, locale)}　${dates}　${place}`}>
        <Link href={`/city/programmes/sessions/${session.id}/applications`}>{ta("hr.link")}</Link>
      </PageHeader>
      <Section
        title={t("enrolmentsTitle")}
        lead={session.capacity === null ? t("enrolledNoCapacity", { count: total }) : t("enrolledOfCapacity", { count: total, capacity: session.capacity })}
      >
        {total === 0 ? (
          <p>{t("noEnrolments")}</p>
        ) : (
          <Table caption={t("enrolmentsTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{t("enrol.staffNumber")}</Th>
                <Th>{t("enrol.name")}</Th>
                <Th>{t("unitRank")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("attendance.title")}</Th>
              </tr>
            </thead>
            <TableRows
              classes={CLASSES}
              rows={session.enrolments.map((enrolment) => ({
                key: enrolment.id,
                cells: [
                  enrolment.staffNumber,
                  <Link key="name" href={`/city/staff/${enrolment.employeeId}`}>
                    {enrolment.name}
                  </Link>,
                  [<UnitName key="unit" trail={enrolment.unitTrail} />, "・", enrolment.rank],
                  <Badge key="status" tone={TONE[enrolment.status]}>
                    {t(`statuses.${enrolment.status}`)}
                  </Badge>,
                  <AttendanceButtons
                    key="attendance"
                    sessionId={session.id}
                    version={session.version}
                    enrolmentId={enrolment.id}
                    status={enrolment.status}
                    staffName={enrolment.name}
                  />,
                ],
              }))}
            />
          </Table>
        )}
        <Pager page={session.enrolmentPage.page} pages={pageCount} total={total} href={(to) => `/city/programmes/sessions/${session.id}?page=${to}`} />
      </Section>
      <Section title={t("enrol.title")}>
        <EnrolForm sessionId={session.id} version={session.version} />
      </Section>
      <Section title={t("import.title")}>
        <AttendanceImportForm sessionId={session.id} maxBytes={MAX_ATTENDANCE_FILE_BYTES} />
      </Section>
    </>
  );
}
