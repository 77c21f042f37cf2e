import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterviewActionsList } from "@/components/interviews/interview-actions-list";
import { InterviewForm } from "@/components/interviews/interview-form";
import { InterviewReadView } from "@/components/interviews/interview-read-view";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/platform/auth/actor";
import { menuRoleOf } from "@/lib/platform/auth/roles";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { getInterview } from "@/lib/year/interviews/get-interview";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interviews"))("detail.title") };
}

/**
 * One career interview, as its reader may see it: the employee answers its proposed actions
 * here, the supervisor who held it corrects it here, and everyone else in scope reads it.
 */
export default async function InterviewPage({ params }: { params: Promise<{ interviewId: string }> }) {
  const interviewId = idParam.safeParse((await params).interviewId);
  if (!interviewId.success) notFound();
  const actor = await requireActor();
  const [{ interview, access }, t, locale] = await Promise.all([
    loadOrNotFound(() => getInterview(actor, interviewId.data)),
    getTranslations("interviews"),
    currentLocale(),
  ]);
  const fiscalYear = fiscalYearOf(interview.heldOn);
  const fiscalYearLabel = formatFiscalYear(fiscalYear, locale);
  const owner = access.reader === "OWNER";
  const proposed = interview.actions.filter((action) => action.status === "PROPOSED");
  const today = tokyoDate();
  const list = owner ? "/me/interviews" : access.reader === "SUPERVISOR" ? "/team/interviews" : null;
  return (
    <>
      <Breadcrumbs menu={menuRoleOf(access.reader)} crumbs={[...(list ? [{ label: t("title"), href: list }] : []), { label: t("detail.title") }]} />
      <PageHeader
        title={t("detail.title")}
        lead={t("detail.lead", { name: interview.employee.name, date: formatDate(interview.heldOn, locale), kind: t(`kinds.${interview.kind}`) })}
      />
      <div id={`interview-${interview.id}`} className="mb-10">
        <InterviewReadView interview={interview} locale={locale} />
      </div>
      <Section id="actions" title={t("detail.actions")}>
        <InterviewActionsList
          interview={interview}
          viewer={owner ? "OWNER" : "OTHER"}
          canDecide={access.canDecide}
          locale={locale}
          fiscalYearLabel={fiscalYearLabel}
        />
      </Section>
      {access.canEdit ? (
        <Section id="edit" title={t("detail.edit")} lead={t("detail.editLead")} printHidden>
          <InterviewForm
            target={{ interviewId: interview.id, version: interview.version }}
            values={{
              heldOn: toIsoDate(interview.heldOn),
              kind: interview.kind,
              agenda: interview.agenda,
              sharedNotes: interview.sharedNotes,
              privateNotes: interview.privateNotes ?? "",
              agreedActions: interview.agreedActions,
              actions: proposed.map((action) => ({ id: action.id, title: action.title, measureId: action.measure.id })),
            }}
            answeredActions={interview.actions.length - proposed.length}
            areas={await findSelectableMeasures(actor)}
            fiscalYearLabel={fiscalYearLabel}
            period={{ min: toIsoDate(fiscalYearStart(fiscalYear)), max: toIsoDate(today) }}
          />
        </Section>
      ) : null}
      <p className="print-hidden">
        {owner ? <Link href="/me/interviews">{t("detail.backToMine")}</Link> : null}
        {access.reader === "SUPERVISOR" ? <Link href="/team/interviews">{t("detail.backToTeam")}</Link> : null}
      </p>
    </>
  );
}
