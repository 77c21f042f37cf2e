import { PortalMenu } from "@/components/navigation/portal-menu";

/** 代理入力 of a member's plan is only ever the supervisor's: チーム. */
export default function ProxyMenu() {
  return <PortalMenu belongsTo={() => Promise.resolve("SUPERVISOR")} />;
}
