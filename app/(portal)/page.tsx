import type { Route } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { DASHBOARD_PATH, highestRole } from "@/lib/auth/roles";

/** Everyone lands on the dashboard of their widest role. */
export default async function Home() {
  const actor = await requireActor();
  redirect(DASHBOARD_PATH[highestRole(actor)] as Route);
}
