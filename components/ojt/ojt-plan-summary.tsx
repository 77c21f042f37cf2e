import { getTranslations } from "next-intl/server";
import type { OjtPlanDetail } from "@/lib/ojt/get-ojt-plan";

/** Who is in the plan and what it aims at, as a definition list. */
export async function OjtPlanSummary({ plan }: { plan: OjtPlanDetail }) {
  const t = await getTranslations("ojt.plan");
  const person = (p: { name: string; rank: string; unit: { name: string } }) => `${p.name}（${p.unit.name}・${p.rank}）`;
  const rows: [string, string][] = [
    [t("trainee"), person(plan.trainee)],
    [t("trainer"), person(plan.trainer)],
    [t("supervisor"), plan.supervisorName],
    [t("aim"), plan.aim || t("noAim")],
  ];
  return (
    <dl className="mb-10 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-8 border border-solid-gray-420 p-6">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-std-16B-170 text-solid-gray-800">{term}</dt>
          <dd className="text-std-16N-170 whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
