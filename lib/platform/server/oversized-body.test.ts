import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { refuseOversizedBody } from "./oversized-body";
import { REQUEST_BODY_LIMIT_BYTES } from "./request-body-limit";
import { listeningPort } from "@/tests/support/listening-port";

let running: Server | undefined;
afterEach(async () => {
  running?.closeAllConnections();
  await new Promise((resolve) => running?.close(resolve) ?? resolve(null));
});

/** A real server behind the check; what it serves answers with the size of the body it read. */
async function server() {
  running = createServer((request, response) => {
    if (refuseOversizedBody(request, response)) return;
    let size = 0;
    request.on("data", (chunk: Buffer) => (size += chunk.length));
    request.on("end", () => response.end(`read ${size}`));
  });
  await new Promise<void>((resolve) => running!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${listeningPort(running)}`;
}

describe("a request body past the limit", () => {
  it("is answered 413 with the page that says how large a file may be, its body read and dropped, and the server serves on", async () => {
    const base = await server();
    const refused = await fetch(`${base}/me/records`, { method: "POST", body: new Uint8Array(REQUEST_BODY_LIMIT_BYTES + 1) });
    expect(refused.status).toBe(413);
    expect(refused.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const page = await refused.text();
    expect(page).toContain("送信されたファイルが大きすぎます");
    expect(page).toContain("1回に10MBまで");
    expect(page).toContain('<p lang="en">The file sent is too large. A form can send at most 10 MB');
    expect(page).not.toContain("{megabytes}");
    expect(await (await fetch(`${base}/me`)).text()).toBe("read 0");
  });

  it("is not what a body at the limit or below is: those are served", async () => {
    const base = await server();
    const at = await fetch(`${base}/me/records`, { method: "POST", body: new Uint8Array(REQUEST_BODY_LIMIT_BYTES) });
    expect([at.status, await at.text()]).toEqual([200, `read ${REQUEST_BODY_LIMIT_BYTES}`]);
    const seven = await fetch(`${base}/me/records`, { method: "POST", body: new Uint8Array(7 * 1024 * 1024) });
    expect(await seven.text()).toBe(`read ${7 * 1024 * 1024}`);
  });

  it("is twice the largest file a form takes, so a file somewhat too large still reaches the form's own check", async () => {
    const { MAX_ATTACHMENT_BYTES } = await import("@/lib/records/attachments/attachment-rules");
    const { MAX_FILE_BYTES } = await import("@/lib/people/personnel/read-personnel-csv");
    expect(REQUEST_BODY_LIMIT_BYTES).toBe(2 * Math.max(MAX_ATTACHMENT_BYTES, MAX_FILE_BYTES));
  });
});
