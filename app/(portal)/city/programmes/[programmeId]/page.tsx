import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm, RetireProgrammeForm } from "@/components/programmes/programme-form";
import { SessionForm } from "@/components/programmes/session-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DateRange } from "@/components/ui/date-range";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/platform/auth/actor";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { parseIsoDate } from "@/lib/platform/dates/iso";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { allowedOrNotFound, loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { findProgramme } from "@/lib/records/programmes/queries";
import { assertProgrammeAdmin } from "@/lib/records/programmes/access";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmes"))("detailTitle") };
}

/** One programme: its sessions by fiscal year, a session form, the edit form and retirement. */
export default async function ProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam.safeParse((await params).programmeId);
  if (!programmeId.success) notFound();
  const actor = await requireActor();
  allowedOrNotFound(() => assertProgrammeAdmin(actor));
  const [{ programme, sessions }, areas, t, tc, locale] = await Promise.all([
    loadOrNotFound(() => findProgramme(actor, programmeId.data)),
    findSelectableMeasures(actor),
    getTranslations("programmes"),
    getTranslations("common"),
    currentLocale(),
  ]);
  const date = (iso: string) => formatDate(parseIsoDate(iso), locale);
  return (
    <>
      <Breadcrumbs menu="HR_DIVISION" crumbs={[{ label: t("title"), href: "/city/programmes" }, { label: programme.title }]} />
      <PageHeader title={programme.title} lead={`${t(`kinds.${programme.kind}`)}・${t("hoursValue", { hours: programme.hours })}`}>
        {programme.retired ? <Badge>{tc("retired")}</Badge> : null}
      </PageHeader>
      <Section title={t("sessionsTitle")}>
        {sessions.length === 0 ? (
          <p>{t("noSessions")}</p>
        ) : (
          <Table caption={t("sessionsTitle")} captionHidden>
            <thead>
              <tr>
                <Th>{tc("fiscalYear")}</Th>
                <Th>{t("fields.dates")}</Th>
                <Th>{t("fields.venue")}</Th>
                <Th numeric>{t("enrolledCount")}</Th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <Td nowrap>{formatFiscalYear(session.fiscalYear, locale)}</Td>
                  <Td nowrap>
                    <Link href={`/city/programmes/sessions/${session.id}`} className="text-blue-1000 underline">
                      {session.startOn === session.endOn ? (
                        date(session.startOn)
                      ) : (
                        <DateRange text={t("dateRange", { start: date(session.startOn), end: date(session.endOn) })} end={date(session.endOn)} />
                      )}
                    </Link>
                  </Td>
                  <Td>{[session.online ? t("online") : null, session.venue || null].filter(Boolean).join("・")}</Td>
                  <Td numeric>{session.capacity === null ? session.enrolled : `${session.enrolled} / ${session.capacity}`}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      {programme.retired ? null : (
        <Section title={t("addSessionTitle")}>
          <SessionForm programmeId={programme.id} defaultFiscalYear={fiscalYearOf(tokyoDate())} />
        </Section>
      )}
      <Section title={t("editTitle")}>
        <ProgrammeForm
          areas={areas}
          programme={{
            id: programme.id,
            version: programme.version,
            title: programme.title,
            kind: programme.kind,
            measureId: programme.measureId,
            targetRanks: programme.targetRanks.join(","),
            targetJobCategories: programme.targetJobCategories.join(","),
            hours: programme.hours,
          }}
        />
      </Section>
      <Section title={programme.retired ? t("restoreTitle") : t("retireTitle")} lead={programme.retired ? undefined : t("retireLead")}>
        <RetireProgrammeForm id={programme.id} version={programme.version} retired={programme.retired} />
      </Section>
    </>
  );
}
