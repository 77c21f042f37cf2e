import { PortalMenu } from "@/components/navigation/portal-menu";

/** Editing an OJT plan is only ever its supervisor's: チーム. */
export default function OjtPlanEditMenu() {
  return <PortalMenu belongsTo={() => Promise.resolve("SUPERVISOR")} />;
}
