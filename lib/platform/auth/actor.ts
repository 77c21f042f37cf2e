import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db } from "@/lib/platform/db/client";
import { loadActor } from "./load-actor";
import { readSession } from "./session-cookie";
import type { Actor } from "./roles";

/** The signed-in person for this request, or null. Cached per request, read from the database. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSession();
  return session === null ? null : loadActor(db, session.employeeId, tokyoDate(), session);
});

/** For pages: a signed-out visitor (or a disabled account) goes to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}
