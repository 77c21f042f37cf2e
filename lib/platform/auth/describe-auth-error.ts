/**
 * One line saying why sign-in failed, for the log and the audit trail: each error of the chain
 * (Auth.js wraps the real one as `cause.err`, beside details such as the provider's `error` and
 * `error_description`), outermost first. Auth.js's messages end in a link to its error page and
 * the production build minifies class names, so an error is named by Auth.js's `type` or
 * oauth4webapi's `code` where it has one, and by its class name only when that is readable.
 */
export function describeAuthError(error: unknown, maxLength = 1_000): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth += 1) {
    if (!(current instanceof Error)) {
      parts.push(compactJson(current));
      break;
    }
    parts.push(describeOne(current));
    const cause: unknown = current.cause;
    if (isAuthJsCause(cause)) {
      const { err, ...details } = cause;
      if (Object.keys(details).length > 0) parts.push(compactJson(details));
      current = err;
    } else {
      current = cause;
    }
  }
  const line = parts.filter(Boolean).join(" ← ");
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

function describeOne(error: Error): string {
  // Auth.js and oauth4webapi hang their details on the error under these names, when at all.
  const field = (name: string): unknown => (name in error ? Reflect.get(error, name) : undefined);
  const [type, code, status, oauthError, description] = ["type", "code", "status", "error", "error_description"].map(field);
  const name = typeof type === "string" ? type : readableName(error.name);
  const message = error.message.replace(/\.? ?Read more at https:\/\/errors\.authjs\.dev\S*$/, "").trim();
  const extras = [
    typeof code === "string" ? code : null,
    typeof status === "number" ? `HTTP ${status}` : null,
    typeof oauthError === "string" ? `error=${oauthError}` : null,
    typeof description === "string" ? `error_description=${description}` : null,
  ].filter(Boolean);
  const head = [name, message].filter(Boolean).join(": ");
  return extras.length > 0 ? `${head} (${extras.join(", ")})` : head;
}

/** "TypeError" is a name; "e" or "Bx" is a minifier's. */
function readableName(name: string): string | null {
  return name.length > 3 ? name : null;
}

function isAuthJsCause(cause: unknown): cause is { err: unknown } & Record<string, unknown> {
  return typeof cause === "object" && cause !== null && !(cause instanceof Error) && "err" in cause;
}

function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
