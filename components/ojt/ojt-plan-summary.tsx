import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DescriptionList } from "@/components/ui/description-list";
import { Notice } from "@/components/ui/notice";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { OjtPlanDetail } from "@/lib/year/ojt/get-ojt-plan";

/** Who is in the plan and what it aims at, as a definition list. */
export async function OjtPlanSummary({ plan }: { plan: OjtPlanDetail }) {
  const t = await getTranslations("ojt.plan");
  const person = (p: { name: string; rank: string; unit: { trail: string[] } }) => (
    <>
      {p.name}（<UnitName trail={p.unit.trail} />・{p.rank}）
    </>
  );
  const rows: [string, ReactNode][] = [
    [t("trainee"), person(plan.trainee)],
    [t("trainer"), person(plan.trainer)],
    [t("supervisor"), plan.supervisorName],
    [t("aim"), plan.aim || t("noAim")],
  ];
  const moved = plan.trainerMovedOn && !plan.completed ? formatDate(plan.trainerMovedOn, await currentLocale()) : null;
  return (
    <>
      {moved ? (
        <div className="mb-4">
          <Notice tone="warning" title={t("trainerMoved", { date: moved })} />
        </div>
      ) : null}
      <DescriptionList rows={rows} framed className="mb-10" />
    </>
  );
}
