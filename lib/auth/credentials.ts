import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { decoyPasswordHash, verifyPassword } from "./password";

export const passwordSignInSchema = z.object({
  staffNumber: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/**
 * Checks a staff number and password. Answers only "this employee" or null: an unknown staff
 * number, a wrong password and a disabled account look the same to the caller and take the
 * same time, so sign-in reveals nothing about which staff numbers exist.
 */
export async function authenticateWithPassword(input: unknown): Promise<{ employeeId: number } | null> {
  const parsed = passwordSignInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { staffNumber, password } = parsed.data;

  const employee = await db.employee.findUnique({
    where: { staffNumber },
    select: { id: true, active: true, credential: { select: { passwordHash: true } } },
  });
  const passwordHash = employee?.credential?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(passwordHash, password);
  const ok = Boolean(employee?.active && employee.credential && matches);

  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: ok && employee ? employee.id : null,
      action: ok ? "auth.sign-in" : "auth.sign-in-failed",
      entity: "session",
      detail: { method: "password", staffNumber },
    }),
  );
  return ok && employee ? { employeeId: employee.id } : null;
}

/** For the identity provider: the active employee whose staff number the token carries. */
export async function findActiveEmployeeIdByStaffNumber(staffNumber: unknown): Promise<number | null> {
  if (typeof staffNumber !== "string" || staffNumber.length === 0) return null;
  const employee = await db.employee.findUnique({ where: { staffNumber }, select: { id: true, active: true } });
  return employee?.active ? employee.id : null;
}
