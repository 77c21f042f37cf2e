import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { TeamView } from "@/lib/people/team/team-units";
import { teamHref } from "@/lib/people/team/view-params";
import { localRoute } from "@/lib/platform/local-route";

/**
 * Where the opened unit sits in the supervisor's scope, each unit above it a link back up (and
 * the top of all units led, for someone who leads several). Nothing at the top itself.
 */
export async function TeamUnitTrail({
  path,
  view,
  severalUnits,
  keep = {},
}: {
  path: string;
  view: TeamView;
  severalUnits: boolean;
  keep?: Record<string, string | number>;
}) {
  if (!view.unit || (view.trail.length === 0 && !severalUnits)) return null;
  const t = await getTranslations("teamUnits");
  return (
    <nav aria-label={t("trail")} className="mb-4">
      <ol className="flex flex-wrap gap-x-2">
        {severalUnits ? (
          <li>
            <Link href={localRoute(teamHref(path, keep))}>{t("top")}</Link> ›
          </li>
        ) : null}
        {view.trail.map((unit) => (
          <li key={unit.id}>
            <Link href={localRoute(teamHref(path, { ...keep, unit: unit.id }))}>{unit.name}</Link> ›
          </li>
        ))}
        <li aria-current="page">{view.unit.name}</li>
      </ol>
    </nav>
  );
}
