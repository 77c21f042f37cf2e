import type { PlanYearEnd } from "@/lib/year/year-end/get-plan-year-end";
import { YearEndEntryForm } from "./year-end-entry-form";
import { YearEndList } from "./year-end-list";

/**
 * The year-end entry pages' list: under each agreed commitment, the employee's rating form, or
 * the reviewing supervisor's comment form once the employee has rated it.
 */
export function YearEndEntries({ yearEnd }: { yearEnd: PlanYearEnd }) {
  return (
    <YearEndList
      yearEnd={yearEnd}
      heading="h2"
      entry={(commitment) => (
        <>
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
              <YearEndEntryForm commitmentId={commitment.id} version={commitment.version} entry={{ field: "comment", comment: commitment.supervisorComment }} />
            </div>
          ) : null}
        </>
      )}
    />
  );
}
