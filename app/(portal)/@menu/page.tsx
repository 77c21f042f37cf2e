import { PortalMenu } from "@/components/navigation/portal-menu";

/** The portal's front page (it sends each person on to their dashboard): the menu by path. */
export default function FrontMenu() {
  return <PortalMenu />;
}
