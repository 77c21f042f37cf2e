import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { hasYearEndEntries, type PlanYearEnd, yearEndEntry } from "@/lib/year/year-end/get-plan-year-end";
import { YearEndList } from "./year-end-list";

/**
 * 期末の達成度 on a plan's page, to be read: each agreed commitment's rating and the supervisor's
 * comment once anything is entered, and the way to the page where the reader enters theirs
 * (`entryHref`). The forms live on that page: one per commitment on this one, all year, weighed
 * 17 KB of the employee's plan page.
 */
export async function YearEndSection({ yearEnd, entryHref }: { yearEnd: PlanYearEnd; entryHref: Route }) {
  const t = await getTranslations("yearEnd");
  if (yearEnd.commitments.length === 0) return null;
  const entered = hasYearEndEntries(yearEnd);
  const can = yearEndEntry(yearEnd);
  const entry = can === "rate" ? t("enterRatings") : can === "comment" ? t("enterComments") : null;
  return (
    <Section id="year-end" title={t("title")} lead={t("lead")}>
      {entry ? (
        <p className="print-hidden mb-6">
          <Link href={entryHref} className={`${buttonClass("secondary")} no-underline`}>
            {entry}
          </Link>
        </p>
      ) : null}
      {entered ? <YearEndList yearEnd={yearEnd} /> : <p>{t("noneEntered")}</p>}
    </Section>
  );
}
