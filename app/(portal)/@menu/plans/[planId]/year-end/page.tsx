import { PortalMenu } from "@/components/navigation/portal-menu";

/** Commenting on a member's year-end ratings is only ever their supervisor's: チーム. */
export default function YearEndCommentMenu() {
  return <PortalMenu belongsTo={() => Promise.resolve("SUPERVISOR")} />;
}
