import { afterAll, assert, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { loadActor } from "@/lib/platform/auth/load-actor";
import type { Actor } from "@/lib/platform/auth/roles";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { tokyoDate } from "@/lib/platform/dates/calendar-date";
import { AppError, type AppErrorCode } from "@/lib/platform/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { attachmentChangeOf } from "@/lib/records/attachments/attachment-form";
import { MAX_ATTACHMENT_BYTES } from "@/lib/records/attachments/attachment-rules";
import { readRecordAttachment } from "@/lib/records/attachments/read-record-attachment";
import { createQualificationRecord } from "@/lib/records/qualification-records";
import { createTrainingRecord } from "@/lib/records/training-records";
import { deleteTrainingRecord } from "@/lib/records/training-records";
import type { TrainingInput } from "@/lib/records/schemas";
import { updateTrainingRecord } from "@/lib/records/training-records";
import { countRecordsToVerify, findRecordsToVerify } from "@/lib/records/verification/find-records-to-verify";
import { verifyRecord, verifyRecords } from "@/lib/records/verification/verify-record";
import { jpegStart, pdfCertificate, pngCertificate } from "@/tests/support/certificate-files";
import { closeOwnDatabase, openOwnDatabase } from "@/tests/support/own-database";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

/**
 * Verified development records (issue 10): certificates checked by size and by content, served
 * only within the record's readers, and declarations confirmed by the supervisor or HR with the
 * version the verifier saw. On a demo database of its own, so that queue counts are exact.
 */

vi.mock("@/lib/platform/db/client", async () => {
  const { ownClient } = await import("@/tests/support/own-database");
  return {
    get db() {
      return ownClient();
    },
  };
});

// The route handler reads the signed-in person; here it is whoever the test says.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/actor", () => ({ getActor: async () => signedIn.actor, requireActor: async () => signedIn.actor }));

let db: PrismaClient;
const FY = fiscalYearOf(tokyoDate());
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  db = await openOwnDatabase(inject("adminDatabaseUrl"), "hagukumi_verified");
  const employee = await db.employee.findUniqueOrThrow({ where: { staffNumber: "demo-employee" }, select: { unitId: true } });
  const colleague = await db.employee.findFirstOrThrow({
    where: { unitId: employee.unitId, staffNumber: { notIn: ["demo-employee", "demo-supervisor"] }, assignments: { none: { role: { not: "EMPLOYEE" } } } },
    select: { staffNumber: true },
  });
  // Someone of another bureau, outside demo-supervisor's and demo-bureau's scope.
  const outsider = await db.employee.findFirstOrThrow({ where: { staffNumber: "240051" }, select: { staffNumber: true } });
  for (const [key, staffNumber] of Object.entries({
    employee: "demo-employee",
    supervisor: "demo-supervisor",
    bureau: "demo-bureau",
    hr: "demo-hr",
    hq: "demo-hq",
    colleague: colleague.staffNumber,
    outsider: outsider.staffNumber,
  })) {
    const { id } = await db.employee.findUniqueOrThrow({ where: { staffNumber }, select: { id: true } });
    const actor = await loadActor(db, id, tokyoDate());
    if (!actor) throw new Error(`no actor for ${staffNumber}`);
    actors[key] = actor;
  }
}, 120_000);

afterAll(async () => {
  await closeOwnDatabase();
});

const training = (overrides: Partial<TrainingInput> = {}): TrainingInput => ({
  fiscalYear: FY,
  programmeName: "政策形成研修",
  kind: "EXTERNAL",
  startOn: `${FY}-05-10`,
  endOn: `${FY}-05-10`,
  hours: 3,
  completed: true,
  ...overrides,
});

async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, field?: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  expect(error.code).toBe(code);
  if (field) expect([error.field, error.messageKey]).toEqual([field, key]);
}

const png = { fileName: "修了証.png", bytes: pngCertificate() };
const attachmentRows = () => db.recordAttachment.count();

