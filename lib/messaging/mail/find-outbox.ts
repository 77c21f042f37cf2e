import "server-only";
import { type Actor, hasRole } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { notFound } from "@/lib/platform/errors";

/** The outbox, newest first: what the portal sent or, without SMTP, kept. The HR division only. */
export async function findOutbox(actor: Actor, take = 100) {
  if (!hasRole(actor, "HR_DIVISION")) throw notFound("outbox");
  return db.mailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      body: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      recipient: { select: { name: true, staffNumber: true } },
    },
  });
}
