import "server-only";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { recordAudit } from "@/lib/platform/audit/record-audit";
import type { ExportTable } from "@/lib/platform/exports/csv";
import { getBureauSectionFigures, getSectionMemberFigures } from "./bureau-figures";
import { measuresExportTable, membersExportTable, sectionsExportTable } from "./bureau-export-layout";
import { getBureauMeasureFigures } from "./bureau-measure-figures";

export type BureauExportRequest =
  | { table: "sections"; fiscalYear: number; format: "csv" | "xlsx"; bureauId?: number }
  | { table: "measures"; fiscalYear: number; format: "csv" | "xlsx"; bureauId?: number }
  | { table: "members"; fiscalYear: number; format: "csv" | "xlsx"; sectionId: number };

export interface BureauExport {
  table: ExportTable;
  /** an ASCII file name (without extension) for clients that cannot read filename* */
  asciiName: string;
}

/**
 * A bureau dashboard table for download, read through the same scoped functions as the page
 * (so an id outside the coordinator's bureau is NOT_FOUND here too), and the download audited:
 * an export carries other people's records out of the portal.
 */
export async function exportBureauTable(actor: Actor, request: BureauExportRequest): Promise<BureauExport> {
  const { fiscalYear, format } = request;
  if (request.table === "sections") {
    const figures = await getBureauSectionFigures(actor, { fiscalYear, bureauId: request.bureauId });
    const table = sectionsExportTable(figures);
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.employeeId,
        action: "export.bureau-sections",
        entity: "org_unit",
        entityId: figures.bureau.id,
        detail: { fiscalYear, format, rows: figures.sections.length },
      }),
    );
    return { table, asciiName: `bureau-${figures.bureau.id}-sections-${fiscalYear}` };
  }
  if (request.table === "measures") {
    const figures = await getBureauMeasureFigures(actor, { fiscalYear, bureauId: request.bureauId });
    const table = measuresExportTable(figures);
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.employeeId,
        action: "export.bureau-measures",
        entity: "org_unit",
        entityId: figures.bureau.id,
        detail: { fiscalYear, format, rows: figures.measures.length },
      }),
    );
    return { table, asciiName: `bureau-${figures.bureau.id}-measures-${fiscalYear}` };
  }
  const figures = await getSectionMemberFigures(actor, { fiscalYear, sectionId: request.sectionId });
  const table = membersExportTable(figures);
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.employeeId,
      action: "export.bureau-section-members",
      entity: "org_unit",
      entityId: figures.section.id,
      // whose records left the portal, as for any read of another person's record
      detail: { fiscalYear, format, employeeIds: figures.members.map((member) => member.id) },
    }),
  );
  return { table, asciiName: `section-${figures.section.id}-staff-${fiscalYear}` };
}