describe("a certificate is checked by size and by content", () => {
  it("accepts a PDF, a PNG and a JPEG, storing the type it detected and the bytes apart", async () => {
    const viaPdf = await createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "certificate.PDF", bytes: pdfCertificate() } });
    expect(viaPdf.attachment).toMatchObject({ fileName: "certificate.pdf", contentType: "application/pdf", byteSize: pdfCertificate().length });
    const viaPng = await createTrainingRecord(actors.employee!, { ...training(), attachment: png });
    expect(viaPng.attachment).toMatchObject({ fileName: "修了証.png", contentType: "image/png" });
    // A JPEG named as something else keeps its name but gets the extension of what it is.
    const viaJpeg = await createQualificationRecord(actors.employee!, {
      name: "簿記2級",
      obtainedOn: `${FY}-06-01`,
      note: "",
      attachment: { fileName: "scan.html", bytes: jpegStart() },
    });
    expect(viaJpeg.attachment).toMatchObject({ fileName: "scan.html.jpg", contentType: "image/jpeg" });
    const stored = await db.recordAttachmentContent.findUniqueOrThrow({ where: { attachmentId: viaPng.attachment!.id } });
    expect(Buffer.from(stored.bytes).equals(pngCertificate())).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "training.create" satisfies AuditAction, entityId: String(viaPng.id) } });
    expect(audit.detail).toMatchObject({
      after: { attachment: { fileName: "修了証.png", contentType: "image/png", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
  });

  it("refuses a file that only claims to be a certificate, an empty one and an oversized one, saving nothing", async () => {
    const before = [await attachmentRows(), await db.trainingRecord.count()];
    const html = new TextEncoder().encode("<html><script>alert(document.cookie)</script></html>");
    await expectAppError(
      createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "certificate.pdf", bytes: html } }),
      "INVALID_INPUT",
      "attachment",
      "attachmentType",
    );
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expectAppError(
      createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "certificate.png", bytes: svg } }),
      "INVALID_INPUT",
      "attachment",
      "attachmentType",
    );
    await expectAppError(
      createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "empty.pdf", bytes: new Uint8Array() } }),
      "INVALID_INPUT",
      "attachment",
      "attachmentEmpty",
    );
    const huge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    huge.set(pngCertificate());
    await expectAppError(
      createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "huge.png", bytes: huge } }),
      "INVALID_INPUT",
      "attachment",
      "attachmentTooLarge",
    );
    expect([await attachmentRows(), await db.trainingRecord.count()]).toEqual(before);
  });

  it("reads the form's file field: none, a file, removal, and a refusal by size before reading", async () => {
    const form = (entries: [string, string | File][]) => {
      const data = new FormData();
      for (const [key, value] of entries) data.append(key, value);
      return data;
    };
    await expect(attachmentChangeOf(form([["attachment", new File([], "")]]))).resolves.toBeUndefined();
    await expect(attachmentChangeOf(form([]))).resolves.toBeUndefined();
    await expect(attachmentChangeOf(form([["removeAttachment", "on"]]))).resolves.toBeNull();
    const chosen = await attachmentChangeOf(form([["attachment", new File([new Uint8Array(pngCertificate())], "a.png", { type: "text/html" })]]));
    expect(chosen?.fileName).toBe("a.png");
    await expectAppError(
      attachmentChangeOf(form([["attachment", new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], "big.pdf")]])),
      "INVALID_INPUT",
      "attachment",
      "attachmentTooLarge",
    );
    await expectAppError(attachmentChangeOf(form([["attachment", "not a file"]])), "INVALID_INPUT", "attachment", "invalid");
  });

  it("replaces and removes a certificate, and removes it with its record, leaving no bytes behind", async () => {
    const record = await createTrainingRecord(actors.employee!, { ...training(), attachment: png });
    const first = record.attachment!.id;
    const replaced = await updateTrainingRecord(actors.employee!, record.id, record.version, {
      ...training(),
      attachment: { fileName: "new.pdf", bytes: pdfCertificate() },
    });
    expect(replaced.attachment).toMatchObject({ contentType: "application/pdf" });
    expect(await db.recordAttachmentContent.count({ where: { attachmentId: first } })).toBe(0);
    const kept = await updateTrainingRecord(actors.employee!, record.id, replaced.version, { ...training({ hours: 4 }) });
    expect(kept.attachment?.id).toBe(replaced.attachment!.id);
    const removed = await updateTrainingRecord(actors.employee!, record.id, kept.version, { ...training(), attachment: null });
    expect(removed.attachment).toBeNull();
    expect(await db.recordAttachment.count({ where: { id: replaced.attachment!.id } })).toBe(0);
    const again = await updateTrainingRecord(actors.employee!, record.id, removed.version, { ...training(), attachment: png });
    await deleteTrainingRecord(actors.employee!, record.id, again.version);
    expect(await db.recordAttachment.count({ where: { id: again.attachment!.id } })).toBe(0);
  });
});

