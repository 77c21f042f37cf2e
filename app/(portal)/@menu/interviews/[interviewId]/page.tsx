import { PortalMenu } from "@/components/navigation/portal-menu";
import { idParam } from "@/lib/platform/dates/route-params";
import { interviewMenuRole } from "@/lib/year/interviews/get-interview";

/** An interview's page: マイページ for its member, チーム for the supervisor. */
export default async function Menu({ params }: { params: Promise<{ interviewId: string }> }) {
  const id = idParam.safeParse((await params).interviewId);
  return <PortalMenu belongsTo={id.success ? (actor) => interviewMenuRole(actor, id.data) : undefined} />;
}
