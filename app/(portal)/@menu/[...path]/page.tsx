import { PortalMenu } from "@/components/navigation/portal-menu";

/** Every page whose path says its menu entry (/team/ojt under チーム): the menu by path. */
export default function PathMenu() {
  return <PortalMenu />;
}
