"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { actorPostAction } from "@/lib/platform/actions/actor-action";
import { requireActor } from "@/lib/platform/auth/actor";
import { AppError } from "@/lib/platform/errors";
import { setEmailDigest } from "@/lib/messaging/notifications/mail-preference";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/messaging/notifications/mark-read";
import { idParam } from "@/lib/platform/dates/route-params";
import { localRoute } from "@/lib/platform/local-route";

// Opening a notification and the digest switch are not actor actions (lib/platform/actions/actor-action.ts):
// they have no form state to answer with, and their refusals are Next's own pages — someone
// else's notification the 404 page, a digest with no address on file the error page — where an
// actor action would leave the page quietly as it was.

/**
 * Opening a notification marks it read and goes where it points (always a path of ours).
 * Someone else's, or a forged id, is the not-found page, as a page of theirs would be.
 */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = idParam.safeParse(formData.get("notificationId"));
  if (!id.success) notFound();
  let href: string;
  try {
    href = await markNotificationRead(actor, id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(localRoute(href));
}

export const markAllReadAction = actorPostAction({ handle: markAllNotificationsRead, revalidate: [{ layout: "/" }] });

/** The person's own choice of a daily e-mail digest: a checkbox, so absent means off. */
export async function setEmailDigestAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  await setEmailDigest(actor, formData.get("emailDigest") === "on");
  revalidatePath("/notifications");
}
