import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/platform/auth/roles";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { digestOf } from "@/lib/people/personnel/import-digest";
import { applyStaffImport, previewStaffImport } from "@/lib/people/personnel/staff-import";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * The staff import against a database of its own (migrated, with only the units and people made
 * here): 20,000 added people would otherwise skew the city-wide figures other files check while
 * they run in parallel. The database is dropped at the end.
 */
const HEADER = "職員番号,氏名,氏名カナ,職種,職位,入庁日,所属コード,上司職員番号,メール,在職";
const csv = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\r\n"));

let database: ThrowawayDatabase;
let client: PrismaClient;
let hr: Actor;
let employee: Actor;

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_pimport");
  client = createPrismaClient(database.url);
  const root = await client.orgUnit.create({ data: { code: "PI-ROOT", name: "仙台市", kind: "BUREAU", path: "/" } });
  await client.orgUnit.update({ where: { id: root.id }, data: { path: `/${root.id}/` } });
  for (const code of ["PI-A", "PI-B"]) {
    const unit = await client.orgUnit.create({ data: { code, name: code, kind: "SECTION", parentId: root.id, path: "/" } });
    await client.orgUnit.update({ where: { id: unit.id }, data: { path: `/${root.id}/${unit.id}/` } });
  }
  const person = (staffNumber: string) =>
    client.employee.create({
      data: { staffNumber, name: staffNumber, nameKana: "カナ", jobCategory: "事務", rank: "主任", joinedOn: new Date("2010-04-01"), unitId: root.id },
    });
  const [hrPerson, plainPerson] = [await person("PI-HR"), await person("PI-EMP")];
  const grant = { unitId: null, unitName: null, unitPath: null, includeSubunits: true };
  hr = { employeeId: hrPerson.id, staffNumber: "PI-HR", name: "PI-HR", unitId: root.id, grants: [{ role: "HR_DIVISION", ...grant }] };
  employee = { employeeId: plainPerson.id, staffNumber: "PI-EMP", name: "PI-EMP", unitId: root.id, grants: [{ role: "EMPLOYEE", ...grant }] };
}, 60_000);

afterAll(async () => {
  await client.$disconnect();
  await database.drop();
});

const snapshot = () => client.employee.findMany({ orderBy: { staffNumber: "asc" }, omit: { createdAt: true, updatedAt: true } });
const importAudits = () => client.auditLog.findMany({ where: { action: "personnel.import" satisfies AuditAction }, orderBy: { id: "asc" } });

