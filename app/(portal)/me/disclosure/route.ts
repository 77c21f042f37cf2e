import { getActor } from "@/lib/platform/auth/actor";
import { tokyoDate, toIsoDate } from "@/lib/platform/dates/calendar-date";
import { collectOwnRecords } from "@/lib/records/disclosure/collect-own-records";
import { attachmentDisposition } from "@/lib/platform/exports/content-disposition";

/**
 * GET /me/disclosure: the signed-in employee's own records as one JSON file (本人開示). It takes
 * no parameters, so it can only ever answer with the caller's own data; signed out it is a 404.
 */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 404 });
  const records = await collectOwnRecords(actor);
  const day = toIsoDate(tokyoDate());
  const body = JSON.stringify(records, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value), 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": attachmentDisposition(
        `はぐくみ_本人開示_${actor.staffNumber}_${day}.json`,
        `hagukumi-disclosure-${actor.staffNumber}-${day}.json`,
      ),
    },
  });
}
