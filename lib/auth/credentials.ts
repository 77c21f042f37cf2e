import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { hasForbiddenCharacters } from "@/lib/validation/text-characters";
import { decoyPasswordHash, verifyPassword } from "./password";
import { isSignInThrottled, UNKNOWN_ADDRESS } from "./sign-in-throttle";

const storable = (value: string) => !hasForbiddenCharacters(value);

export const passwordSignInSchema = z.object({
  staffNumber: z.string().trim().min(1).max(64).refine(storable),
  password: z.string().min(1).max(256).refine(storable),
});

/**
 * Checks a staff number and password. Answers only "this employee" or null: an unknown staff
 * number, a wrong password, a disabled account and a throttled attempt look the same to the
 * caller and take about the same time (the password is hashed in every case), so sign-in
 * reveals nothing about which staff numbers exist or are locked. `address` is the client's
 * address as the city's proxy reports it; it is recorded and throttled on.
 */
export async function authenticateWithPassword(input: unknown, address = UNKNOWN_ADDRESS): Promise<{ employeeId: number } | null> {
  const parsed = passwordSignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { staffNumber, password } = parsed.data;

  const [employee, throttled] = await Promise.all([
    db.employee.findUnique({
      where: { staffNumber },
      select: { id: true, active: true, credential: { select: { passwordHash: true } } },
    }),
    db.$transaction((tx) => isSignInThrottled(tx, staffNumber, address)),
  ]);
  const passwordHash = (!throttled && employee?.credential?.passwordHash) || (await decoyPasswordHash());
  const matches = await verifyPassword(passwordHash, password);
  const ok = Boolean(!throttled && employee?.active && employee.credential && matches);

  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: ok && employee ? employee.id : null,
      action: ok ? "auth.sign-in" : throttled ? "auth.sign-in-throttled" : "auth.sign-in-failed",
      entity: "session",
      detail: { method: "password", staffNumber, address },
    }),
  );
  return ok && employee ? { employeeId: employee.id } : null;
}

/** The client's address: the first hop the city's reverse proxy recorded, else unknown. */
export function clientAddress(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim() || headers?.get("x-real-ip")?.trim();
  return forwarded ? forwarded.slice(0, 64) : UNKNOWN_ADDRESS;
}

/** For the identity provider: the active employee whose staff number the token carries. */
export async function findActiveEmployeeIdByStaffNumber(staffNumber: unknown): Promise<number | null> {
  if (typeof staffNumber !== "string" || staffNumber.length === 0) return null;
  const employee = await db.employee.findUnique({ where: { staffNumber }, select: { id: true, active: true } });
  return employee?.active ? employee.id : null;
}
