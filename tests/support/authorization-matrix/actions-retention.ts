import { db } from "@/lib/platform/db/client";
import { runRetentionAction, saveRetentionSettingsAction } from "@/lib/records/retention/retention-actions";
import { readRetentionSettings, RETENTION_KINDS, RETENTION_SETTINGS_KEY } from "@/lib/records/retention/retention-settings";
import { actionRow, type ActionRow, by, HR_CASES, tampered } from "./action-matrix";

/** The retention periods and "run now" on the HR division's settings page (app/(portal)/city/settings). */

const INITIAL = { ok: false, fieldErrors: {} };
const FILE = "lib/records/retention/retention-actions.ts";

export const retentionActionRows: ActionRow[] = [
  actionRow({
    action: "saveRetentionSettingsAction",
    file: FILE,
    // The periods are the city's, shared by every case: the allowed ones save what is there already.
    cases: [...HR_CASES, by("supervisor", "none", "notFound"), by("hr", "none", "invalid", { auditTrail: "1" }), tampered("hr", "none")],
    arrange: () => readRetentionSettings(db),
    form: (_, current) => ({
      ...Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, current.settings[kind]?.toString() ?? ""])),
      version: String(current.version),
    }),
    tamper: (s) => ({ key: `az-${s.n}`, value: "{}", minimumYears: "0" }),
    landed: async (s) => {
      const stored = await db.setting.findUnique({ where: { key: RETENTION_SETTINGS_KEY }, select: { value: true } });
      const keys = stored?.value && typeof stored.value === "object" ? Object.keys(stored.value) : [];
      return (await db.setting.count({ where: { key: `az-${s.n}` } })) > 0 || keys.some((key) => !(RETENTION_KINDS as readonly string[]).includes(key));
    },
    invoke: (form) => saveRetentionSettingsAction(INITIAL, form),
  }),
  actionRow({
    action: "runRetentionAction",
    file: FILE,
    // No period is set in the matrix's world: an allowed run destroys nothing and records that HR ran it.
    cases: [...HR_CASES, by("supervisor", "none", "notFound")],
    form: () => ({}),
    invoke: (form) => runRetentionAction(INITIAL, form),
  }),
];
