import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { sharedBureau } from "@/lib/org/unit-trail";
import type { TeamUnitFigures } from "@/lib/team/summarise-team-units";
import { teamHref } from "@/lib/team/view-params";
import { localRoute } from "@/lib/local-route";

/** A count with its share of the unit as a meter (app/globals.css); a dash for an empty unit. */
function Share({ count, total, none }: { count: number; total: number; none: string }) {
  if (total === 0) return <>{none}</>;
  const rate = Math.round((count / total) * 100);
  return (
    <>
      {count}{" "}
      <span className="meter" style={{ "--p": `${rate}%` }}>
        {rate}%
      </span>
    </>
  );
}

/**
 * A large team one row per unit, with the figures the page's people table shows, added up; the
 * unit's name opens it (`?unit=`), the opened unit's own members are listed below the table.
 * `kind` picks the columns of the page it is on.
 */
export async function TeamUnitsTable({ units, kind, path, keep = {} }: { units: TeamUnitFigures[]; kind: "team" | "ojt" | "interviews"; path: string; keep?: Record<string, string | number> }) {
  const t = await getTranslations("teamUnits");
  const none = t("none");
  const bureau = sharedBureau(units.map((unit) => unit.trail));
  return (
    <Table caption={t("caption")} captionHidden>
      <thead>
        <tr>
          <Th>{t("unit")}</Th>
          {kind === "ojt" ? (
            <>
              <Th numeric>{t("young")}</Th>
              <Th numeric>{t("ojtCovered")}</Th>
              <Th numeric>{t("ojtUncovered")}</Th>
              <Th numeric>{t("ojtCompleted")}</Th>
              <Th numeric>{t("ojtSessions")}</Th>
            </>
          ) : kind === "interviews" ? (
            <>
              <Th numeric>{t("staff")}</Th>
              <Th numeric>{t("interviewedYear")}</Th>
              <Th numeric>{t("notInterviewed")}</Th>
            </>
          ) : (
            <>
              <Th numeric>{t("staff")}</Th>
              <Th numeric>{t("plansApproved")}</Th>
              <Th numeric>{t("plansSubmitted")}</Th>
              <Th numeric>{t("plansReturned")}</Th>
              <Th numeric>{t("plansDraft")}</Th>
              <Th numeric>{t("plansNone")}</Th>
              <Th numeric>{t("commitments")}</Th>
              <Th numeric>{t("overdue")}</Th>
              <Th numeric>{t("hoursAverage")}</Th>
              <Th numeric>{t("interviewed")}</Th>
              <Th numeric>{t("ojt")}</Th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={`${unit.id}-${unit.direct}`}>
            <Th scope="row">
              {unit.direct ? <Link href="#members">{t("own", { name: unit.name })}</Link> : (
                <Link href={localRoute(teamHref(path, { ...keep, unit: unit.id }))}>
                  <UnitName trail={unit.trail} bureau={bureau} />
                </Link>
              )}
            </Th>
            {kind === "ojt" ? (
              <>
                <Td numeric>{unit.young}</Td>
                <Td numeric>
                  <Share count={unit.ojtCovered} total={unit.young} none={none} />
                </Td>
                <Td numeric>{unit.young - unit.ojtCovered > 0 ? <span className="cell-alert">{unit.young - unit.ojtCovered}</span> : 0}</Td>
                <Td numeric>{unit.ojtCompleted}</Td>
                <Td numeric>{unit.ojtSessionsThisQuarter === null ? none : t("times", { count: unit.ojtSessionsThisQuarter })}</Td>
              </>
            ) : kind === "interviews" ? (
              <>
                <Td numeric>{unit.staff}</Td>
                <Td numeric>
                  <Share count={unit.interviewed} total={unit.staff} none={none} />
                </Td>
                <Td numeric>{unit.staff - unit.interviewed}</Td>
              </>
            ) : (
              <>
                <Td numeric>{unit.staff}</Td>
                <Td numeric>{unit.plansApproved}</Td>
                <Td numeric>{unit.plansSubmitted}</Td>
                <Td numeric>{unit.plansReturned}</Td>
                <Td numeric>{unit.plansDraft}</Td>
                <Td numeric>{unit.plansNone}</Td>
                <Td numeric>{t("doneOfPlanned", { done: unit.commitmentsDone, planned: unit.commitmentsPlanned })}</Td>
                <Td numeric>{unit.overdue > 0 ? <span className="cell-alert">{unit.overdue}</span> : 0}</Td>
                <Td numeric>{t("hoursValue", { hours: unit.staff === 0 ? 0 : Math.round((unit.trainingHours / unit.staff) * 10) / 10 })}</Td>
                <Td numeric>
                  <Share count={unit.interviewed} total={unit.staff} none={none} />
                </Td>
                <Td numeric>{t("ofTotal", { count: unit.ojtPlans, total: unit.young })}</Td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
