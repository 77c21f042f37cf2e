import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InterviewForm } from "@/components/interviews/interview-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { type CalendarDate, tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf, fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { idParam } from "@/lib/platform/dates/route-params";
import type { InterviewKind } from "@/lib/generated/prisma/enums";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findInterviewee } from "@/lib/year/interviews/find-interviewee";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { findSelectableMeasures } from "@/lib/policy/find-selectable-measures";
import { trailText } from "@/lib/people/org/unit-trail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interviews"))("new.title") };
}

/** The kind an interview held today most likely is: 期首 in spring, 期末 in the last quarter. */
function likelyKind(today: CalendarDate): InterviewKind {
  if (today.month >= 4 && today.month <= 6) return "START_OF_YEAR";
  return today.month >= 1 && today.month <= 3 ? "END_OF_YEAR" : "MID_YEAR";
}

/** `?employee=<id>`: a member of the supervisor's team, or a 404 like any other miss. */
export default async function NewInterviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const employeeId = idParam.safeParse((await searchParams).employee);
  if (!employeeId.success) notFound();
  const actor = await requireActor();
  const [employee, areas, t, locale] = await Promise.all([
    loadOrNotFound(() => findInterviewee(actor, employeeId.data)),
    findSelectableMeasures(actor),
    getTranslations("interviews"),
    currentLocale(),
  ]);
  const today = tokyoDate();
  const fiscalYear = fiscalYearOf(today);
  return (
    <>
      <PageHeader
        title={t("new.title")}
        lead={t("new.lead", { name: employee.name, unit: trailText(employee.unitTrail, employee.unitTrail[0]), rank: employee.rank })}
      />
      <InterviewForm
        target={{ employeeId: employee.id }}
        values={{ heldOn: toIsoDate(today), kind: likelyKind(today), agenda: "", sharedNotes: "", privateNotes: "", agreedActions: "", actions: [] }}
        answeredActions={0}
        areas={areas}
        fiscalYearLabel={formatFiscalYear(fiscalYear, locale)}
        period={{ min: toIsoDate(fiscalYearStart(fiscalYear)), max: toIsoDate(today) }}
      />
      <p className="mt-8">
        <Link href="/team/interviews">{t("new.back")}</Link>
      </p>
    </>
  );
}
