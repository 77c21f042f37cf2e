import { signOutAction, switchDateStyle, switchLocale } from "@/app/actions";
import { signInWithOidc, signInWithPassword } from "@/app/signin/actions";
import { actionRow, type ActionCase, type ActionRow, by } from "./action-matrix";

/**
 * The actions that are public by design: choosing the language and the calendar, signing in and out. None takes
 * an actor or touches a record (sign-in itself, against real credentials, is password-sign-in
 * .test.ts's; here Auth.js's signIn/signOut are mocked away): signed in or not, they answer
 * without writing anything.
 */

const PUBLIC: readonly ActionCase[] = [
  { signedIn: false, role: "employee", relation: "none", expected: "noop" },
  by("employee", "none", "noop"),
  by("hr", "none", "noop"),
];

export const publicActionRows: ActionRow[] = [
  actionRow({ action: "switchLocale", file: "app/actions.ts", cases: PUBLIC, form: () => ({ locale: "en" }), invoke: (form) => switchLocale(form) }),
  actionRow({ action: "switchDateStyle", file: "app/actions.ts", cases: PUBLIC, form: () => ({ style: "gregorian" }), invoke: (form) => switchDateStyle(form) }),
  actionRow({ action: "signOutAction", file: "app/actions.ts", cases: PUBLIC, form: () => ({}), invoke: () => signOutAction() }),
  actionRow({
    action: "signInWithPassword",
    file: "app/signin/actions.ts",
    cases: PUBLIC,
    form: (s) => ({ staffNumber: s.actor.staffNumber, password: "wrong-password" }),
    invoke: (form) => signInWithPassword({ staffNumber: "", fieldErrors: {}, failed: false }, form),
  }),
  actionRow({ action: "signInWithOidc", file: "app/signin/actions.ts", cases: PUBLIC, form: () => ({}), invoke: () => signInWithOidc() }),
];
