import { PortalMenu } from "@/components/navigation/portal-menu";
import { idParam } from "@/lib/platform/dates/route-params";
import { handoverMenuRole } from "@/lib/people/transfers/handover-access";

/** A handover's page: the reader's own menu. */
export default async function Menu({ params }: { params: Promise<{ transferId: string }> }) {
  const id = idParam.safeParse((await params).transferId);
  return <PortalMenu belongsTo={id.success ? (actor) => handoverMenuRole(actor, id.data) : undefined} />;
}
