import { AppError } from "@/lib/platform/errors";

/**
 * What a server action did with a request, as Next would answer it: a form state or a return
 * value (200), a redirect (303), Next's notFound() (the 404 page), an AppError thrown out of the
 * action (Next's error page), or any other exception: a 500, which the fuzzer must never see.
 */
export type Outcome =
  | { kind: "answer"; ok: boolean; keys: string[] }
  | { kind: "void" }
  | { kind: "redirect"; to: string }
  | { kind: "not-found" }
  | { kind: "app-error"; code: string }
  | { kind: "crash"; error: unknown };

function isRedirect(error: unknown): error is { digest: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { digest?: unknown }).digest === "string" &&
    (error as { digest: string }).digest.startsWith("NEXT_REDIRECT")
  );
}

/** What next/navigation's notFound() throws, for Next to answer with the not-found page. */
export function isNotFoundAnswer(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { digest?: unknown }).digest === "NEXT_HTTP_ERROR_FALLBACK;404";
}

/** The message keys an answer carries: field errors, the form error, an upload's error. */
function keysOf(answer: Record<string, unknown>): string[] {
  const keys: string[] = [];
  const fieldErrors = answer.fieldErrors;
  if (typeof fieldErrors === "object" && fieldErrors !== null) {
    for (const value of Object.values(fieldErrors)) if (value !== undefined) keys.push(String(value));
  }
  for (const name of ["formError", "error"]) if (answer[name] !== undefined) keys.push(String(answer[name]));
  return keys;
}

export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const answer = await run();
    if (answer === undefined) return { kind: "void" };
    if (typeof answer !== "object" || answer === null) return { kind: "crash", error: new Error(`unexpected answer ${String(answer)}`) };
    const record = answer as Record<string, unknown>;
    // A sign-in answer has no `ok`: it failed, or has field errors, or it redirected.
    const ok = typeof record.ok === "boolean" ? record.ok : false;
    return { kind: "answer", ok, keys: keysOf(record) };
  } catch (error) {
    if (isRedirect(error)) return { kind: "redirect", to: error.digest.split(";")[2] ?? "" };
    if (isNotFoundAnswer(error)) return { kind: "not-found" };
    if (error instanceof AppError) return { kind: "app-error", code: error.code };
    return { kind: "crash", error };
  }
}

/** Whether the action reports having done what was asked (so a write is expected). */
export function succeeded(outcome: Outcome): boolean {
  return (outcome.kind === "answer" && outcome.ok) || (outcome.kind === "redirect" && outcome.to !== "/signin");
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case "answer":
      return `answer ok=${outcome.ok} keys=[${outcome.keys.join(", ")}]`;
    case "void":
      return "void";
    case "redirect":
      return `redirect ${outcome.to}`;
    case "not-found":
      return "not found";
    case "app-error":
      return `AppError ${outcome.code}`;
    case "crash": {
      const error = outcome.error as { name?: string; message?: string; code?: string };
      // Prisma's message opens with the calling code; the database's own words come last.
      const message = String(error?.message ?? error)
        .replace(/\s+/g, " ")
        .trim();
      return `crash ${error?.name ?? "?"}${error?.code ? ` ${error.code}` : ""}: ${message.length > 300 ? `…${message.slice(-300)}` : message}`;
    }
  }
}
