import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { tokyoDate } from "@/lib/dates/calendar-date";
import { db } from "@/lib/db/client";
import { loadActor } from "./load-actor";
import { sessionEmployeeId } from "./session-cookie";
import type { Actor } from "./roles";

/** The signed-in person for this request, or null. Cached per request, read from the database. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const employeeId = await sessionEmployeeId();
  return employeeId === null ? null : loadActor(db, employeeId, tokyoDate());
});

/** For pages: a signed-out visitor (or a disabled account) goes to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return actor;
}
