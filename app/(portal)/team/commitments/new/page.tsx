import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createTeamCommitmentAction } from "@/app/(portal)/commitments/actions";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { metricChoice } from "@/app/(portal)/commitments/metric-choice";
import { CommitmentForm, EMPTY_COMMITMENT } from "@/components/plans/commitment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { ledTeamUnits } from "@/lib/commitments/team-access";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { fiscalYearOf } from "@/lib/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/dates/format";
import { currentLocale } from "@/lib/i18n/current-locale";
import { findSelectableMeasures, findSelectableThemesAndImages } from "@/lib/policy/find-selectable-measures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teamCommitments"))("newTitle") };
}

/** A new team commitment for this fiscal year or the next, for one of the units the supervisor leads. */
export default async function NewTeamCommitmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const units = ledTeamUnits(actor);
  if (units.length === 0) notFound();
  const params = await searchParams;
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, [current, current + 1], current);
  const unitId = units.find((unit) => String(unit.id) === params.unit)?.id ?? units[0]?.id ?? null;
  const [areas, { themes, images }, metrics, t, locale] = await Promise.all([
    findSelectableMeasures(actor),
    findSelectableThemesAndImages(actor),
    metricChoice("MANUAL"),
    getTranslations("teamCommitments"),
    currentLocale(),
  ]);
  const label = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader title={t("newTitle")} lead={t("newLead", { fiscalYear: label })} />
      <CommitmentForm
        action={createTeamCommitmentAction}
        hidden={{ fiscalYear }}
        fiscalYearLabel={label}
        values={EMPTY_COMMITMENT}
        areas={areas}
        themes={themes}
        images={images}
        ownerUnits={{ label: t("unit"), options: units.map((unit) => ({ id: unit.id, label: unit.name })), defaultId: unitId }}
        metrics={metrics}
      />
      <p className="mt-8">
        <Link href={`/team/commitments?fy=${fiscalYear}` as Route}>{t("backToTeam")}</Link>
      </p>
    </>
  );
}
