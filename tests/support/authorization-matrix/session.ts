import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Who is signed in, per call: pages and actions read the session cookie through
 * `readSession()` (and Auth.js through `auth()`), both mocked by the test file, and the
 * real `requireActor()` loads the actor from the database as in production. Async-local, so
 * concurrent calls each see their own session.
 */
const signedIn = new AsyncLocalStorage<number | null>();

export function asUser<T>(employeeId: number | null, work: () => Promise<T>): Promise<T> {
  return signedIn.run(employeeId, work);
}

/** The mocked `auth()`: a session carrying only the employee id, as the portal's JWT does. */
export async function sessionAuth(): Promise<{ user: { id: string }; expires: string } | null> {
  const employeeId = signedIn.getStore();
  return employeeId == null ? null : { user: { id: String(employeeId) }, expires: new Date(Date.now() + 3_600_000).toISOString() };
}

/** The mocked session cookie (lib/platform/auth/session-cookie.ts), which getActor() reads: the same id. */
export async function readSession(): Promise<{ employeeId: number; signedInAt: number } | null> {
  const employeeId = signedIn.getStore();
  return employeeId == null ? null : { employeeId, signedInAt: Math.floor(Date.now() / 1000) };
}

/** What the mocked `redirect()` throws, as Next's does, so that nothing after it runs. */
export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export function redirectTo(url: string): never {
  throw new Redirect(url);
}
