import { PortalMenu } from "@/components/navigation/portal-menu";
import { idParam } from "@/lib/platform/dates/route-params";
import { ojtPlanMenuRole } from "@/lib/year/ojt/get-ojt-plan";

/** An OJT plan's page: チーム for the supervisor, マイページ for trainee and trainer. */
export default async function Menu({ params }: { params: Promise<{ ojtPlanId: string }> }) {
  const id = idParam.safeParse((await params).ojtPlanId);
  return <PortalMenu belongsTo={id.success ? (actor) => ojtPlanMenuRole(actor, id.data) : undefined} />;
}
