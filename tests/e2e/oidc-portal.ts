import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** A port free on this machine now (the portal binds it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

export interface SecondPortal {
  /** the server itself (the browser goes through the proxy in front of it) */
  directUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * A second portal server on the build and database of the end-to-end server (serve.ts),
 * configured with single sign-on as the README says (`env`: PORTAL_URL and the OIDC_* variables):
 * one server process (serve-worker.ts, as `npm run serve` runs each). The main server stays
 * without an identity provider, so the other specs see the portal as before.
 */
export async function startSecondPortal(port: number, env: Record<string, string>): Promise<SecondPortal> {
  const url = `http://localhost:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/platform/cli/serve-worker.ts")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the second portal ended at start:\n${output}`);
    const ready = await fetch(`${url}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`the second portal did not answer within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    directUrl: url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