describe("a certificate is served to those who may read the record, and to nobody else", () => {
  it("answers the owner, the supervisor, the bureau coordinator and HR; others as if it did not exist", async () => {
    const record = await createTrainingRecord(actors.employee!, { ...training(), attachment: png });
    const id = record.attachment!.id;
    for (const reader of ["employee", "supervisor", "bureau", "hr"]) {
      const file = await readRecordAttachment(actors[reader]!, id);
      expect([reader, file.contentType, Buffer.from(file.bytes).equals(pngCertificate())]).toEqual([reader, "image/png", true]);
    }
    for (const stranger of ["hq", "colleague", "outsider"]) await expectAppError(readRecordAttachment(actors[stranger]!, id), "NOT_FOUND");
    for (const bogus of [0, -1, 2 ** 31, 1.5, id + 100_000]) await expectAppError(readRecordAttachment(actors.hr!, bogus), "NOT_FOUND");
    // Other people's reads are audited, the owner's own are not.
    const reads = await db.auditLog.findMany({
      where: { action: "attachment.view" satisfies AuditAction, entityId: String(id) },
      select: { actorId: true, detail: true },
    });
    expect(reads.map((row) => row.actorId).sort()).toEqual([actors.supervisor!.employeeId, actors.bureau!.employeeId, actors.hr!.employeeId].sort());
    expect(reads[0]?.detail).toMatchObject({ employeeId: actors.employee!.employeeId });
  });

  it("answers over HTTP with the detected type, a sandbox and no caching, and 404 for a stranger", async () => {
    const { GET } = await import("@/app/(portal)/records/attachments/[attachmentId]/route");
    const record = await createTrainingRecord(actors.employee!, { ...training(), attachment: { fileName: "修了証（2026）.pdf", bytes: pdfCertificate() } });
    const get = (actor: Actor | null, id: string) => {
      signedIn.actor = actor;
      return GET(new Request(`http://localhost/records/attachments/${id}`), { params: Promise.resolve({ attachmentId: id }) });
    };
    const response = await get(actors.supervisor!, String(record.attachment!.id));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": expect.stringMatching(/^sandbox(;|$)/),
      "content-disposition": `attachment; filename="certificate-${record.attachment!.id}.pdf"; filename*=UTF-8''${encodeURIComponent("修了証").replace(/[()]/g, "")}%EF%BC%882026%EF%BC%89.pdf`,
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfCertificate())).toBe(true);
    for (const [actor, id] of [
      [actors.outsider!, String(record.attachment!.id)],
      [null, String(record.attachment!.id)],
      [actors.hr!, "abc"],
      [actors.hr!, "99999999999"],
    ] as const) {
      const refused = await get(actor, id);
      expect([id, refused.status, await refused.text()]).toEqual([id, 404, ""]);
    }
  });
});

