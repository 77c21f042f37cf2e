import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { AppError, conflict, invalidInput, notFound } from "@/lib/platform/errors";
import { isRateable } from "./achievement-scale";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolvePlanAccess } from "@/lib/year/plans/plan-access";
import { parseInput } from "@/lib/records/parse-input";
import { assertYearOpen } from "@/lib/year/rollover/assert-year-open";
import { readAchievementScale } from "./achievement-scale";
import { type CommentOnRatingInput, type RateCommitmentInput, rateInputSchema, ratingCommentInputSchema, yearEndTargetSchema } from "./schemas";

/** A refusal with its own message (yearEnd.validation.<key>), as the form shows it. */
const refused = (messageKey: "notAgreed" | "notRatedYet") => new AppError("NOT_ALLOWED", messageKey, undefined, messageKey);

/** An individual commitment's owner and year, read before anything is locked; NOT_FOUND for any other kind. */
async function commitmentKey(tx: Prisma.TransactionClient, commitmentId: number) {
  const key = await tx.commitment.findUnique({ where: { id: commitmentId }, select: { ownerEmployeeId: true, fiscalYear: true, level: true } });
  if (!key || key.level !== "INDIVIDUAL" || key.ownerEmployeeId === null) throw notFound("commitment");
  return { ownerId: key.ownerEmployeeId, fiscalYear: key.fiscalYear };
}

/**
 * The commitment locked for the rest of the transaction (so the first rating of it is written
 * once, however many arrive together), and its rating row as it stands, checked against the
 * version the person loaded: someone who saved first is never silently overwritten. Taken after
 * assertYearOpen's lock, in the order the portal's other writes take them.
 */
async function lockRating(tx: Prisma.TransactionClient, commitmentId: number, version: number) {
  const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM commitment WHERE id = ${commitmentId} FOR UPDATE`;
  if (!locked) throw notFound("commitment");
  const rating = await tx.yearEndRating.findUnique({ where: { commitmentId } });
  const current = rating?.version ?? 0;
  return { status: locked.status, rating, current, stale: current !== version };
}

/**
 * The employee rates one of their own agreed commitments at the year's end (期末), on the HR
 * division's scale; anyone else's commitment is NOT_FOUND. Version-guarded, audited with before
 * and after; a closed year is refused as every other write to it is.
 */
export async function rateCommitment(actor: Actor, input: RateCommitmentInput): Promise<void> {
  const { commitmentId, version } = parseInput(yearEndTargetSchema, input);
  const { rating } = parseInput(rateInputSchema, input);
  await db.$transaction(async (tx) => {
    const key = await commitmentKey(tx, commitmentId);
    if (key.ownerId !== actor.employeeId) throw notFound("commitment");
    await assertYearOpen(tx, actor, key.fiscalYear);
    const locked = await lockRating(tx, commitmentId, version);
    if (!isRateable(locked.status)) throw refused("notAgreed");
    const { levels } = await readAchievementScale(tx);
    if (!levels.some((level) => level.code === rating)) throw invalidInput("rating", "invalid");
    if (locked.stale) throw conflict("rating");
    const data = { rating, ratedAt: new Date(), ratedById: actor.employeeId, version: locked.current + 1 };
    await tx.yearEndRating.upsert({ where: { commitmentId }, create: { commitmentId, ...data }, update: data });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "year-end.rate",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: locked.rating?.rating ?? null, after: rating },
    });
  });
}

/**
 * A supervisor who reviews the owner's plan comments on the year's outcome of one commitment,
 * once the employee has rated it; to anyone else it is NOT_FOUND (a coordinator and HR read the
 * plan but do not review it). Version-guarded and audited.
 */
export async function commentOnRating(actor: Actor, input: CommentOnRatingInput): Promise<void> {
  const { commitmentId, version } = parseInput(yearEndTargetSchema, input);
  const { comment } = parseInput(ratingCommentInputSchema, input);
  const key = await commitmentKey(db, commitmentId);
  if (key.ownerId === actor.employeeId) throw notFound("commitment");
  const access = await resolvePlanAccess(actor, key.ownerId).catch(() => null);
  if (!access?.canReview) throw notFound("commitment");
  await db.$transaction(async (tx) => {
    await assertYearOpen(tx, actor, key.fiscalYear);
    const locked = await lockRating(tx, commitmentId, version);
    if (!locked.rating?.rating) throw refused("notRatedYet");
    if (locked.stale) throw conflict("rating");
    await tx.yearEndRating.update({
      where: { commitmentId },
      data: { supervisorComment: comment, commentedAt: new Date(), commentedById: actor.employeeId, version: locked.current + 1 },
    });
    await recordAudit(tx, {
      actorId: actor.employeeId,
      action: "year-end.comment",
      entity: "commitment",
      entityId: commitmentId,
      detail: { before: locked.rating.supervisorComment, after: comment },
    });
  });
}
