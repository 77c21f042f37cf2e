import { saveCountVerifiedOnlyAction } from "@/lib/insight/settings/settings-actions";
import { verifyRecordsAction } from "@/lib/records/verification/verification-actions";
import { db } from "@/lib/platform/db/client";
import { type ActionRow, actionRow, by, HR_CASES, missing, NO_SUCH_ID, signedOut, stale, tampered } from "./action-matrix";
import { makeTraining, type Watch } from "./records";
import { withCountingSetting } from "./rows-verified-records";
import type { Scene } from "./scenes";

/** The supervisor's record confirmation (app/(portal)/team/records) and HR's counting setting (app/(portal)/city/settings). */

const INITIAL = { ok: false, fieldErrors: {} };
const one =
  (table: string) =>
  (record: { id: number }): Watch[] => [[table, "id", record.id]];

export const verifiedRecordActionRows: ActionRow[] = [
  actionRow({
    action: "verifyRecordsAction",
    file: "lib/records/verification/verification-actions.ts",
    cases: [
      signedOut("supervisor", "team"),
      by("supervisor", "team", "ok"),
      by("hr", "other", "ok"),
      by("employee", "own", "notFound"),
      by("supervisor", "own", "notFound"),
      by("supervisor", "bureau", "notFound"),
      by("coordinator", "bureau", "notFound"),
      by("hq", "other", "notFound"),
      missing("supervisor", "team"),
      stale("supervisor", "team"),
      tampered("supervisor", "team"),
    ],
    arrange: (s) => makeTraining(s, s.subject),
    // One ticked row: "kind:id:version" of the record shown.
    form: (_, r) => ({ record: `training:${r.id}:${r.version}` }),
    forge: {
      missing: (fields) => ({ ...fields, record: `training:${NO_SUCH_ID}:1` }),
      stale: (fields) => ({ ...fields, record: String(fields.record).replace(/:(\d+)$/, (_, version: string) => `:${Number(version) + 1}`) }),
    },
    // Who confirmed it, and when, come from the session and the clock, never the form.
    tamper: (s: Scene) => ({ verifiedById: String(s.world.trainerId), verifiedAt: "2000-01-01T00:00:00Z", employeeId: String(s.world.trainerId) }),
    landed: async (s, r) =>
      (await db.trainingRecord.count({ where: { id: r.id, OR: [{ verifiedById: { not: s.actor.employeeId } }, { employeeId: { not: s.subject } }] } })) > 0,
    invoke: (form) => verifyRecordsAction(INITIAL, form),
    watch: one("training_record"),
  }),
  actionRow({
    action: "saveCountVerifiedOnlyAction",
    file: "lib/insight/settings/settings-actions.ts",
    cases: HR_CASES,
    form: () => ({ countVerifiedOnly: "on", previous: "" }),
    // The form says what the officer saw when the cell's turn comes (see withCountingSetting),
    // and an allowed switch is switched back, so other cells count as before.
    invoke: (form) =>
      withCountingSetting(async (current) => {
        form.set("countVerifiedOnly", current ? "" : "on");
        form.set("previous", current ? "on" : "");
        try {
          return await saveCountVerifiedOnlyAction(INITIAL, form);
        } finally {
          const now = (await db.setting.findUnique({ where: { key: "countVerifiedOnly" }, select: { value: true } }))?.value === true;
          if (now !== current) await db.setting.update({ where: { key: "countVerifiedOnly" }, data: { value: current } });
        }
      }),
  }),
];
