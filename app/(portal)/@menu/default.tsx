import { PortalMenu } from "@/components/navigation/portal-menu";

/** After a full load of a page the slot cannot place: the menu by path. */
export default function DefaultMenu() {
  return <PortalMenu />;
}
