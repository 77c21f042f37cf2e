import { db } from "@/lib/platform/db/client";
import { readRecordAttachment } from "@/lib/records/attachments/read-record-attachment";
import { countRecordsToVerify, findRecordsToVerify } from "@/lib/records/verification/find-records-to-verify";
import { verifiableHolders } from "@/lib/records/verification/verifiable-holders";
import { verifyRecord, verifyRecords } from "@/lib/records/verification/verify-record";
import { getCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { readCountVerifiedOnly } from "@/lib/insight/settings/count-verified-only";
import { setCountVerifiedOnly } from "@/lib/insight/settings/set-count-verified-only";
import { pngCertificate } from "@/tests/support/certificate-files";
import { __, type FunctionRow, HR_ONLY, itself, listed, type Matrix, NF, NO, OK, PERSONAL_READ, row, TEAM_LIST, yes, YES } from "./matrix";
import { makeQualification, makeTraining, type Watch } from "./records";
import type { Scene } from "./scenes";

/** Verified development records (issue 10): certificates, confirmation by the supervisor or HR, and HR's counting setting. */

/** Confirming a declaration: the subject's current supervisor, or the HR division; never one's own. */
const VERIFIER: Matrix = {
  own: [NF, NF, NF, NF, NF],
  team: [NF, OK, NF, OK, __],
  bureau: [NF, NF, NF, OK, __],
  other: [NF, NF, NF, OK, NF],
  former: [__, NF, __, __, __],
};

/** The same rule as a where-clause: only verifier roles have one; it never reaches the actor. */
const VERIFIER_REACH: Matrix = {
  own: [NF, NO, NF, NO, NF],
  team: [NF, YES, NF, YES, __],
  bureau: [NF, NO, NF, YES, __],
  other: [NF, NO, NF, YES, NF],
  former: [__, NO, __, __, __],
};

/** A count of the team's declarations waiting: the subject's counts only for their supervisor. */
const TEAM_COUNT: Matrix = {
  own: [NF, NO, NF, NF, NF],
  team: [NF, YES, NF, NF, __],
  bureau: [NF, NO, NF, NF, __],
  other: [NF, NO, NF, NF, NF],
  former: [__, NO, __, __, __],
};

/**
 * The counting setting is one row for the whole database: the cells that switch it (this file's
 * row and its action's) take turns, read it when their turn comes, and put it back, so that no
 * cell meets a value another changed under it and no other cell's figures count differently.
 */
let settingTurn: Promise<unknown> = Promise.resolve();
export function withCountingSetting<T>(use: (current: boolean) => Promise<T>): Promise<T> {
  const turn = settingTurn.then(async () => use(await getCountVerifiedOnly(db)));
  settingTurn = turn.catch(() => undefined);
  return turn;
}

/** A training of the subject with a certificate attached, written straight to the database. */
async function makeCertificate(s: Scene) {
  const record = await makeTraining(s, s.subject);
  const attachment = await db.recordAttachment.create({
    data: {
      employeeId: s.subject,
      fileName: "修了証.png",
      contentType: "image/png",
      byteSize: pngCertificate().length,
      sha256: "0".repeat(64),
      uploadedById: s.subject,
      content: { create: { bytes: new Uint8Array(pngCertificate()) } },
    },
    select: { id: true },
  });
  await db.trainingRecord.update({ where: { id: record.id }, data: { attachmentId: attachment.id } });
  return { attachmentId: attachment.id };
}

const trainingWatch = (record: { id: number }): Watch[] => [["training_record", "id", record.id]];
const qualificationWatch = (record: { id: number }): Watch[] => [["qualification_record", "id", record.id]];

export const verifiedRecordRows: FunctionRow[] = [
  row({
    fn: "verifyRecord",
    file: "lib/records/verification/verify-record.ts",
    variant: "training",
    kind: "write",
    matrix: VERIFIER,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s, r) => verifyRecord(s.actor, { kind: "training", id: r.id, version: r.version }),
    watch: trainingWatch,
  }),
  row({
    fn: "verifyRecord",
    file: "lib/records/verification/verify-record.ts",
    variant: "qualification",
    kind: "write",
    matrix: VERIFIER,
    arrange: (s) => makeQualification(s, s.subject),
    act: (s, r) => verifyRecord(s.actor, { kind: "qualification", id: r.id, version: r.version }),
    watch: qualificationWatch,
  }),
  row({
    // Ticked together: a training and a qualification of the same person, confirmed at once.
    fn: "verifyRecords",
    file: "lib/records/verification/verify-record.ts",
    kind: "write",
    matrix: VERIFIER,
    arrange: async (s) => ({ training: await makeTraining(s, s.subject), qualification: await makeQualification(s, s.subject) }),
    act: (s, r) =>
      verifyRecords(s.actor, [
        { kind: "training", id: r.training.id, version: r.training.version },
        { kind: "qualification", id: r.qualification.id, version: r.qualification.version },
      ]),
    watch: (r) => [...trainingWatch(r.training), ...qualificationWatch(r.qualification)],
  }),
  row({
    fn: "verifiableHolders",
    file: "lib/records/verification/verifiable-holders.ts",
    kind: "helper",
    matrix: VERIFIER_REACH,
    act: async (s) => db.employee.count({ where: { AND: [{ id: s.subject }, verifiableHolders(s.actor)] } }),
    judge: (count) => yes(count > 0),
  }),
  row({
    fn: "findRecordsToVerify",
    file: "lib/records/verification/find-records-to-verify.ts",
    kind: "read",
    matrix: TEAM_LIST,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s) => findRecordsToVerify(s.actor),
    judge: (queue, r) => listed(queue.records.some((entry) => entry.kind === "training" && entry.id === r.id)),
  }),
  row({
    fn: "countRecordsToVerify",
    file: "lib/records/verification/find-records-to-verify.ts",
    kind: "read",
    matrix: TEAM_COUNT,
    arrange: (s) => makeTraining(s, s.subject),
    act: (s) => countRecordsToVerify(s.actor),
    judge: (count) => yes(count > 0),
  }),
  row({
    fn: "readRecordAttachment",
    file: "lib/records/attachments/read-record-attachment.ts",
    kind: "read",
    matrix: PERSONAL_READ,
    arrange: makeCertificate,
    act: (s, r) => readRecordAttachment(s.actor, r.attachmentId),
    judge: (file) => itself(file.contentType === "image/png" && file.bytes.byteLength === pngCertificate().length),
  }),
  row({
    fn: "readCountVerifiedOnly",
    file: "lib/insight/settings/count-verified-only.ts",
    kind: "read",
    matrix: HR_ONLY,
    act: (s) => readCountVerifiedOnly(s.actor),
  }),
  row({
    fn: "setCountVerifiedOnly",
    file: "lib/insight/settings/set-count-verified-only.ts",
    kind: "write",
    matrix: HR_ONLY,
    act: (s) =>
      withCountingSetting(async (current) => {
        await setCountVerifiedOnly(s.actor, { countVerifiedOnly: !current, previous: current });
        await setCountVerifiedOnly(s.actor, { countVerifiedOnly: current, previous: !current });
      }),
  }),
];
