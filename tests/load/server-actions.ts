import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ROOT } from "../bench/options";

/**
 * Server actions called over HTTP as the portal's own pages call them: a POST to the page with
 * the action's id in `Next-Action` and its arguments in React's reply encoding. The encoding is
 * React's own, from the copy Next.js ships and its browser code uses, so the load exercises the
 * real endpoint (origin check, session, validation, redirect) rather than a shortcut.
 */
const require = createRequire(import.meta.url);
const { encodeReply } = require(path.join(ROOT, "node_modules/next/dist/compiled/react-server-dom-turbopack/client.node.js")) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

/** The built server's action ids, by "file#exportedName" (from .next's server reference manifest). */
export function readActionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  return ids;
}

export function actionId(ids: Map<string, string>, file: string, name: string): string {
  const id = ids.get(`${file}#${name}`);
  if (!id) throw new Error(`no server action ${name} in ${file} in this build`);
  return id;
}

export interface ActionAnswer {
  status: number;
  /** where the action sent the browser (x-action-redirect), if it redirected */
  redirect: string | null;
  /** the action's return value, decoded from the RSC answer, when it returned one */
  result: unknown;
}

/** The rows of an RSC answer that hold JSON, by their (hexadecimal) id. */
function jsonRows(body: string): Map<string, unknown> {
  const rows = new Map<string, unknown>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):([[{].*)$/.exec(line);
    if (!match) continue;
    try {
      rows.set(match[1]!, JSON.parse(match[2]!));
    } catch {
      // a row that continues over lines (text) is not an action result
    }
  }
  return rows;
}

function actionResult(body: string): unknown {
  const rows = jsonRows(body);
  const head = rows.get("0") as { a?: unknown } | undefined;
  const ref = typeof head?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(head.a)?.[1] : undefined;
  return ref === undefined ? head?.a : rows.get(ref);
}

/** `origin`: what the request claims to come from; a browser sends the page's own. */
async function callAction(
  baseUrl: string,
  cookie: string,
  page: string,
  id: string,
  args: unknown[],
  signal?: AbortSignal,
  origin = baseUrl,
): Promise<ActionAnswer> {
  const body = await encodeReply(args);
  const response = await fetch(new URL(page, baseUrl), {
    method: "POST",
    redirect: "manual",
    signal,
    // The Origin a browser sends: Next.js refuses an action whose origin is not the host's.
    headers: { Cookie: cookie, "Next-Action": id, Accept: "text/x-component", Origin: origin },
    body,
  });
  const text = await response.text();
  return { status: response.status, redirect: response.headers.get("x-action-redirect"), result: response.ok ? actionResult(text) : undefined };
}

/** The state a form's useActionState starts from, which such an action receives first. */
const INITIAL_STATE = { ok: false, fieldErrors: {} };

/**
 * A form's action (`(previousState, formData)`, as useActionState calls it) posted with these
 * fields, as the form would post them.
 */
export function callFormAction(
  baseUrl: string,
  cookie: string,
  page: string,
  id: string,
  fields: Record<string, string>,
  options: { signal?: AbortSignal; origin?: string } = {},
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return callAction(baseUrl, cookie, page, id, [INITIAL_STATE, form], options.signal, options.origin);
}
