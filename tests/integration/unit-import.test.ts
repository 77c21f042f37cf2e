import Encoding from "encoding-japanese";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { digestOf } from "@/lib/people/personnel/import-digest";
import { applyUnitImport, previewUnitImport } from "@/lib/people/personnel/unit-import";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The org-unit import against a database of its own (migrated, with only the units made here):
 * it adds thousands of units and moves whole subtrees, which would disturb the demo organisation
 * other files read while they run in parallel. The database is dropped at the end.
 */
const HEADER = "所属コード,所属名,種別,上位所属コード,表示順,廃止";
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\r\n"));

let database: ThrowawayDatabase;
let client: PrismaClient;
let hr: Actor;
let employee: Actor;

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_uimport");
  client = createPrismaClient(database.url);
  const home = await client.orgUnit.create({ data: { code: "UI-HOME", name: "総務局", kind: "BUREAU", path: "/" } });
  await client.orgUnit.update({ where: { id: home.id }, data: { path: `/${home.id}/` } });
  const person = (staffNumber: string) =>
    client.employee.create({
      data: { staffNumber, name: staffNumber, nameKana: "カナ", jobCategory: "事務", rank: "主任", joinedOn: new Date("2010-04-01"), unitId: home.id },
    });
  const [hrPerson, plainPerson] = [await person("UI-HR"), await person("UI-EMP")];
  const grant = { unitId: null, unitName: null, unitPath: null, includeSubunits: true };
  hr = { employeeId: hrPerson.id, staffNumber: "UI-HR", name: "UI-HR", unitId: home.id, grants: [{ role: "HR_DIVISION", ...grant }] };
  employee = { employeeId: plainPerson.id, staffNumber: "UI-EMP", name: "UI-EMP", unitId: home.id, grants: [{ role: "EMPLOYEE", ...grant }] };
}, 60_000);

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

const snapshot = () => client.orgUnit.findMany({ orderBy: { code: "asc" } });
const unitAudits = () => client.auditLog.findMany({ where: { action: "personnel.unitImport" satisfies AuditAction }, orderBy: { id: "asc" } });
const unit = (code: string) => client.orgUnit.findUniqueOrThrow({ where: { code } });
const codesUnder = async (prefix: string) =>
  (await client.orgUnit.findMany({ where: { path: { startsWith: prefix } }, select: { code: true } })).map((u) => u.code).sort();
