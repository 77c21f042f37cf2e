import { db } from "@/lib/platform/db/client";
import { saveDisplayPreference } from "@/lib/platform/i18n/save-display-preference";
import { type FunctionRow, listed, OWN_LIST, row } from "./matrix";

/**
 * The reader's own language and calendar (lib/preferences). Everyone may save theirs; the call
 * names nobody, so `listed` asks whether the subject's row took the choice: only when the
 * subject is the actor themselves.
 */
export const preferenceRows: FunctionRow[] = [
  row({
    fn: "saveDisplayPreference",
    file: "lib/platform/i18n/save-display-preference.ts",
    kind: "write",
    matrix: OWN_LIST,
    act: async (s) => {
      await saveDisplayPreference(s.actor, { language: "en" });
      return (await db.employee.findUniqueOrThrow({ where: { id: s.subject }, select: { preferredLanguage: true } })).preferredLanguage === "en";
    },
    judge: (saved) => listed(saved),
  }),
];
