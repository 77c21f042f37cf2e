import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { PlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";
import { YearEndEntryForm } from "./year-end-entry-form";

/**
 * 期末の達成度: each agreed commitment with the employee's rating and the supervisor's comment,
 * and the form each of them may use. A section of its own, slotted into a plan page, so the
 * plan's own layout does not have to know about ratings.
 */
export async function YearEndSection({ yearEnd }: { yearEnd: PlanYearEnd }) {
  const t = await getTranslations("yearEnd");
  if (yearEnd.commitments.length === 0) return null;
  const labelOf = (code: string | null) => (code === null ? t("notRated") : `${code}：${yearEnd.scale.find((level) => level.code === code)?.label ?? code}`);
  return (
    <Section id="year-end" title={t("title")} lead={t("lead")}>
      <ol className="flex flex-col gap-6">
        {yearEnd.commitments.map((commitment) => (
          <li key={commitment.id} className="rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-17B-170">{commitment.title}</h3>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[10rem_1fr]">
              <dt className="text-std-16B-170">{t("rating")}</dt>
              <dd data-testid={`rating-${commitment.id}`}>{labelOf(commitment.rating)}</dd>
              <dt className="text-std-16B-170">{t("supervisorComment")}</dt>
              <dd className="whitespace-pre-wrap">
                {commitment.supervisorComment ? `${commitment.supervisorComment}（${commitment.commentedBy ?? ""}）` : t("noComment")}
              </dd>
            </dl>
            {yearEnd.canRate ? (
              <div className="mt-4 print-hidden">
                <YearEndEntryForm
                  commitmentId={commitment.id}
                  version={commitment.version}
                  entry={{ field: "rating", rating: commitment.rating, scale: yearEnd.scale }}
                />
              </div>
            ) : null}
            {yearEnd.canComment && commitment.rating !== null ? (
              <div className="mt-4 print-hidden">
                <YearEndEntryForm
                  commitmentId={commitment.id}
                  version={commitment.version}
                  entry={{ field: "comment", comment: commitment.supervisorComment }}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
