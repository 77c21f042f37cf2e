import { signOutAction, switchDateStyle, switchLocale } from "@/lib/platform/auth/session-actions";
import { signInWithOidc, signInWithPassword } from "@/lib/platform/auth/sign-in-actions";
import { actionRow, type ActionCase, type ActionRow, by } from "./action-matrix";

/**
 * The actions that are public by design: choosing the language and the calendar, signing in and
 * out. None names a record (sign-in itself, against real credentials, is password-sign-in
 * .test.ts's; here Auth.js's signIn/signOut are mocked away): sign-in and sign-out answer without
 * writing anything, and a choice of language or calendar writes only the signed-in person's own
 * row (display-preferences.test.ts).
 */

const PUBLIC: readonly ActionCase[] = [
  { signedIn: false, role: "employee", relation: "none", expected: "noop" },
  by("employee", "none", "noop"),
  by("hr", "none", "noop"),
];

/** Choosing the language or calendar: signed out it is the browser's cookie only; signed in it is also saved on the person's own row (audited). */
const DISPLAY_CHOICE: readonly ActionCase[] = [
  { signedIn: false, role: "employee", relation: "none", expected: "noop" },
  by("employee", "none", "ok"),
  by("hr", "none", "ok"),
];

export const publicActionRows: ActionRow[] = [
  actionRow({
    action: "switchLocale",
    file: "lib/platform/auth/session-actions.ts",
    cases: DISPLAY_CHOICE,
    form: () => ({ locale: "en" }),
    invoke: (form) => switchLocale(form),
  }),
  actionRow({
    action: "switchDateStyle",
    file: "lib/platform/auth/session-actions.ts",
    cases: DISPLAY_CHOICE,
    form: () => ({ style: "gregorian" }),
    invoke: (form) => switchDateStyle(form),
  }),
  actionRow({ action: "signOutAction", file: "lib/platform/auth/session-actions.ts", cases: PUBLIC, form: () => ({}), invoke: () => signOutAction() }),
  actionRow({
    action: "signInWithPassword",
    file: "lib/platform/auth/sign-in-actions.ts",
    cases: PUBLIC,
    form: (s) => ({ staffNumber: s.actor.staffNumber, password: "wrong-password" }),
    invoke: (form) => signInWithPassword({ staffNumber: "", fieldErrors: {}, failed: false }, form),
  }),
  actionRow({ action: "signInWithOidc", file: "lib/platform/auth/sign-in-actions.ts", cases: PUBLIC, form: () => ({}), invoke: () => signInWithOidc() }),
];