describe("verification", () => {
  it("lets the supervisor confirm a team member's record once, with the version they saw, audited", async () => {
    const record = await createTrainingRecord(actors.employee!, { ...training(), attachment: png });
    const queue = await findRecordsToVerify(actors.supervisor!);
    expect(queue.records).toContainEqual(
      expect.objectContaining({
        kind: "training",
        id: record.id,
        version: record.version,
        holder: expect.objectContaining({ id: actors.employee!.employeeId }),
        hours: 3,
      }),
    );
    expect(await countRecordsToVerify(actors.supervisor!)).toBe(queue.records.length);
    await expectAppError(verifyRecord(actors.supervisor!, { kind: "training", id: record.id, version: record.version + 1 }), "CONFLICT");
    await verifyRecord(actors.supervisor!, { kind: "training", id: record.id, version: record.version });
    const stored = await db.trainingRecord.findUniqueOrThrow({ where: { id: record.id }, select: { verifiedAt: true, verifiedById: true, version: true } });
    expect(stored).toMatchObject({ verifiedAt: expect.any(Date), verifiedById: actors.supervisor!.employeeId, version: record.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "training.verify" satisfies AuditAction, entityId: String(record.id) } });
    expect([audit.actorId, audit.detail]).toEqual([actors.supervisor!.employeeId, { employeeId: actors.employee!.employeeId, version: record.version }]);
    // Confirmed once: a second press (or a second supervisor) is told it changed.
    await expectAppError(verifyRecord(actors.supervisor!, { kind: "training", id: record.id, version: record.version + 1 }), "CONFLICT");
    expect((await findRecordsToVerify(actors.supervisor!)).records.map((row) => row.id)).not.toContain(record.id);
  });

  it("confirms ticked records together, one audit row each, leaving out what changed since the page was loaded", async () => {
    const first = await createTrainingRecord(actors.employee!, training({ programmeName: "一括確認 1" }));
    const second = await createTrainingRecord(actors.colleague!, training({ programmeName: "一括確認 2" }));
    const qualification = await createQualificationRecord(actors.employee!, { name: "日商簿記2級", obtainedOn: `${FY}-07-01`, note: "" });
    const edited = await createTrainingRecord(actors.employee!, training({ programmeName: "一括確認 3" }));
    const shown = { ...edited };
    await updateTrainingRecord(actors.employee!, edited.id, edited.version, training({ programmeName: "一括確認 3", hours: 7 }));

    const result = await verifyRecords(actors.supervisor!, [
      { kind: "training", id: first.id, version: first.version },
      { kind: "training", id: second.id, version: second.version },
      { kind: "qualification", id: qualification.id, version: qualification.version },
      { kind: "training", id: shown.id, version: shown.version },
    ]);
    expect(result).toEqual({ confirmed: 3, changed: 1 });
    expect(await db.trainingRecord.count({ where: { id: { in: [first.id, second.id] }, verifiedById: actors.supervisor!.employeeId } })).toBe(2);
    expect((await db.trainingRecord.findUniqueOrThrow({ where: { id: edited.id } })).verifiedAt).toBeNull();
    const audited = await db.auditLog.findMany({
      where: {
        actorId: actors.supervisor!.employeeId,
        action: { in: ["training.verify", "qualification.verify"] },
        entityId: { in: [first.id, second.id, qualification.id, edited.id].map(String) },
      },
    });
    expect(audited.map((row) => `${row.action} ${row.entityId}`).sort()).toEqual(
      [`qualification.verify ${qualification.id}`, `training.verify ${first.id}`, `training.verify ${second.id}`].sort(),
    );

    // One reference out of scope: nothing is confirmed, as for a single one.
    const third = await createTrainingRecord(actors.employee!, training({ programmeName: "一括確認 4" }));
    const outsiders = await createTrainingRecord(actors.outsider!, training());
    await expectAppError(
      verifyRecords(actors.supervisor!, [
        { kind: "training", id: third.id, version: third.version },
        { kind: "training", id: outsiders.id, version: outsiders.version },
      ]),
      "NOT_FOUND",
    );
    expect(await db.trainingRecord.count({ where: { id: { in: [third.id, outsiders.id] }, verifiedAt: { not: null } } })).toBe(0);
    await expectAppError(verifyRecords(actors.supervisor!, []), "NOT_FOUND");
  });

  it("confirms a page of 25 ticked records at once, leaving out and counting the ones changed or confirmed since", async () => {
    const records: { id: number; version: number; holderId: number }[] = [];
    for (let index = 0; index < 25; index += 1) {
      const holder = index % 2 === 0 ? actors.employee! : actors.colleague!;
      const { id, version } = await createTrainingRecord(holder, training({ programmeName: `一括確認 25件 ${index + 1}` }));
      records.push({ id, version, holderId: holder.employeeId });
    }
    const [edited, confirmedByHr] = [records[4]!, records[17]!];
    await updateTrainingRecord(actors.employee!, edited.id, edited.version, training({ programmeName: "一括確認 25件 5", hours: 5 }));
    await verifyRecord(actors.hr!, { kind: "training", id: confirmedByHr.id, version: confirmedByHr.version });

    const ticked = records.map(({ id, version }) => ({ kind: "training" as const, id, version }));
    expect(await verifyRecords(actors.supervisor!, ticked)).toEqual({ confirmed: 23, changed: 2 });
    const stored = await db.trainingRecord.findMany({
      where: { id: { in: records.map((record) => record.id) } },
      select: { id: true, verifiedById: true, version: true },
    });
    const left = new Set([edited.id, confirmedByHr.id]);
    for (const record of records.filter((each) => !left.has(each.id))) {
      expect(stored.find((row) => row.id === record.id)).toEqual({ id: record.id, verifiedById: actors.supervisor!.employeeId, version: record.version + 1 });
    }
    expect(stored.find((row) => row.id === edited.id)?.verifiedById).toBeNull();
    expect(stored.find((row) => row.id === confirmedByHr.id)?.verifiedById).toBe(actors.hr!.employeeId);
    const audited = await db.auditLog.findMany({
      where: {
        actorId: actors.supervisor!.employeeId,
        action: "training.verify" satisfies AuditAction,
        entityId: { in: records.map((record) => String(record.id)) },
      },
    });
    expect(audited).toHaveLength(23);
    for (const row of audited) {
      const record = records.find((each) => String(each.id) === row.entityId);
      expect(row.detail).toEqual({ employeeId: record?.holderId, version: record?.version });
    }
    // Sent again, every one has changed since: nothing is confirmed, nothing more audited.
    expect(await verifyRecords(actors.supervisor!, ticked)).toEqual({ confirmed: 0, changed: 25 });
    expect(
      await db.auditLog.count({
        where: { actorId: actors.supervisor!.employeeId, action: "training.verify", entityId: { in: records.map((record) => String(record.id)) } },
      }),
    ).toBe(23);
  });

  it("lists and counts only the open years' records: a closed year's cannot be confirmed by a supervisor", async () => {
    const closedYear = 2006;
    await db.fiscalYear.create({ data: { year: closedYear, status: "CLOSED", closedAt: new Date("2007-04-01") } });
    const old = await db.trainingRecord.create({
      data: {
        employeeId: actors.employee!.employeeId,
        fiscalYear: closedYear,
        programmeName: "閉じた年度の研修",
        kind: "EXTERNAL",
        startOn: new Date("2006-06-01"),
        endOn: new Date("2006-06-01"),
        hours: 2,
        createdById: actors.employee!.employeeId,
        createdAt: new Date("2006-06-02"),
      },
    });
    const oldQualification = await db.qualificationRecord.create({
      data: {
        employeeId: actors.employee!.employeeId,
        name: "閉じた年度の資格",
        obtainedOn: new Date("2006-07-01"),
        createdById: actors.employee!.employeeId,
        createdAt: new Date("2006-07-02"),
      },
    });
    try {
      const before = await countRecordsToVerify(actors.supervisor!);
      const listed = (await findRecordsToVerify(actors.supervisor!)).records.map((row) => `${row.kind}:${row.id}`);
      expect(listed).not.toContain(`training:${old.id}`);
      expect(listed).not.toContain(`qualification:${oldQualification.id}`);
      // Reopened, they are the supervisor's again: the oldest of the queue, counted.
      await db.fiscalYear.update({ where: { year: closedYear }, data: { status: "OPEN" } });
      expect(await countRecordsToVerify(actors.supervisor!)).toBe(before + 2);
      expect((await findRecordsToVerify(actors.supervisor!)).records.map((row) => `${row.kind}:${row.id}`)).toEqual(
        expect.arrayContaining([`training:${old.id}`, `qualification:${oldQualification.id}`]),
      );
      // A year the portal has no row for is open too: the queue reads every year between its
      // oldest and newest waiting record that is not closed, each in its own index order.
      const rowless = await db.trainingRecord.create({
        data: {
          employeeId: actors.employee!.employeeId,
          fiscalYear: 2004,
          programmeName: "年度の記録がない年の研修",
          kind: "EXTERNAL",
          startOn: new Date("2004-06-01"),
          endOn: new Date("2004-06-01"),
          hours: 1,
          createdById: actors.employee!.employeeId,
          createdAt: new Date("2004-06-02"),
        },
      });
      try {
        expect(await countRecordsToVerify(actors.supervisor!)).toBe(before + 3);
        expect((await findRecordsToVerify(actors.supervisor!)).records.map((row) => `${row.kind}:${row.id}`)).toEqual(
          expect.arrayContaining([`training:${rowless.id}`, `training:${old.id}`]),
        );
      } finally {
        await db.trainingRecord.delete({ where: { id: rowless.id } });
      }
    } finally {
      await db.trainingRecord.delete({ where: { id: old.id } });
      await db.qualificationRecord.delete({ where: { id: oldQualification.id } });
      await db.fiscalYear.delete({ where: { year: closedYear } });
    }
  });

  it("shows the longest waiting first: the oldest 25 of both kinds and every open year, then says there are more", async () => {
    // 28 declarations older than anything else waiting, alternating this year, next year (open:
    // no rollover yet) and qualifications; the page must show the 25 oldest of them.
    const employeeId = actors.employee!.employeeId;
    const at = (minute: number) => new Date(Date.UTC(2000, 0, 1, 0, minute));
    const made: { key: string; minute: number }[] = [];
    for (let minute = 0; minute < 28; minute += 1) {
      if (minute % 3 === 2) {
        const row = await db.qualificationRecord.create({
          data: { employeeId, name: `待ちの資格${minute}`, obtainedOn: new Date(`${FY}-10-01`), createdById: employeeId, createdAt: at(minute) },
        });
        made.push({ key: `qualification:${row.id}`, minute });
      } else {
        const year = minute % 3 === 0 ? FY : FY + 1;
        const row = await db.trainingRecord.create({
          data: {
            employeeId,
            fiscalYear: year,
            programmeName: `待ちの研修${minute}`,
            kind: "EXTERNAL",
            startOn: new Date(`${year}-10-01`),
            endOn: new Date(`${year}-10-01`),
            hours: 1,
            createdById: employeeId,
            createdAt: at(minute),
          },
        });
        made.push({ key: `training:${row.id}`, minute });
      }
    }
    try {
      const { records, more } = await findRecordsToVerify(actors.supervisor!);
      expect(more).toBe(true);
      expect(records.map((row) => `${row.kind}:${row.id}`).sort()).toEqual(
        made
          .filter((row) => row.minute < 25)
          .map((row) => row.key)
          .sort(),
      );
    } finally {
      await db.trainingRecord.deleteMany({ where: { programmeName: { startsWith: "待ちの研修" } } });
      await db.qualificationRecord.deleteMany({ where: { name: { startsWith: "待ちの資格" } } });
    }
  });

  it("is refused, as not found, outside the verifier's scope and for one's own records", async () => {
    const mine = await createTrainingRecord(actors.supervisor!, training());
    await expectAppError(verifyRecord(actors.supervisor!, { kind: "training", id: mine.id, version: mine.version }), "NOT_FOUND");
    const outsiders = await createQualificationRecord(actors.outsider!, { name: "危険物取扱者", obtainedOn: `${FY}-06-01`, note: "" });
    const theirs = await createTrainingRecord(actors.employee!, training());
    for (const [who, kind, target] of [
      ["supervisor", "qualification", outsiders],
      ["employee", "training", theirs],
      ["colleague", "training", theirs],
      ["bureau", "training", theirs],
      ["hq", "training", theirs],
      ["hr", "training", { id: 2 ** 31, version: 1 }],
    ] as const) {
      await expectAppError(verifyRecord(actors[who]!, { kind, id: target.id, version: target.version }), "NOT_FOUND");
    }
    await expectAppError(verifyRecord(actors.hr!, { kind: "training", id: -1, version: 1 }), "NOT_FOUND");
    await expectAppError(findRecordsToVerify(actors.employee!), "NOT_FOUND");
    await expectAppError(findRecordsToVerify(actors.hr!), "NOT_FOUND");
    // The HR division confirms anyone's, but not its own.
    await verifyRecord(actors.hr!, { kind: "qualification", id: outsiders.id, version: outsiders.version });
    const hrOwn = await createTrainingRecord(actors.hr!, training());
    await expectAppError(verifyRecord(actors.hr!, { kind: "training", id: hrOwn.id, version: hrOwn.version }), "NOT_FOUND");
    expect(await db.trainingRecord.count({ where: { id: { in: [mine.id, theirs.id, hrOwn.id] }, verifiedAt: { not: null } } })).toBe(0);
  });

  it("is withdrawn when the substance or the certificate changes, and kept by a save without changes", async () => {
    const record = await createTrainingRecord(actors.employee!, { ...training(), attachment: png });
    await verifyRecord(actors.supervisor!, { kind: "training", id: record.id, version: record.version });
    const unchanged = await updateTrainingRecord(actors.employee!, record.id, record.version + 1, training());
    expect(unchanged.verification).toMatchObject({ byName: actors.supervisor!.name });
    const longer = await updateTrainingRecord(actors.employee!, record.id, unchanged.version, training({ hours: 40 }));
    expect(longer.verification).toBeNull();
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { action: "training.update" satisfies AuditAction, entityId: String(record.id) }, orderBy: { id: "desc" } }))
        .detail,
    ).toMatchObject({ verificationWithdrawn: true });
    await verifyRecord(actors.supervisor!, { kind: "training", id: record.id, version: longer.version });
    const newFile = await updateTrainingRecord(actors.employee!, record.id, longer.version + 1, {
      ...training({ hours: 40 }),
      attachment: { fileName: "b.pdf", bytes: pdfCertificate("Another") },
    });
    expect(newFile.verification).toBeNull();
  });

  it("marks records made from 研修所研修 attendance as confirmed by the HR officer who recorded it", async () => {
    const { createProgramme } = await import("@/lib/records/programmes/programmes");
    const { createSession } = await import("@/lib/records/programmes/sessions");
    const { enrolStaff } = await import("@/lib/records/programmes/enrolment");
    const { setAttendance } = await import("@/lib/records/programmes/attendance");
    const hr = actors.hr!;
    const programmeId = await createProgramme(hr, {
      title: "新任主事研修",
      kind: "INSTITUTE",
      measureId: "",
      targetRanks: "",
      targetJobCategories: "",
      hours: "6",
    });
    const sessionId = await createSession(hr, {
      programmeId: String(programmeId),
      fiscalYear: String(FY),
      startOn: `${FY}-07-01`,
      endOn: `${FY}-07-01`,
      venue: "研修センター",
      online: "",
      capacity: "",
    });
    const version = async () => (await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { version: true } })).version;
    await enrolStaff(hr, { sessionId: String(sessionId), version: String(await version()), staffNumbers: "demo-employee" });
    const enrolment = await db.trainingEnrolment.findFirstOrThrow({ where: { sessionId }, select: { id: true } });
    await setAttendance(hr, { sessionId, version: await version(), enrolmentId: enrolment.id, status: "COMPLETED" });
    const made = await db.trainingEnrolment.findUniqueOrThrow({
      where: { id: enrolment.id },
      select: { trainingRecord: { select: { verifiedAt: true, verifiedById: true } } },
    });
    expect(made.trainingRecord).toEqual({ verifiedAt: expect.any(Date), verifiedById: hr.employeeId });
  });
});