/** The transaction that last wrote a row: rows written by one transaction share it. */
const writtenBy = async (table: "org_unit" | "audit_log", id: number | bigint) =>
  (await client.$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text AS xmin FROM ${table} WHERE id = $1`, id))[0]?.xmin;

async function previewThenApply(file: Uint8Array) {
  const preview = await previewUnitImport(hr, file, client);
  expect(preview.canApply).toBe(true);
  const result = await applyUnitImport(hr, file, preview.digest, client);
  expect(result.counts).toEqual(preview.counts);
  return result;
}

describe("org-unit import", () => {
  it("is the HR division's only: anyone else gets NOT_FOUND", async () => {
    const file = csv(["UI-X,局,局,,,"]);
    await expect(previewUnitImport(employee, file, client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(applyUnitImport(employee, file, digestOf(file), client)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("previews without writing, then adds a 局 → 部 → 課 → 係 chain from one file with its paths", async () => {
    // Children before their parents, as an export sorted by code may well list them.
    const file = csv([
      "UI-U1,市民係,係,UI-S1,1,",
      "UI-U2,窓口係,係,UI-S1,2,",
      "UI-S1,市民課,課,UI-D1,1,",
      "UI-D1,市民部,部,UI-B1,1,",
      "UI-B1,市民局,局,,5,0",
      "UI-B2,青葉区,区,,6,",
      "UI-S3,区民課,課,UI-B2,1,",
    ]);
    const before = await snapshot();
    const preview = await previewUnitImport(hr, file, client);
    expect(preview).toMatchObject({ encoding: "UTF8", canApply: true, digest: digestOf(file), counts: { ADD: 7, REJECT: 0 } });
    expect(preview.samples.ADD[0]).toEqual({
      kind: "ADD",
      line: 2,
      key: "UI-U1",
      label: "市民係",
      changes: [
        { field: "kind", before: "", after: "係" },
        { field: "parent", before: "", after: "UI-S1" },
        { field: "position", before: "0", after: "1" },
      ],
      problems: [],
    });
    expect(await snapshot()).toEqual(before);
    expect(await unitAudits()).toHaveLength(0);

    await previewThenApply(file);
    const [b1, d1, s1, u1, u2, b2, s3] = await Promise.all(["UI-B1", "UI-D1", "UI-S1", "UI-U1", "UI-U2", "UI-B2", "UI-S3"].map(unit));
    if (!b1 || !d1 || !s1 || !u1 || !u2 || !b2 || !s3) throw new Error("units missing");
    expect(b1).toMatchObject({ kind: "BUREAU", parentId: null, path: `/${b1.id}/`, position: 5, retiredAt: null });
    expect(d1).toMatchObject({ kind: "DEPARTMENT", parentId: b1.id, path: `/${b1.id}/${d1.id}/` });
    expect(s1).toMatchObject({ kind: "SECTION", parentId: d1.id, path: `/${b1.id}/${d1.id}/${s1.id}/` });
    expect(u1).toMatchObject({ kind: "UNIT", name: "市民係", parentId: s1.id, path: `/${b1.id}/${d1.id}/${s1.id}/${u1.id}/` });
    expect(u2.path).toBe(`${s1.path}${u2.id}/`);
    expect(s3.path).toBe(`/${b2.id}/${s3.id}/`);
    expect(await codesUnder(b1.path)).toEqual(["UI-B1", "UI-D1", "UI-S1", "UI-U1", "UI-U2"]);

    const audits = await unitAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: hr.employeeId,
      entity: "org_unit",
      detail: { digest: preview.digest, encoding: "UTF8", counts: preview.counts },
    });
    // Written by the very transaction that added the units.
    expect(await writtenBy("audit_log", audits[0]?.id ?? 0n)).toBe(await writtenBy("org_unit", u1.id));

    const again = await previewUnitImport(hr, file, client);
    expect(again).toMatchObject({ canApply: false, counts: { UNCHANGED: 7, ADD: 0 } });
  });

  it("moves a 課 with its whole subtree: every path below it is rewritten, listed in the file or not", async () => {
    const [s1, b2, u1] = [await unit("UI-S1"), await unit("UI-B2"), await unit("UI-U1")];
    const oldPrefix = s1.path;
    // Only the 課 and one of its two 係 are listed; the other 係 moves all the same.
    const file = csv(["UI-S1,市民課,課,UI-B2,2,", "UI-U1,市民係,係,UI-S1,3,"]);
    const preview = await previewUnitImport(hr, file, client);
    expect(preview.counts).toMatchObject({ MOVE: 1, CHANGE: 1, REJECT: 0 });
    expect(preview.samples.MOVE[0]?.changes).toEqual([
      { field: "parent", before: "UI-D1", after: "UI-B2" },
      { field: "position", before: "1", after: "2" },
    ]);
    await applyUnitImport(hr, file, preview.digest, client);

    const moved = await unit("UI-S1");
    expect(moved).toMatchObject({ parentId: b2.id, path: `/${b2.id}/${s1.id}/`, position: 2 });
    expect((await unit("UI-U1")).path).toBe(`${moved.path}${u1.id}/`);
    expect((await unit("UI-U2")).path).toBe(`${moved.path}${(await unit("UI-U2")).id}/`);
    expect(await codesUnder(moved.path)).toEqual(["UI-S1", "UI-U1", "UI-U2"]);
    expect(await codesUnder(oldPrefix)).toEqual([]);
    expect(await codesUnder((await unit("UI-B1")).path)).toEqual(["UI-B1", "UI-D1"]);
    expect(await codesUnder(b2.path)).toEqual(["UI-B2", "UI-S1", "UI-S3", "UI-U1", "UI-U2"]);
    expect((await unitAudits()).at(-1)).toMatchObject({ detail: { pathsRewritten: 3 } });
  });

  it("retires a unit even with staff still in it, and re-activates it", async () => {
    const u2 = await unit("UI-U2");
    const member = await client.employee.create({
      data: {
        staffNumber: "UI-M1",
        name: "窓口 一郎",
        nameKana: "マドグチ イチロウ",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date("2020-04-01"),
        unitId: u2.id,
      },
    });

    // The 課 cannot go while a 係 below it stays in use without being listed.
    const blocked = await previewUnitImport(hr, csv(["UI-S1,市民課,課,UI-B2,2,1"]), client);
    expect(blocked.samples.REJECT[0]?.problems).toEqual([{ column: "retired", reason: "activeChildren" }]);

    const retire = csv(["UI-U2,窓口係,係,UI-S1,2,廃止"]);
    const preview = await previewUnitImport(hr, retire, client);
    expect(preview.counts).toMatchObject({ LEAVE: 1 });
    expect(preview.samples.LEAVE[0]?.changes).toEqual([{ field: "retired", before: "0", after: "1" }]);
    await applyUnitImport(hr, retire, preview.digest, client);
    const retired = await unit("UI-U2");
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(retired.path).toBe(u2.path);
    expect(await client.employee.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ unitId: u2.id, active: true });

    // Naming it retired again changes nothing, so its retirement date stays.
    expect(await previewUnitImport(hr, retire, client)).toMatchObject({ canApply: false, counts: { UNCHANGED: 1 } });

    const reactivate = csv(["UI-U2,窓口係,係,UI-S1,2,0"]);
    const back = await previewUnitImport(hr, reactivate, client);
    expect(back.counts).toMatchObject({ CHANGE: 1 });
    expect(back.samples.CHANGE[0]?.changes).toEqual([{ field: "retired", before: "1", after: "0" }]);
    await applyUnitImport(hr, reactivate, back.digest, client);
    expect((await unit("UI-U2")).retiredAt).toBeNull();
  });

  it("reads a Shift_JIS file", async () => {
    const text = [HEADER, "UI-S3,区民課（窓口・証明）,課,UI-B2,1,", "UI-U3,髙橋記念係,係,UI-S3,1,"].join("\r\n");
    const file = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: "SJIS", from: "UNICODE" }));
    const preview = await previewUnitImport(hr, file, client);
    expect(preview).toMatchObject({ encoding: "SJIS", counts: { CHANGE: 1, ADD: 1, REJECT: 0 } });
    await applyUnitImport(hr, file, preview.digest, client);
    expect((await unit("UI-S3")).name).toBe("区民課（窓口・証明）");
    expect(await unit("UI-U3")).toMatchObject({ name: "髙橋記念係", path: `${(await unit("UI-S3")).path}${(await unit("UI-U3")).id}/` });
    expect((await unitAudits()).at(-1)).toMatchObject({ detail: { encoding: "SJIS" } });
  });

  it("refuses a file that is not the one previewed", async () => {
    const before = await snapshot();
    const previewed = csv(["UI-B1,市民局,局,,5,", "UI-D9,新部,部,UI-B1,,"]);
    const sent = csv(["UI-B1,市民局,局,,5,", "UI-D9,新部,部,UI-B1,,", "UI-D8,別部,部,UI-B1,,"]);
    const preview = await previewUnitImport(hr, previewed, client);
    await expect(applyUnitImport(hr, sent, preview.digest, client)).rejects.toMatchObject({ code: "NOT_ALLOWED" });
    expect(await snapshot()).toEqual(before);
  });

  const N = 2_000;
  const manyUnits = Array.from({ length: N }, (_, i) => `UI-G${String(i).padStart(4, "0")},係${i},係,UI-S3,${i},`);

  it("applies nothing from a file with one bad row, even after 2,000 good ones", async () => {
    const before = await snapshot();
    const audits = (await unitAudits()).length;
    const file = csv([...manyUnits, "UI-S3,区民課（窓口・証明）,課,UI-B2,1,", "UI-BAD,迷子係,係,UI-NOWHERE,,"]);
    const preview = await previewUnitImport(hr, file, client);
    expect(preview).toMatchObject({ canApply: false, counts: { ADD: N, UNCHANGED: 1, REJECT: 1 } });
    expect(preview.samples.ADD).toHaveLength(100);
    expect(preview.samples.REJECT).toEqual([
      { kind: "REJECT", line: N + 3, key: "UI-BAD", label: "迷子係", changes: [], problems: [{ column: "parentCode", reason: "unknownParent" }] },
    ]);
    await expect(applyUnitImport(hr, file, preview.digest, client)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await snapshot()).toEqual(before);
    expect(await unitAudits()).toHaveLength(audits);
  });

  it("adds 2,000 units and then moves them all with their 課 in one statement's worth of paths", async () => {
    await previewThenApply(csv(manyUnits));
    const s3 = await unit("UI-S3");
    expect(await client.orgUnit.count({ where: { path: { startsWith: s3.path } } })).toBe(N + 2);

    const d1 = await unit("UI-D1");
    await previewThenApply(csv(["UI-S3,区民課（窓口・証明）,課,UI-D1,1,"]));
    const movedPath = `${d1.path}${s3.id}/`;
    expect((await unit("UI-S3")).path).toBe(movedPath);
    expect(await client.orgUnit.count({ where: { path: { startsWith: movedPath } } })).toBe(N + 2);
    expect(await client.orgUnit.count({ where: { path: { startsWith: s3.path } } })).toBe(0);
    const g = await unit("UI-G1999");
    expect(g).toMatchObject({ parentId: s3.id, path: `${movedPath}${g.id}/`, position: 1999 });
    expect((await unitAudits()).at(-1)).toMatchObject({ detail: { pathsRewritten: N + 2 } });
  }, 60_000);

  it("runs one import at a time: the second plans against the first's result", async () => {
    const file = csv(["UI-D7,並行部,部,UI-B2,,"]);
    const digest = digestOf(file);
    const results = await Promise.all([applyUnitImport(hr, file, digest, client), applyUnitImport(hr, file, digest, client)]);
    expect(results.map((result) => (result.counts.ADD === 1 ? "added" : result.counts.UNCHANGED === 1 ? "unchanged" : "?")).sort()).toEqual([
      "added",
      "unchanged",
    ]);
    expect(await client.orgUnit.count({ where: { code: "UI-D7" } })).toBe(1);
  });
});
