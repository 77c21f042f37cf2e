import { recordAudit } from "@/lib/platform/audit/record-audit";
import { type CalendarDate, toDateColumn } from "@/lib/platform/dates/calendar-date";
import { fiscalYearStart } from "@/lib/platform/dates/fiscal-year";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lastExpiredFiscalYear } from "./retention-periods";
import { readRetentionSettings, type RetentionKind } from "./retention-settings";

/** What one run destroyed, per kind (the audit trail's count is rows deleted, plus rows whose copies of destroyed text were erased). */
export type RetentionCounts = Record<RetentionKind, number> & { auditDetailsErased: number };

/** The first instant (Japan) of the fiscal year after `fiscalYear`: records made before it belong to that year or earlier. */
function endOfFiscalYear(fiscalYear: number): Date {
  const start = fiscalYearStart(fiscalYear + 1);
  return new Date(Date.UTC(start.year, start.month - 1, start.day) - 9 * 3_600_000);
}

/**
 * Destroys the personal records whose retention period has ended on `today` (the periods the
 * HR division set; a kind without one is kept): transfer wishes are blanked on their plan, the
 * interview notes on their interview, certificates deleted with their bytes, and the audit
 * trail's old rows deleted through the database's purge function (the only path the
 * append-only trail allows, migration 20261210080000), which also erases the copies of destroyed
 * text in the rows about them. One transaction: nothing is half destroyed, and one audit row
 * counts per kind what went, written whenever something did or a person asked for the run.
 * Records keep their rows (a plan, an interview, a training stays), and each changed row's
 * version is bumped, so a form opened before the run is refused rather than writing back what
 * was destroyed. Safe beside another instance: the advisory lock makes them take turns, and the
 * second finds nothing left.
 */
export async function runRetention(client: PrismaClient, today: CalendarDate, actorId: number | null = null): Promise<RetentionCounts> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('hagukumi:retention', 0))`;
      // A first run at city scale rewrites years of plans and audit rows at once (minutes, see the
      // README); the pool's statement timeout is for requests, not for this daily background work.
      await tx.$executeRaw`SET LOCAL statement_timeout = '600s'`;
      const { settings } = await readRetentionSettings(tx);
      const cutoff = (years: number | null) => (years === null ? null : lastExpiredFiscalYear(today, years));
      const counts: RetentionCounts = {
        transferWishes: 0,
        interviewPrivateNotes: 0,
        interviewSharedNotes: 0,
        attachments: 0,
        auditTrail: 0,
        auditDetailsErased: 0,
      };

      const wishesFy = cutoff(settings.transferWishes);
      if (wishesFy !== null) {
        counts.transferWishes = (
          await tx.developmentPlan.updateMany({
            where: { fiscalYear: { lte: wishesFy }, OR: [{ transferWishFields: { not: "" } }, { transferWishComment: { not: "" } }] },
            data: { transferWishFields: "", transferWishComment: "", version: { increment: 1 } },
          })
        ).count;
      }
      const privateFy = cutoff(settings.interviewPrivateNotes);
      if (privateFy !== null) {
        counts.interviewPrivateNotes = (
          await tx.careerInterview.updateMany({
            where: { heldOn: { lt: toDateColumn(fiscalYearStart(privateFy + 1)) }, privateNotes: { not: "" } },
            data: { privateNotes: "", version: { increment: 1 } },
          })
        ).count;
      }
      const sharedFy = cutoff(settings.interviewSharedNotes);
      if (sharedFy !== null) {
        counts.interviewSharedNotes = (
          await tx.careerInterview.updateMany({
            where: { heldOn: { lt: toDateColumn(fiscalYearStart(sharedFy + 1)) }, OR: [{ sharedNotes: { not: "" } }, { agreedActions: { not: "" } }] },
            data: { sharedNotes: "", agreedActions: "", version: { increment: 1 } },
          })
        ).count;
      }
      const attachmentsFy = cutoff(settings.attachments);
      if (attachmentsFy !== null) {
        const expired = { createdAt: { lt: endOfFiscalYear(attachmentsFy) } };
        // The records stay, without their certificate (the foreign key sets it null); their version moves on.
        await tx.trainingRecord.updateMany({ where: { attachment: expired }, data: { version: { increment: 1 } } });
        await tx.qualificationRecord.updateMany({ where: { attachment: expired }, data: { version: { increment: 1 } } });
        counts.attachments = (await tx.recordAttachment.deleteMany({ where: expired })).count;
      }
      const [erased] = await tx.$queryRaw<{ n: bigint }[]>`SELECT erase_expired_audit_details() AS n`;
      counts.auditDetailsErased = Number(erased?.n ?? 0);
      const [purged] = await tx.$queryRaw<{ n: bigint }[]>`SELECT purge_expired_audit_log() AS n`;
      counts.auditTrail = Number(purged?.n ?? 0);

      if (actorId !== null || Object.values(counts).some((count) => count > 0)) {
        await recordAudit(tx, { actorId, action: "retention.run", entity: "setting", entityId: "retention", detail: { counts, periods: settings } });
      }
      return counts;
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
