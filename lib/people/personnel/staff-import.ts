import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { toIsoDate, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { db as defaultDb } from "@/lib/platform/db/client";
import { AppError, notAllowed } from "@/lib/platform/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertPersonnelImporter } from "./import-access";
import { digestOf } from "./import-digest";
import { type ImportPreview, type ImportResult, type PreviewRow, summarisePreview } from "./import-preview";
import { concurrentPostKey, type CurrentStaff, type PlannedRow, planStaffImport, type StaffImportOptions, type StaffImportPlan } from "./plan-staff-import";
import { readStaffCsv } from "./read-staff-csv";
import { enterTransfers, type TransferEntry } from "@/lib/people/transfers/enter-transfers";

const UPDATE_CHUNK = 5_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type Client = PrismaClient | Prisma.TransactionClient;

/** The current staff (supervisors are staff too) and units: two flat reads, whatever the file's size. */
async function loadState(client: Client) {
  // One after the other: `client` may be a transaction, one connection that takes one query at a time.
  const staff = await client.employee.findMany({
    select: {
      id: true,
      staffNumber: true,
      name: true,
      nameKana: true,
      jobCategory: true,
      rank: true,
      joinedOn: true,
      unitId: true,
      supervisorId: true,
      email: true,
      active: true,
    },
  });
  const units = await client.orgUnit.findMany({ select: { id: true, code: true, retiredAt: true } });
  const posts = await client.concurrentPost.findMany({
    select: { employeeId: true, startsOn: true, endsOn: true, reviewsPlan: true, unit: { select: { code: true } } },
    orderBy: [{ employeeId: "asc" }, { startsOn: "asc" }, { id: "asc" }],
  });
  const postsOf = new Map<number, string[]>();
  for (const post of posts) {
    const key = concurrentPostKey({
      unitCode: post.unit.code,
      startsOn: isoDay(post.startsOn),
      endsOn: post.endsOn ? isoDay(post.endsOn) : null,
      reviewsPlan: post.reviewsPlan,
    });
    postsOf.set(post.employeeId, [...(postsOf.get(post.employeeId) ?? []), key]);
  }
  return {
    staff: staff.map((person): CurrentStaff => ({ ...person, joinedOn: isoDay(person.joinedOn), concurrentPost: (postsOf.get(person.id) ?? []).join("; ") })),
    units: units.map((unit) => ({ id: unit.id, code: unit.code, retired: unit.retiredAt !== null })),
  };
}

async function planFile(
  client: Client,
  bytes: Uint8Array,
  options: StaffImportOptions,
): Promise<{ csv: ReturnType<typeof readStaffCsv>; plan: StaffImportPlan | null; staff: CurrentStaff[] }> {
  const csv = readStaffCsv(bytes);
  if (!csv.ok) return { csv, plan: null, staff: [] };
  const { staff, units } = await loadState(client);
  return { csv, plan: planStaffImport(csv.rows, csv.columns, staff, units, options), staff };
}

/** A row that changes someone's unit or supervisor is a transfer, kept with its date. */
type MovingRow = Extract<PlannedRow, { id: number; line: number }> & { kind: "MOVE" | "CHANGE" };

function movesSomeone(row: PlannedRow): row is MovingRow {
  return (row.kind === "MOVE" || row.kind === "CHANGE") && row.changes.some((c) => c.field === "unit" || c.field === "supervisor");
}

/** A planned row as the preview shows it: an added person's unit, a rejected row's problems, a change's fields. */
function toPreviewRow(row: PlannedRow): PreviewRow {
  if (row.kind === "REJECT") return { kind: row.kind, line: row.line, key: row.staffNumber, label: row.name, changes: [], problems: row.problems };
  const changes: PreviewRow["changes"] = row.kind === "ADD" ? [{ field: "unit", before: "", after: row.target.unitCode }] : row.changes;
  return { kind: row.kind, line: row.line, key: row.target.staffNumber, label: row.target.name, changes, problems: [] };
}

/**
 * 兼務: where the file has the 兼務 columns, each added or changed person's concurrent posts
 * become exactly what their row says (none, or the one post). Posts are a person's current
 * arrangement as the personnel system states it, so the file replaces them.
 */
async function applyConcurrentPosts(tx: Prisma.TransactionClient, plan: StaffImportPlan): Promise<void> {
  const managed = plan.rows.flatMap((row) =>
    (row.kind === "ADD" || row.kind === "CHANGE" || row.kind === "MOVE") &&
    row.target.concurrentPost !== undefined &&
    (row.kind === "ADD" || row.changes.some((c) => c.field === "concurrentPost"))
      ? [row.target]
      : [],
  );
  if (managed.length === 0) return;
  const ids = new Map(
    (await tx.employee.findMany({ where: { staffNumber: { in: managed.map((t) => t.staffNumber) } }, select: { id: true, staffNumber: true } })).map(
      (person) => [person.staffNumber, person.id],
    ),
  );
  const employeeIds = managed.flatMap((t) => (ids.has(t.staffNumber) ? [ids.get(t.staffNumber) ?? 0] : []));
  await tx.concurrentPost.deleteMany({ where: { employeeId: { in: employeeIds } } });
  await tx.concurrentPost.createMany({
    data: managed.flatMap((t) => {
      const employeeId = ids.get(t.staffNumber);
      const post = t.concurrentPost;
      if (employeeId === undefined || !post) return [];
      return [
        {
          employeeId,
          unitId: post.unitId,
          startsOn: new Date(`${post.startsOn}T00:00:00Z`),
          endsOn: post.endsOn ? new Date(`${post.endsOn}T00:00:00Z`) : null,
          reviewsPlan: post.reviewsPlan,
        },
      ];
    }),
  });
}

/** Reads and classifies the file; writes nothing. */
export async function previewStaffImport(actor: Actor, fileBytes: Uint8Array, client: PrismaClient = defaultDb, absentLeave = false): Promise<ImportPreview> {
  assertPersonnelImporter(actor);
  const digest = digestOf(fileBytes, absentLeave);
  const { csv, plan } = await planFile(client, fileBytes, { absentLeave, actingEmployeeId: actor.employeeId });
  if (!csv.ok || !plan) {
    return {
      digest,
      encoding: null,
      fileProblem: csv.ok ? null : csv.problem,
      missingColumns: csv.ok ? [] : (csv.missingColumns ?? []),
      ...summarisePreview([]),
      canApply: false,
    };
  }
  const writes = plan.counts.ADD + plan.counts.CHANGE + plan.counts.MOVE + plan.counts.LEAVE;
  return {
    digest,
    encoding: csv.encoding,
    fileProblem: null,
    missingColumns: [],
    ...summarisePreview(plan.rows.map(toPreviewRow)),
    canApply: plan.counts.REJECT === 0 && writes > 0,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Applies the previewed file: the same bytes (checked by digest), parsed and planned again
 * against the database inside the transaction, all of it or nothing. Any REJECT row refuses
 * the whole file. Adds go in with createMany; changes, moves and leavers are updated in chunks
 * by one `UPDATE … FROM unnest(…)` statement each; one audit row records the counts.
 */
export async function applyStaffImport(
  actor: Actor,
  fileBytes: Uint8Array,
  expectedDigest: string,
  client: PrismaClient = defaultDb,
  absentLeave = false,
): Promise<ImportResult> {
  assertPersonnelImporter(actor);
  const digest = digestOf(fileBytes, absentLeave);
  if (digest !== expectedDigest) throw notAllowed("the file is not the one previewed");
  return client.$transaction(
    async (tx) => {
      // One import at a time: a second one waits for this one and then plans against its result.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('personnel.import'))`;
      const { csv, plan, staff } = await planFile(tx, fileBytes, { absentLeave, actingEmployeeId: actor.employeeId });
      if (!csv.ok || !plan) throw new AppError("INVALID_INPUT", "unreadable staff file", "file", "personnelImport.unreadable");
      const today = tokyoDate();
      const currentById = new Map(staff.map((person) => [person.id, person]));
      const staffNumberById = new Map(staff.map((person) => [person.id, person.staffNumber]));
      if (plan.counts.REJECT > 0) throw new AppError("INVALID_INPUT", "the file has rejected rows", "file", "personnelImport.hasRejects");

      const adds = plan.rows.flatMap((row) => (row.kind === "ADD" ? [row.target] : []));
      for (const part of chunks(adds, UPDATE_CHUNK)) {
        await tx.employee.createMany({
          data: part.map((t) => ({
            staffNumber: t.staffNumber,
            name: t.name,
            nameKana: t.nameKana,
            jobCategory: t.jobCategory,
            rank: t.rank,
            joinedOn: new Date(`${t.joinedOn}T00:00:00Z`),
            unitId: t.unitId,
            email: t.email,
            active: t.active,
          })),
        });
      }
      // Supervisors of new staff, once everyone named exists.
      for (const part of chunks(
        adds.filter((t) => t.supervisorStaffNumber !== null),
        UPDATE_CHUNK,
      )) {
        await tx.$executeRaw`
          UPDATE employee e SET supervisor_id = s.id
          FROM unnest(${part.map((t) => t.staffNumber)}::text[], ${part.map((t) => t.supervisorStaffNumber)}::text[]) AS v(staff_number, supervisor)
          JOIN employee s ON s.staff_number = v.supervisor
          WHERE e.staff_number = v.staff_number`;
      }

      // Unit and supervisor change through transfers (below), dated and kept as history; the
      // rest of a moving person's row is updated here like any other change.
      const moves = plan.rows.filter(movesSomeone);
      const updates = plan.rows.flatMap((row) => {
        if (row.kind !== "CHANGE" && row.kind !== "MOVE") return [];
        const current = currentById.get(row.id);
        if (!movesSomeone(row) || !current) return [{ id: row.id, t: row.target }];
        const supervisorStaffNumber = current.supervisorId === null ? null : (staffNumberById.get(current.supervisorId) ?? null);
        return [{ id: row.id, t: { ...row.target, unitId: current.unitId, supervisorStaffNumber } }];
      });
      for (const part of chunks(updates, UPDATE_CHUNK)) {
        await tx.$executeRaw`
          UPDATE employee e SET
            name = v.name, name_kana = v.name_kana, job_category = v.job_category, rank = v.rank,
            joined_on = v.joined_on::date, unit_id = v.unit_id, supervisor_id = s.id, email = v.email,
            active = v.active, updated_at = now()
          FROM unnest(
            ${part.map((u) => u.id)}::int[], ${part.map((u) => u.t.name)}::text[], ${part.map((u) => u.t.nameKana)}::text[],
            ${part.map((u) => u.t.jobCategory)}::text[], ${part.map((u) => u.t.rank)}::text[], ${part.map((u) => u.t.joinedOn)}::text[],
            ${part.map((u) => u.t.unitId)}::int[], ${part.map((u) => u.t.supervisorStaffNumber)}::text[], ${part.map((u) => u.t.email)}::text[],
            ${part.map((u) => u.t.active)}::boolean[]
          ) AS v(id, name, name_kana, job_category, rank, joined_on, unit_id, supervisor, email, active)
          LEFT JOIN employee s ON s.staff_number = v.supervisor
          WHERE e.id = v.id`;
      }

      // Leavers keep their whole history: only the flag changes.
      const leavers = plan.rows.flatMap((row) => (row.kind === "LEAVE" ? [row.id] : []));
      for (const part of chunks(leavers, UPDATE_CHUNK)) {
        await tx.$executeRaw`UPDATE employee SET active = false, updated_at = now() WHERE id = ANY(${part}::int[])`;
      }

      await applyConcurrentPosts(tx, plan);

      const supervisorNumbers = [...new Set(moves.flatMap((row) => (row.target.supervisorStaffNumber ? [row.target.supervisorStaffNumber] : [])))];
      const supervisorIds = new Map(
        (await tx.employee.findMany({ where: { staffNumber: { in: supervisorNumbers } }, select: { id: true, staffNumber: true } })).map((person) => [
          person.staffNumber,
          person.id,
        ]),
      );
      const entries: TransferEntry[] = moves.map((row) => ({
        employeeId: row.id,
        toUnitId: row.target.unitId,
        toSupervisorId: row.target.supervisorStaffNumber ? (supervisorIds.get(row.target.supervisorStaffNumber) ?? null) : null,
        effectiveOn: row.target.effectiveOn ?? toIsoDate(today),
      }));
      const transfers = await enterTransfers(tx, entries, "IMPORT", actor.employeeId, today);

      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "personnel.import",
        entity: "employee",
        detail: {
          digest,
          encoding: csv.encoding,
          absentLeave,
          counts: plan.counts,
          transfers: { entered: transfers.ids.length, applied: transfers.applied.length },
        },
      });
      return { digest, counts: plan.counts };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
