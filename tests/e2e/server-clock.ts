import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The end-to-end server's clock (lib/platform/dates/clock.ts): a file holding milliseconds to add to the
 * real time, read by the portal and its jobs on every "today". One file per server port.
 */
export const SERVER_CLOCK_FILE = path.join(tmpdir(), `hagukumi-e2e-clock-${process.env.E2E_PORT ?? "3100"}`);

/** Moves the server's clock this many days ahead of the real one (0: back to the real time). */
export function shiftServerClock(days: number): void {
  writeFileSync(SERVER_CLOCK_FILE, String(days * 86_400_000));
}

/** The SMTP port the end-to-end server's jobs send mail to; the test that reads mail listens on it. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
