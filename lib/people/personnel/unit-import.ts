import "server-only";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { Actor } from "@/lib/platform/auth/roles";
import { db as defaultDb } from "@/lib/platform/db/client";
import { AppError, notAllowed } from "@/lib/platform/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertPersonnelImporter } from "./import-access";
import { type ImportPreview, type ImportResult, type PreviewRow, summarisePreview } from "./import-preview";
import { type CurrentOrgUnit, materialisePaths, type PlannedUnitRow, planUnitImport, type UnitTarget } from "./plan-unit-import";
import { readUnitCsv } from "./read-unit-csv";
// The digest is of the file's bytes alone, the same function the staff import confirms with.
import { digestOf } from "./import-digest";

const UPDATE_CHUNK = 5_000;

type Client = PrismaClient | Prisma.TransactionClient;

interface LoadedUnit extends CurrentOrgUnit {
  path: string;
}

/** Every unit, retired ones included (a file may re-activate them): one flat read of a few thousand rows. */
async function loadUnits(client: Client): Promise<LoadedUnit[]> {
  const units = await client.orgUnit.findMany({
    select: { id: true, code: true, name: true, kind: true, parentId: true, path: true, position: true, retiredAt: true },
  });
  return units.map(({ retiredAt, ...unit }) => ({ ...unit, retired: retiredAt !== null }));
}

async function planFile(client: Client, bytes: Uint8Array) {
  const csv = readUnitCsv(bytes);
  if (!csv.ok) return { csv, plan: null, units: [] };
  const units = await loadUnits(client);
  return { csv, plan: planUnitImport(csv.rows, csv.columns, units), units };
}

/** A planned row as the preview shows it: by 所属コード and 所属名, with its problems or changed fields. */
function toPreviewRow(row: PlannedUnitRow): PreviewRow {
  if (row.kind === "REJECT") return { kind: row.kind, line: row.line, key: row.code, label: row.name, changes: [], problems: row.problems };
  return { kind: row.kind, line: row.line, key: row.target.code, label: row.target.name, changes: row.changes, problems: [] };
}

/** Reads and classifies the file; writes nothing. */
export async function previewUnitImport(actor: Actor, fileBytes: Uint8Array, client: PrismaClient = defaultDb): Promise<ImportPreview> {
  assertPersonnelImporter(actor);
  const digest = digestOf(fileBytes);
  const { csv, plan } = await planFile(client, fileBytes);
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

/** The next `count` ids of org_unit's sequence, so that new units' paths are known before they are written. */
async function reserveUnitIds(tx: Prisma.TransactionClient, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => row.id);
}

/**
 * Applies the previewed file: the same bytes (checked by digest), parsed and planned again
 * against the locked database inside the transaction, all of it or nothing; any REJECT row
 * refuses the whole file. The tree is settled in memory first: every unit's final parent, and
 * from those every path, so a moved unit's whole subtree (listed in the file or not) gets its
 * new path in the same statement as the unit itself.
 *
 * A unit the file retires may still have active staff in it. That is allowed on purpose: the
 * personnel system abolishes a unit and moves its people on the same day, the org-unit export
 * has to go in first (their new units must exist), and the staff export that follows moves
 * them. Refusing here would make that order impossible; meanwhile scope queries still find
 * them by the retired unit's path, which stays right.
 */
