import { db } from "@/lib/platform/db/client";
import { readRetentionSettings } from "@/lib/records/retention/retention-settings";
import { findLastRetentionRun, findRetentionSettings, runRetentionNow, saveRetentionSettings } from "@/lib/records/retention/save-retention-settings";
import { type FunctionRow, HR_ONLY, row } from "./matrix";

/**
 * The HR division's retention periods and the run it may start (lib/records/retention). The periods are
 * the city's, shared by every cell: the allowed save writes what is there already (none set in
 * the matrix's world), so an allowed run destroys nothing another cell reads.
 */
const FILE = "lib/records/retention/save-retention-settings.ts";

export const retentionRows: FunctionRow[] = [
  row({ fn: "findRetentionSettings", file: FILE, kind: "read", matrix: HR_ONLY, act: (s) => findRetentionSettings(s.actor) }),
  row({ fn: "findLastRetentionRun", file: FILE, kind: "read", matrix: HR_ONLY, act: (s) => findLastRetentionRun(s.actor) }),
  row({
    fn: "saveRetentionSettings",
    file: FILE,
    kind: "write",
    matrix: HR_ONLY,
    arrange: () => readRetentionSettings(db),
    act: (s, current) => saveRetentionSettings(s.actor, { ...current.settings, version: current.version }),
  }),
  row({ fn: "runRetentionNow", file: FILE, kind: "write", matrix: HR_ONLY, act: (s) => runRetentionNow(s.actor) }),
];
