import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { chosenFiscalYear } from "@/app/(portal)/commitments/chosen-fiscal-year";
import { levelText, OWN_LIST } from "@/app/(portal)/commitments/level-text";
import { metricChoice } from "@/app/(portal)/commitments/metric-choice";
import { CommitmentForm, EMPTY_COMMITMENT } from "@/components/plans/commitment-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/platform/auth/actor";
import { ownerUnitsOf, ownsLevel, type StandaloneLevel } from "@/lib/year/commitments/commitment-access";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { findSelectableMeasures, findSelectableThemesAndImages } from "@/lib/policy/find-selectable-measures";

type Params = Record<string, string | string[] | undefined>;

/**
 * A new commitment of any standalone level, for this fiscal year or the next: a team's for a unit
 * the supervisor leads, a bureau's for the coordinator's bureau, the city's for the HR division.
 * The level travels in the form, but the domain decides again who may own it.
 */
export async function NewCommitmentView({ level, params }: { level: StandaloneLevel; params: Params }) {
  const actor = await requireActor();
  if (!ownsLevel(actor, level)) notFound();
  const units = ownerUnitsOf(actor, level);
  const current = fiscalYearOf(tokyoDate());
  const fiscalYear = chosenFiscalYear(params.fy, [current, current + 1], current);
  const unitId = units.find((unit) => String(unit.id) === params.unit)?.id ?? units[0]?.id ?? null;
  const [areas, { themes, images }, metrics, text, locale] = await Promise.all([
    findSelectableMeasures(actor),
    findSelectableThemesAndImages(actor),
    metricChoice("MANUAL"),
    levelText(level),
    currentLocale(),
  ]);
  const label = formatFiscalYear(fiscalYear, locale);
  return (
    <>
      <PageHeader title={text.newTitle} lead={text.newLead(label)} />
      <CommitmentForm
        action="createCommitment"
        hidden={{ level, fiscalYear }}
        fiscalYearLabel={label}
        values={EMPTY_COMMITMENT}
        areas={areas}
        themes={themes}
        images={images}
        ownerUnits={level === "CITY" ? undefined : { label: text.unit, options: units.map((unit) => ({ id: unit.id, label: unit.name })), defaultId: unitId }}
        metrics={metrics}
      />
      <p className="mt-8">
        <Link href={`${OWN_LIST[level]}?fy=${fiscalYear}`}>{text.backToOwn}</Link>
      </p>
    </>
  );
}