export async function applyUnitImport(actor: Actor, fileBytes: Uint8Array, expectedDigest: string, client: PrismaClient = defaultDb): Promise<ImportResult> {
  assertPersonnelImporter(actor);
  const digest = digestOf(fileBytes);
  if (digest !== expectedDigest) throw notAllowed("the file is not the one previewed");
  return client.$transaction(
    async (tx) => {
      // The staff import's key too: a staff file never reads units half-way through a unit file.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('personnel.import'))`;
      const { csv, plan, units } = await planFile(tx, fileBytes);
      if (!csv.ok || !plan) throw new AppError("INVALID_INPUT", "unreadable org-unit file", "file", "personnelImport.unreadable");
      if (plan.counts.REJECT > 0) throw new AppError("INVALID_INPUT", "the file has rejected rows", "file", "personnelImport.hasRejects");

      const listed = plan.rows.flatMap((row) => (row.kind === "REJECT" ? [] : [row]));
      const adds = listed.flatMap((row) => (row.kind === "ADD" ? [row.target] : []));
      const idByCode = new Map(units.map((unit) => [unit.code, unit.id]));
      const newIds = await reserveUnitIds(tx, adds.length);
      adds.forEach((target, i) => idByCode.set(target.code, newIds[i] ?? Number.NaN));
      const idOf = (code: string) => {
        const id = idByCode.get(code);
        if (id === undefined || Number.isNaN(id)) throw new Error(`org-unit import: no id for ${code}`);
        return id;
      };
      const parentIdOf = (target: UnitTarget) => (target.parentCode === null ? null : idOf(target.parentCode));

      const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
      for (const row of listed) parentOf.set(idOf(row.target.code), parentIdOf(row.target));
      const paths = materialisePaths(parentOf);
      const pathOf = (id: number) => paths.get(id) ?? "/";

      // One timestamp for everything this import retires, taken from the clock Prisma writes with.
      const now = new Date();
      // Shallowest first, so that a chunk's parents are always in it or in an earlier one.
      const inserts = adds.map((target) => ({ target, id: idOf(target.code) })).sort((a, b) => pathOf(a.id).length - pathOf(b.id).length);
      for (const part of chunks(inserts, UPDATE_CHUNK)) {
        await tx.orgUnit.createMany({
          data: part.map(({ target, id }) => ({
            id,
            code: target.code,
            name: target.name,
            kind: target.kind,
            parentId: parentIdOf(target),
            path: pathOf(id),
            position: target.position,
            retiredAt: target.retired ? now : null,
          })),
        });
      }

      // Every existing unit whose parent or path differs, which takes in the unlisted
      // descendants of a moved unit (and would mend a path that had gone wrong).
      const relinked = units.filter((unit) => parentOf.get(unit.id) !== unit.parentId || pathOf(unit.id) !== unit.path);
      for (const part of chunks(relinked, UPDATE_CHUNK)) {
        await tx.$executeRaw`
          UPDATE org_unit u SET parent_id = v.parent_id, path = v.path
          FROM unnest(${part.map((unit) => unit.id)}::int[], ${part.map((unit) => parentOf.get(unit.id) ?? null)}::int[], ${part.map((unit) => pathOf(unit.id))}::text[])
            AS v(id, parent_id, path)
          WHERE u.id = v.id`;
      }

      const changed = listed.flatMap((row) =>
        row.kind === "CHANGE" || row.kind === "MOVE" || row.kind === "LEAVE" ? [{ id: row.id, target: row.target }] : [],
      );
      for (const part of chunks(changed, UPDATE_CHUNK)) {
        await tx.$executeRaw`
          UPDATE org_unit u SET name = v.name, kind = v.kind::"OrgUnitKind", position = v.position
          FROM unnest(
            ${part.map((c) => c.id)}::int[], ${part.map((c) => c.target.name)}::text[], ${part.map((c) => c.target.kind)}::text[], ${part.map((c) => c.target.position)}::int[]
          ) AS v(id, name, kind, position)
          WHERE u.id = v.id`;
      }
      // A unit already retired keeps the date it was retired on; re-activation clears it.
      const retiring = changed.filter((c) => c.target.retired).map((c) => c.id);
      const reactivating = changed.filter((c) => !c.target.retired).map((c) => c.id);
      for (const part of chunks(retiring, UPDATE_CHUNK))
        await tx.orgUnit.updateMany({ where: { id: { in: part }, retiredAt: null }, data: { retiredAt: now } });
      for (const part of chunks(reactivating, UPDATE_CHUNK))
        await tx.orgUnit.updateMany({ where: { id: { in: part }, retiredAt: { not: null } }, data: { retiredAt: null } });

      await recordAudit(tx, {
        actorId: actor.employeeId,
        action: "personnel.unitImport",
        entity: "org_unit",
        detail: { digest, encoding: csv.encoding, counts: plan.counts, pathsRewritten: relinked.length },
      });
      return { digest, counts: plan.counts };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
