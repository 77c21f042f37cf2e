import { redirect } from "next/navigation";
import { requireActor } from "@/lib/platform/auth/actor";
import { DASHBOARD_PATH, highestRole } from "@/lib/platform/auth/roles";
import { localRoute } from "@/lib/platform/local-route";

/** Everyone lands on the dashboard of their widest role. */
export default async function Home() {
  const actor = await requireActor();
  redirect(localRoute(DASHBOARD_PATH[highestRole(actor)]));
}
