import { BenchError } from "./errors";

/** Every dataset and demo account shares this password (prisma/seed, prisma/dataset). */
export const DATASET_PASSWORD = "demo-password";

/** The cookies a browser would hold for the portal, name → value. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  has(predicate: (name: string) => boolean): boolean {
    return [...this.cookies.keys()].some(predicate);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * Signs in over HTTP as the sign-in form does, through Auth.js's own endpoints: the CSRF token
 * from /api/auth/csrf (with its cookie), then the password provider's callback. Answers the
 * Cookie header that carries the session. A refused sign-in fails loudly: every number after it
 * would measure the sign-in page.
 */
export async function signIn(baseUrl: string, staffNumber: string, password = DATASET_PASSWORD): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(new URL("/api/auth/csrf", baseUrl));
  if (!csrfResponse.ok) throw new BenchError(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new BenchError("GET /api/auth/csrf gave no csrfToken");

  const callback = await fetch(new URL("/api/auth/callback/password", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, staffNumber, password, callbackUrl: "/" }),
  });
  jar.take(callback);
  const location = callback.headers.get("location") ?? "";
  // Auth.js names the cookie authjs.session-token (with a __Secure- prefix over https).
  if (!jar.has((name) => name.endsWith("session-token")) || location.includes("error=")) {
    throw new BenchError(`sign-in as ${staffNumber} failed (${callback.status}${location ? ` → ${location}` : ""}): wrong staff number or password?`);
  }
  return jar.header();
}
