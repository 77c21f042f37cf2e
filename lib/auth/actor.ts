import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { loadActor } from "./load-actor";
import type { Actor } from "./roles";

/** The signed-in person for this request, or null. Cached per request, read from the database. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const employeeId = Number(session?.user?.id);
  if (!Number.isSafeInteger(employeeId) || employeeId <= 0) return null;
  return loadActor(db, employeeId, tokyoDate());
});

/** For pages: a signed-out visitor (or a disabled account) goes to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}
