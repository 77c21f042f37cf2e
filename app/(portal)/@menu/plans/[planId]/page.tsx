import { PortalMenu } from "@/components/navigation/portal-menu";
import { idParam } from "@/lib/platform/dates/route-params";
import { planMenuRole } from "@/lib/year/plans/get-plan-detail";

/** A plan's page: チーム for its supervisor, 局区 or 全庁 for those who read it from there. */
export default async function Menu({ params }: { params: Promise<{ planId: string }> }) {
  const id = idParam.safeParse((await params).planId);
  return <PortalMenu belongsTo={id.success ? (actor) => planMenuRole(actor, id.data) : undefined} />;
}
