import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/platform/auth/actor";
import { attachmentDisposition } from "@/lib/platform/exports/content-disposition";
import { buildCalendar } from "@/lib/records/training-applications/ics";
import { findMySessions } from "@/lib/records/training-applications/my-trainings";

// UIDs name the portal, not the host name a request came through, so that importing the file
// again (from another address of the same portal) updates the events instead of doubling them.
const CALENDAR_HOST = "hagukumi.portal";

/**
 * GET /me/trainings/calendar: the signed-in person's own training sessions as an iCalendar file.
 * It takes no parameters, so it only ever answers with the caller's own sessions; signed out, 404.
 */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 404 });
  const [sessions, t] = await Promise.all([findMySessions(actor), getTranslations("trainingApplications")]);
  const body = buildCalendar(sessions, { name: t("calendarName"), host: CALENDAR_HOST, online: t("online") });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": attachmentDisposition("はぐくみ_研修日程.ics", "hagukumi-trainings.ics"),
    },
  });
}