describe("staff import", () => {
  it("is the HR division's only: anyone else gets NOT_FOUND", async () => {
    const file = csv(["PI-1,甲,コウ,事務,主事,2020-04-01,PI-A,,,"]);
    await expect(previewStaffImport(employee, file, client)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(applyStaffImport(employee, file, digestOf(file), client)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("previews without writing, then applies exactly what was previewed in one go, with one audit row", async () => {
    const seed = csv([
      "PI-1,青葉 一郎,アオバ イチロウ,事務,課長,2000-04-01,PI-A,,pi1@example.jp,1",
      "PI-2,泉 花子,イズミ ハナコ,事務,主事,2015/4/1,PI-A,PI-1,,",
      "PI-3,宮城 次郎,ミヤギ ジロウ,技術,主任,2010-04-01,PI-A,PI-1,,在職",
    ]);
    const before = await snapshot();
    const first = await previewStaffImport(hr, seed, client);
    expect(first).toMatchObject({ encoding: "UTF8", canApply: true, counts: { ADD: 3, REJECT: 0 }, digest: digestOf(seed) });
    expect(await snapshot()).toEqual(before);
    await applyStaffImport(hr, seed, first.digest, client);
    const pi2 = await client.employee.findUniqueOrThrow({ where: { staffNumber: "PI-2" }, include: { supervisor: true } });
    expect(pi2.supervisor?.staffNumber).toBe("PI-1");
    expect(pi2.joinedOn.toISOString().slice(0, 10)).toBe("2015-04-01");

    const next = csv([
      "PI-1,青葉 一郎,アオバ イチロウ,事務,部長,2000-04-01,PI-A,,pi1@example.jp,1",
      "PI-2,泉 花子,イズミ ハナコ,事務,主任,2015-04-01,PI-B,PI-4,,1",
      "PI-3,宮城 次郎,ミヤギ ジロウ,技術,主任,2010-04-01,PI-A,PI-1,,退職",
      "PI-4,新人 四郎,シンジン シロウ,事務,主事,2025-04-01,PI-B,,,1",
    ]);
    const preview = await previewStaffImport(hr, next, client);
    expect(preview.counts).toEqual({ ADD: 1, CHANGE: 1, MOVE: 1, LEAVE: 1, UNCHANGED: 0, REJECT: 0 });
    expect(preview.samples.MOVE[0]).toMatchObject({ line: 3, changes: expect.arrayContaining([{ field: "unit", before: "PI-A", after: "PI-B" }]) });
    await expect(applyStaffImport(hr, next, first.digest, client)).rejects.toMatchObject({ code: "NOT_ALLOWED" });

    const result = await applyStaffImport(hr, next, preview.digest, client);
    expect(result.counts).toEqual(preview.counts);
    const after = new Map(
      (await client.employee.findMany({ where: { staffNumber: { startsWith: "PI-" } }, include: { unit: true, supervisor: true } })).map((e) => [
        e.staffNumber,
        e,
      ]),
    );
    expect(after.get("PI-1")?.rank).toBe("部長");
    expect(after.get("PI-2")).toMatchObject({ rank: "主任", unit: { code: "PI-B" }, supervisor: { staffNumber: "PI-4" } });
    expect(after.get("PI-3")).toMatchObject({ active: false, rank: "主任", unit: { code: "PI-A" } });
    expect(after.get("PI-4")).toMatchObject({ active: true, unit: { code: "PI-B" } });
    expect((await previewStaffImport(hr, next, client)).counts).toMatchObject({ UNCHANGED: 4, ADD: 0 });

    const audits = await importAudits();
    expect(audits.at(-1)).toMatchObject({ actorId: hr.employeeId, entity: "employee", detail: { digest: preview.digest, counts: preview.counts } });
  });

  it("keeps a move dated later (異動日) waiting for its date, and records an undated one as a transfer from today", async () => {
    const header = `${HEADER},異動日`;
    const dated = (lines: string[]) => new TextEncoder().encode([header, ...lines].join("\r\n"));
    const later = "2099-04-01";
    const file = dated([
      "PI-2,泉 花子,イズミ ハナコ,事務,主任,2015-04-01,PI-A,PI-1,,1,2099-04-01",
      "PI-4,新人 四郎,シンジン シロウ,事務,主事,2025-04-01,PI-A,PI-1,,1,",
    ]);
    const known = (await client.staffTransfer.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const preview = await previewStaffImport(hr, file, client);
    expect(preview.samples.MOVE.find((row) => row.key === "PI-2")?.changes).toContainEqual({ field: "effectiveOn", before: "", after: later });
    await applyStaffImport(hr, file, preview.digest, client);

    const people = new Map(
      (await client.employee.findMany({ where: { staffNumber: { in: ["PI-2", "PI-4"] } }, include: { unit: true } })).map((e) => [e.staffNumber, e]),
    );
    expect(people.get("PI-2")?.unit.code).toBe("PI-B");
    expect(people.get("PI-4")?.unit.code).toBe("PI-A");
    const transfers = await client.staffTransfer.findMany({ where: { id: { gt: known } }, orderBy: { id: "asc" } });
    expect(transfers.map((t) => [t.employeeId, t.status, t.source, t.effectiveOn.toISOString().slice(0, 10)])).toEqual([
      [people.get("PI-2")!.id, "SCHEDULED", "IMPORT", later],
      [people.get("PI-4")!.id, "APPLIED", "IMPORT", expect.any(String)],
    ]);
    const bad = await previewStaffImport(hr, dated(["PI-2,泉 花子,イズミ ハナコ,事務,主任,2015-04-01,PI-A,PI-1,,1,2099-13-01"]), client);
    expect(bad.samples.REJECT[0]?.problems).toEqual([{ column: "effectiveOn", reason: "malformedDate" }]);
  });

  it("applies nothing from a file with one bad row", async () => {
    const before = await snapshot();
    const audits = (await importAudits()).length;
    const file = csv([
      "PI-5,甲,コウ,事務,主事,2020-04-01,PI-A,,,",
      "PI-1,青葉 一郎,アオバ イチロウ,事務,局長,2000-04-01,PI-A,,,1",
      "PI-6,乙,オツ,事務,主事,2020-13-01,PI-A,,,",
    ]);
    const preview = await previewStaffImport(hr, file, client);
    expect(preview.canApply).toBe(false);
    expect(preview.samples.REJECT).toEqual([
      { kind: "REJECT", line: 4, key: "PI-6", label: "乙", changes: [], problems: [{ column: "joinedOn", reason: "malformedDate" }] },
    ]);
    await expect(applyStaffImport(hr, file, preview.digest, client)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await snapshot()).toEqual(before);
    expect(await importAudits()).toHaveLength(audits);
  });

  it("applies nothing from a 20,000-row generated file whose last row is bad", async () => {
    const before = await snapshot();
    const audits = (await importAudits()).length;
    const good = Array.from({ length: 19_999 }, (_, i) => `PX-${i},職員 ${i},ショクイン ${i},事務,主事,2012/4/1,PI-A,,,1`);
    const file = csv([...good, "PX-LAST,最後,サイゴ,事務,主事,2012/4/1,NO-SUCH-UNIT,,,1"]);
    const preview = await previewStaffImport(hr, file, client);
    expect(preview.counts).toMatchObject({ ADD: 19_999, REJECT: 1 });
    expect(preview.samples.REJECT[0]).toMatchObject({ line: 20_001, problems: [{ column: "unitCode", reason: "unknownUnit" }] });
    await expect(applyStaffImport(hr, file, preview.digest, client)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await snapshot()).toEqual(before);
    expect(await importAudits()).toHaveLength(audits);
  }, 60_000);

  it("treats active staff a complete file does not list as left (never the importer), and only when asked", async () => {
    const full = csv(["PI-1,青葉 一郎,アオバ イチロウ,事務,部長,2000-04-01,PI-A,,pi1@example.jp,1"]);
    const partial = await previewStaffImport(hr, full, client);
    expect(partial.counts.LEAVE).toBe(0);

    const complete = await previewStaffImport(hr, full, client, true);
    const activeOthers = await client.employee.count({ where: { active: true, staffNumber: { notIn: ["PI-1", "PI-HR"] } } });
    expect(complete.counts.LEAVE).toBe(activeOthers);
    expect(complete.digest).not.toBe(partial.digest);
    expect(complete.samples.LEAVE.every((row) => row.line === null)).toBe(true);
    expect(complete.samples.LEAVE.map((row) => row.key)).not.toContain("PI-HR");
    // The option is part of what was confirmed: applying the partial preview as complete is refused.
    await expect(applyStaffImport(hr, full, partial.digest, client, true)).rejects.toMatchObject({ code: "NOT_ALLOWED" });

    await applyStaffImport(hr, full, complete.digest, client, true);
    expect(await client.employee.count({ where: { active: true } })).toBe(2);
    // Leavers keep their row, unit and supervisor: only the flag changed.
    expect(await client.employee.findUniqueOrThrow({ where: { staffNumber: "PI-2" }, include: { unit: true } })).toMatchObject({
      active: false,
      unit: { code: "PI-B" },
    });
    expect((await importAudits()).at(-1)).toMatchObject({ detail: { absentLeave: true, counts: { LEAVE: activeOthers } } });
  });

  // Correctness at the personnel system's full size. The times are logged for a reader, not
  // asserted: a timed test fails on a busy machine and proves nothing on a quiet one (speed is
  // measured by the bench, `npm run bench`).
  it("previews and applies a 20,000-row file", async () => {
    const N = 20_000;
    const row = (i: number, rank: string, unit: string) =>
      `PB-${String(i).padStart(5, "0")},職員 ${i},ショクイン ${i},事務,${rank},2012/4/1,${unit},${i % 100 === 0 ? "" : `PB-${String(i - (i % 100)).padStart(5, "0")}`},pb${i}@example.jp,1`;
    const adds = csv(Array.from({ length: N }, (_, i) => row(i, "主事", "PI-A")));
    const timed = async <T>(label: string, run: () => Promise<T>) => {
      const start = performance.now();
      const value = await run();
      const ms = Math.round(performance.now() - start);
      console.log(`[personnel-import] ${label}: ${ms} ms`);
      return { value, ms };
    };
    const p1 = await timed(`preview ${N} adds`, () => previewStaffImport(hr, adds, client));
    expect(p1.value.counts.ADD).toBe(N);
    await timed(`apply ${N} adds`, () => applyStaffImport(hr, adds, p1.value.digest, client));
    expect(await client.employee.count({ where: { staffNumber: { startsWith: "PB-" } } })).toBe(N);

    // Half change rank, a quarter move, a quarter leave.
    const changes = csv(
      Array.from({ length: N }, (_, i) =>
        i % 4 === 3 ? row(i, "主事", "PI-A").replace(/,1$/, ",0") : row(i, i % 4 === 2 ? "主事" : "主任", i % 4 === 2 ? "PI-B" : "PI-A"),
      ),
    );
    const p2 = await timed(`preview ${N} changes`, () => previewStaffImport(hr, changes, client));
    expect(p2.value.counts).toEqual({ ADD: 0, CHANGE: N / 2, MOVE: N / 4, LEAVE: N / 4, UNCHANGED: 0, REJECT: 0 });
    await timed(`apply ${N} changes`, () => applyStaffImport(hr, changes, p2.value.digest, client));
    expect(await client.employee.count({ where: { staffNumber: { startsWith: "PB-" }, active: false } })).toBe(N / 4);
    expect(await client.employee.count({ where: { staffNumber: { startsWith: "PB-" }, unit: { code: "PI-B" } } })).toBe(N / 4);
    expect(await client.employee.count({ where: { staffNumber: { startsWith: "PB-" }, rank: "主任" } })).toBe(N / 2);
  }, 120_000);
});
