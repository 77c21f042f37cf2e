import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { PlanYearEnd, YearEndCommitment } from "@/lib/year/year-end/get-plan-year-end";

/**
 * Each agreed commitment with its 達成度 and the supervisor's comment; `entry`: what the reader may
 * enter on it (./year-end-entries.tsx), so a page that only reads never loads the forms.
 */
export async function YearEndList({
  yearEnd,
  entry,
  heading: Heading = "h3",
}: {
  yearEnd: PlanYearEnd;
  entry?: (commitment: YearEndCommitment) => ReactNode;
  /** h3 inside a plan page's section; h2 on a page of its own, right under its title */
  heading?: "h2" | "h3";
}) {
  const t = await getTranslations("yearEnd");
  const labelOf = (code: string | null) => (code === null ? t("notRated") : `${code}：${yearEnd.scale.find((level) => level.code === code)?.label ?? code}`);
  return (
    <ol className="flex flex-col gap-6">
      {yearEnd.commitments.map((commitment) => (
        <li key={commitment.id} className="rounded-8 border border-solid-gray-420 p-4">
          <Heading className="text-std-17B-170">{commitment.title}</Heading>
          <dl className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[10rem_1fr]">
            <dt className="text-std-16B-170">{t("rating")}</dt>
            <dd data-testid={`rating-${commitment.id}`}>{labelOf(commitment.rating)}</dd>
            <dt className="text-std-16B-170">{t("supervisorComment")}</dt>
            <dd className="whitespace-pre-wrap">
              {commitment.supervisorComment
                ? `${commitment.supervisorComment}（${commitment.commentedBy ?? ""}）`
                : t(yearEnd.closed ? "noCommentGiven" : "noComment")}
            </dd>
          </dl>
          {entry?.(commitment)}
        </li>
      ))}
    </ol>
  );
}
